using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// Everything needed to restore an <see cref="OpportunityLifecycle"/> from storage: made by
/// <see cref="OpportunityLifecycle.ToSnapshot"/>, read by <see cref="OpportunityLifecycle.Restore(OpportunitySnapshot, IClock, ProgramPolicy)"/>,
/// serialisable with <see cref="PartnerRulesJson.CreateOptions"/>.
/// </summary>
/// <param name="Id">The opportunity.</param>
/// <param name="Origin">PO or HO: selects the initial state and the transitions.</param>
/// <param name="State">The current state: where <paramref name="History"/> ends.</param>
/// <param name="Version">The number of transitions (<c>History.Count</c>).</param>
/// <param name="CreatedAt">When the draft was created or the offer made.</param>
/// <param name="LastUpdatedAt">The latest of creation, edits and transitions.</param>
/// <param name="Form">The form as last saved.</param>
/// <param name="History">Every transition, oldest first.</param>
/// <remarks>Immutable and thread-safe: the history is copied. Equality compares the history by content, so a JSON round trip gives an equal snapshot.</remarks>
public sealed record OpportunitySnapshot(
    OpportunityId Id,
    OpportunityOrigin Origin,
    OpportunityState State,
    long Version,
    Instant CreatedAt,
    Instant LastUpdatedAt,
    OpportunityForm Form,
    IReadOnlyList<Transition<OpportunityState, OpportunityTrigger>> History) : ILifecycleSnapshot, IStoredLifecycle, IObligationSource
{
    private readonly IReadOnlyList<Transition<OpportunityState, OpportunityTrigger>> _history = LifecycleLists.CopyOrNull(History);

    /// <summary>Every transition, oldest first (a copy of the list given, also through <c>with</c>).</summary>
    public IReadOnlyList<Transition<OpportunityState, OpportunityTrigger>> History
    {
        get => _history;
        init => _history = LifecycleLists.CopyOrNull(value);
    }

    private readonly LifecycleKey _key;

    /// <summary>
    /// The lifecycle instance this snapshot belongs to. A snapshot written before keys existed (no key given) reads with a key
    /// derived from its kind, the opportunity and <c>CreatedAt</c>: the same on every read.
    /// </summary>
    public LifecycleKey Key
    {
        get => _key.IsDefault ? LifecycleKeys.Derive(LifecycleKind.Opportunity, Id.Value, CreatedAt) : _key;
        init => _key = value;
    }

    /// <inheritdoc />
    LifecycleKind ILifecycleSnapshot.Kind => LifecycleKind.Opportunity;

    /// <inheritdoc />
    string ILifecycleSnapshot.StateName => LifecycleKeys.StateName(State);

    /// <inheritdoc />
    Instant ILifecycleSnapshot.LastChangedAt => LastUpdatedAt;

    /// <summary>
    /// The number of writes (transitions and edits), for optimistic concurrency: use it as the ETag. 0 in a snapshot written
    /// before revisions existed, which restores with <c>Revision = Version</c>.
    /// </summary>
    public long Revision { get; init; }

    /// <summary>The partner an HO was offered to; null for a PO, for an offer made without naming it, and in a snapshot written before it existed.</summary>
    public PartnerId? Partner { get; init; }

    /// <summary>The HO-eligibility decision that allowed the offer, kept with <see cref="Partner"/>; null otherwise.</summary>
    public Decision? OfferDecision { get; init; }

    /// <inheritdoc />
    string IObligationSource.SubjectId => Id.Value;

    /// <inheritdoc />
    /// <remarks>Restores the snapshot under <paramref name="policy"/> (checking it) and reads its deadline: the HO offer's answer when the policy sets a response time.</remarks>
    Deadline? IObligationSource.RunningDeadline(ProgramPolicy policy) => OpportunityLifecycle.Restore(this, new FixedClock(CreatedAt), policy).Deadline;

    /// <summary>The name of the policy version the lifecycle runs under; null in a snapshot written before versions existed.</summary>
    public string? PolicyVersion { get; init; }

    /// <inheritdoc />
    string IStoredLifecycle.LifecycleName => SnapshotChecks.Name("opportunity", Id.Value);

    /// <inheritdoc />
    Deadline? IStoredLifecycle.RunningDeadlineUnder(ProgramPolicy policy) => OpportunityLifecycle.Restore(this with { PolicyVersion = null }, new FixedClock(CreatedAt), policy).Deadline;

    /// <inheritdoc />
    public bool Equals(OpportunitySnapshot? other) =>
        other is not null && Key == other.Key && Id == other.Id && Revision == other.Revision && string.Equals(PolicyVersion, other.PolicyVersion, System.StringComparison.Ordinal) && Origin == other.Origin && State == other.State && Version == other.Version
        && CreatedAt == other.CreatedAt && LastUpdatedAt == other.LastUpdatedAt && Equals(Form, other.Form) && Partner == other.Partner && Equals(OfferDecision, other.OfferDecision)
        && LifecycleLists.Equal(History, other.History);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,Bitwise : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((Id.GetHashCode() * 397) ^ (int)State ^ Version.GetHashCode() ^ LifecycleLists.Hash(History));
}
