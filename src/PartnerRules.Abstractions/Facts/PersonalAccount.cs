using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Text;
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

    /// <summary>
    /// The account's links to partners, past and present; empty by default. A partner may appear more than
    /// once (it linked the account again later), but not twice with the same <see cref="PartnerLink.LinkedAt"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Set to null, to a list holding null, or to a list holding two links with the same partner and <see cref="PartnerLink.LinkedAt"/> (the message names them).</exception>
    public IReadOnlyList<PartnerLink> Links
    {
        get => _links;
        init => _links = Guard.Unique(
            Guard.List(value, nameof(Links)),
            l => (l.Partner, l.LinkedAt),
            (default(PartnerId), default(Instant)),
            k => $"the link to partner {k.Item1} at {InstantPattern.ExtendedIso.Format(k.Item2)}",
            nameof(Links));
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
