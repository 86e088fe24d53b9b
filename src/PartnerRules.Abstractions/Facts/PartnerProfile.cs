using System;
using System.Collections.Generic;
using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>A partner as the HO-eligibility rules see it.</summary>
/// <param name="Id">The partner.</param>
/// <param name="Stage">Its stage on the partner development path.</param>
/// <param name="IsPceMember">Whether it has joined the PCE programme.</param>
/// <remarks>Immutable: the list is copied on assignment. Equality compares the list by content.</remarks>
public sealed record PartnerProfile(PartnerId Id, PartnerStage Stage, bool IsPceMember)
{
    private readonly IReadOnlyList<OpportunityRecord> _opportunities = Array.Empty<OpportunityRecord>();

    /// <summary>The partner's opportunities, PO and HO, each id once; empty by default.</summary>
    /// <exception cref="ArgumentException">Set to null, to a list holding null, or to a list holding one opportunity id twice (the message names it).</exception>
    public IReadOnlyList<OpportunityRecord> Opportunities
    {
        get => _opportunities;
        init => _opportunities = Guard.Unique(
            Guard.List(value, nameof(Opportunities)), o => o.Id, default, id => $"opportunity {id}", nameof(Opportunities));
    }

    /// <inheritdoc />
    public bool Equals(PartnerProfile? other) =>
        other is not null && Id.Equals(other.Id) && Stage == other.Stage && IsPceMember == other.IsPceMember
        && SequenceEquality.Equal(_opportunities, other._opportunities);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,Bitwise : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((((Id.GetHashCode() * 397) ^ (int)Stage) * 397) ^ IsPceMember.GetHashCode() ^ SequenceEquality.Hash(_opportunities));
}
