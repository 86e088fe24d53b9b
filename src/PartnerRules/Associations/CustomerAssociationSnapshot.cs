using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// Everything needed to restore a <see cref="CustomerAssociationLifecycle"/> from storage: made by
/// <see cref="CustomerAssociationLifecycle.ToSnapshot"/>, read by <see cref="CustomerAssociationLifecycle.Restore(CustomerAssociationSnapshot, IClock, ProgramPolicy)"/>,
/// serialisable with <see cref="PartnerRulesJson.CreateOptions"/>.
/// </summary>
/// <param name="Partner">The inviting partner (reseller).</param>
/// <param name="Mode">Resale or consultative sale: the current mode (the invitation's, or the other one while a SwitchMode is not undone).</param>
/// <param name="State">The current state: where <paramref name="History"/> ends.</param>
/// <param name="Version">The number of transitions (<c>History.Count</c>); <c>Revision</c> serves optimistic concurrency.</param>
/// <param name="CreatedAt">When the customer was invited.</param>
/// <param name="Customer">The associated customer's account; null until the account was associated.</param>
/// <param name="History">Every transition, oldest first.</param>
/// <remarks>Immutable and thread-safe: the history is copied. Equality compares the history by content, so a JSON round trip gives an equal snapshot.</remarks>
public sealed record CustomerAssociationSnapshot(
    PartnerId Partner,
    AssociationMode Mode,
    AssociationState State,
    long Version,
    Instant CreatedAt,
    AccountId? Customer,
    IReadOnlyList<Transition<AssociationState, AssociationTrigger>> History) : ILifecycleSnapshot, IStoredLifecycle
{
    private readonly IReadOnlyList<Transition<AssociationState, AssociationTrigger>> _history = LifecycleLists.CopyOrNull(History);

    /// <summary>Every transition, oldest first (a copy of the list given, also through <c>with</c>).</summary>
    public IReadOnlyList<Transition<AssociationState, AssociationTrigger>> History
    {
        get => _history;
        init => _history = LifecycleLists.CopyOrNull(value);
    }

    private readonly LifecycleKey _key;

    /// <summary>
    /// The lifecycle instance this snapshot belongs to. A snapshot written before keys existed (no key given) reads with a key
    /// derived from its kind, the inviting partner and <c>CreatedAt</c>: the same on every read.
    /// </summary>
    public LifecycleKey Key
    {
        get => _key.IsDefault ? LifecycleKeys.Derive(LifecycleKind.CustomerAssociation, Partner.Value, CreatedAt) : _key;
        init => _key = value;
    }

    /// <inheritdoc />
    LifecycleKind ILifecycleSnapshot.Kind => LifecycleKind.CustomerAssociation;

    /// <inheritdoc />
    string ILifecycleSnapshot.StateName => LifecycleKeys.StateName(State);

    /// <inheritdoc />
    Instant ILifecycleSnapshot.LastChangedAt => (History is { Count: > 0 } steps && steps[steps.Count - 1] is { } last ? last.At : CreatedAt);

    /// <summary>
    /// The number of writes (every transition), for optimistic concurrency: use it as the ETag. 0 in a snapshot written
    /// before revisions existed, which restores with <c>Revision = Version</c>.
    /// </summary>
    public long Revision { get; init; }

    /// <summary>The name of the policy version the lifecycle runs under; null in a snapshot written before versions existed.</summary>
    public string? PolicyVersion { get; init; }

    /// <inheritdoc />
    string IStoredLifecycle.LifecycleName => SnapshotChecks.Name("partner", Partner.Value);

    /// <inheritdoc />
    Deadline? IStoredLifecycle.RunningDeadlineUnder(ProgramPolicy policy) => null;

    /// <inheritdoc />
    public bool Equals(CustomerAssociationSnapshot? other) =>
        other is not null && Key == other.Key && Revision == other.Revision && string.Equals(PolicyVersion, other.PolicyVersion, System.StringComparison.Ordinal) && Partner == other.Partner && Mode == other.Mode && State == other.State && Version == other.Version
        && CreatedAt == other.CreatedAt && Customer == other.Customer && LifecycleLists.Equal(History, other.History);

    /// <inheritdoc />
    // Stryker disable once Arithmetic : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((Partner.GetHashCode() * 397) ^ ((int)Mode * 31) ^ (int)State ^ Version.GetHashCode() ^ LifecycleLists.Hash(History));
}
