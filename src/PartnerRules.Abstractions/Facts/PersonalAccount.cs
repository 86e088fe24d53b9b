using System;
using System.Collections.Generic;
using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>An employee's personal Huawei account that a partner invites as project specialist.</summary>
/// <param name="Id">The account.</param>
/// <param name="Site">The site it is registered on; real-name verification is required on the China site only.</param>
/// <remarks>Immutable: the list is copied on assignment. Equality compares the list by content.</remarks>
public sealed record PersonalAccount(AccountId Id, Site Site)
{
    private readonly IReadOnlyList<PartnerLink> _links = Array.Empty<PartnerLink>();

    /// <summary>Whether the account is real-name verified (as an individual or an enterprise).</summary>
    public bool IsRealNameVerified { get; init; }

    /// <summary>Whether the account is real-name verified as an enterprise user.</summary>
    public bool IsEnterpriseVerified { get; init; }

    /// <summary>Whether the account is itself a Huawei Cloud partner account.</summary>
    public bool IsPartnerAccount { get; init; }

    /// <summary>The account's links to partners, past and present; empty by default.</summary>
    /// <exception cref="ArgumentException">Set to null, or to a list holding null.</exception>
    public IReadOnlyList<PartnerLink> Links
    {
        get => _links;
        init => _links = Guard.List(value, nameof(Links));
    }

    /// <inheritdoc />
    public bool Equals(PersonalAccount? other) =>
        other is not null && Id.Equals(other.Id) && Site == other.Site
        && IsRealNameVerified == other.IsRealNameVerified && IsEnterpriseVerified == other.IsEnterpriseVerified
        && IsPartnerAccount == other.IsPartnerAccount && SequenceEquality.Equal(_links, other._links);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,Bitwise,Conditional : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((Id.GetHashCode() * 397) ^ ((int)Site << 3) ^ (IsRealNameVerified ? 1 : 0) ^ (IsEnterpriseVerified ? 2 : 0)
            ^ (IsPartnerAccount ? 4 : 0) ^ SequenceEquality.Hash(_links));
}
