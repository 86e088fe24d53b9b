using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// Everything needed to restore an <see cref="InvoiceReturnLifecycle"/> from storage: made by
/// <see cref="InvoiceReturnLifecycle.ToSnapshot"/>, read by <see cref="InvoiceReturnLifecycle.Restore(InvoiceReturnSnapshot, IClock, ProgramPolicy)"/>,
/// serialisable with <see cref="PartnerRulesJson.CreateOptions"/>. Deadlines are not stored: they are
/// computed from the history with the policy given to <c>Restore</c>.
/// </summary>
/// <param name="Id">The returned invoice.</param>
/// <param name="Kind">The invoice's kind: selects the transitions and deadlines.</param>
/// <param name="State">The current state: where <paramref name="History"/> ends.</param>
/// <param name="Version">The number of transitions (<c>History.Count</c>); <c>Revision</c> serves optimistic concurrency.</param>
/// <param name="CreatedAt">When the return was requested.</param>
/// <param name="History">Every transition, oldest first.</param>
/// <remarks>Immutable and thread-safe: the history is copied. Equality compares the history by content, so a JSON round trip gives an equal snapshot.</remarks>
public sealed record InvoiceReturnSnapshot(
    InvoiceId Id,
    InvoiceKind Kind,
    InvoiceReturnState State,
    long Version,
    Instant CreatedAt,
    IReadOnlyList<Transition<InvoiceReturnState, InvoiceReturnTrigger>> History) : ILifecycleSnapshot, IObligationSource, IStoredLifecycle
{
    private readonly IReadOnlyList<Transition<InvoiceReturnState, InvoiceReturnTrigger>> _history = LifecycleLists.CopyOrNull(History);

    /// <inheritdoc />
    string IObligationSource.SubjectId => Id.Value;

    /// <inheritdoc />
    /// <remarks>Restores the snapshot under <paramref name="policy"/> (checking it) and reads its deadline.</remarks>
    Deadline? IObligationSource.RunningDeadline(ProgramPolicy policy) =>
        ((IObligationSource)InvoiceReturnLifecycle.Restore(this, new FixedClock(CreatedAt), policy)).RunningDeadline(policy);

    /// <summary>Every transition, oldest first (a copy of the list given, also through <c>with</c>).</summary>
    public IReadOnlyList<Transition<InvoiceReturnState, InvoiceReturnTrigger>> History
    {
        get => _history;
        init => _history = LifecycleLists.CopyOrNull(value);
    }

    private readonly LifecycleKey _key;

    /// <summary>
    /// The lifecycle instance this snapshot belongs to. A snapshot written before keys existed (no key given) reads with a key
    /// derived from its kind, the invoice and <c>CreatedAt</c>: the same on every read.
    /// </summary>
    public LifecycleKey Key
    {
        get => _key.IsDefault ? LifecycleKeys.Derive(LifecycleKind.InvoiceReturn, Id.Value, CreatedAt) : _key;
        init => _key = value;
    }

    /// <inheritdoc />
    LifecycleKind ILifecycleSnapshot.Kind => LifecycleKind.InvoiceReturn;

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
    string IStoredLifecycle.LifecycleName => SnapshotChecks.Name("invoice", Id.Value);

    /// <inheritdoc />
    // Through RunningDeadline, not the Deadline property: an unknown deadline must throw here, never read as none.
    Deadline? IStoredLifecycle.RunningDeadlineUnder(ProgramPolicy policy) =>
        ((IObligationSource)InvoiceReturnLifecycle.Restore(this with { PolicyVersion = null }, new FixedClock(CreatedAt), policy)).RunningDeadline(policy);

    /// <inheritdoc />
    public bool Equals(InvoiceReturnSnapshot? other) =>
        other is not null && Key == other.Key && Revision == other.Revision && string.Equals(PolicyVersion, other.PolicyVersion, System.StringComparison.Ordinal) && Id == other.Id && Kind == other.Kind && State == other.State && Version == other.Version
        && CreatedAt == other.CreatedAt && LifecycleLists.Equal(History, other.History);

    /// <inheritdoc />
    // Stryker disable once Arithmetic : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((Id.GetHashCode() * 397) ^ ((int)Kind * 31) ^ (int)State ^ Version.GetHashCode() ^ LifecycleLists.Hash(History));
}
