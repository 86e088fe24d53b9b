using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// Everything needed to restore an <see cref="IncentiveSettlementLifecycle"/> from storage: made by
/// <see cref="IncentiveSettlementLifecycle.ToSnapshot"/>, read by <see cref="IncentiveSettlementLifecycle.Restore(IncentiveSettlementSnapshot, IClock, ProgramPolicy)"/>,
/// serialisable with <see cref="PartnerRulesJson.CreateOptions"/>. The payment deadline is not stored: it is
/// computed from <paramref name="InvoiceReceivedOn"/> with the policy given to <c>Restore</c>.
/// </summary>
/// <param name="Project">The project (opportunity) the incentive is paid for.</param>
/// <param name="Partner">The partner who is paid.</param>
/// <param name="Payable">The amount to pay: the approved decision's <see cref="IncentiveDecision.Payable"/>.</param>
/// <param name="State">The current state: where <paramref name="History"/> ends.</param>
/// <param name="Version">The number of transitions (<c>History.Count</c>); <c>Revision</c> serves optimistic concurrency.</param>
/// <param name="CreatedAt">When the settlement started.</param>
/// <param name="InvoiceReceivedOn">The local date finance received the qualified invoice; null until Qualify.</param>
/// <param name="PaidBy">How the incentive was paid; null until Pay.</param>
/// <param name="History">Every transition, oldest first.</param>
/// <remarks>Immutable and thread-safe: the history is copied. Equality compares the history by content, so a JSON round trip gives an equal snapshot.</remarks>
public sealed record IncentiveSettlementSnapshot(
    OpportunityId Project,
    PartnerId Partner,
    Money Payable,
    SettlementState State,
    long Version,
    Instant CreatedAt,
    LocalDate? InvoiceReceivedOn,
    PaymentMethod? PaidBy,
    IReadOnlyList<Transition<SettlementState, SettlementTrigger>> History) : ILifecycleSnapshot, IObligationSource, IStoredLifecycle
{
    private readonly IReadOnlyList<Transition<SettlementState, SettlementTrigger>> _history = LifecycleLists.CopyOrNull(History);

    /// <inheritdoc />
    string IObligationSource.SubjectId => Project.Value;

    /// <inheritdoc />
    /// <remarks>Restores the snapshot under <paramref name="policy"/> (checking it) and reads its deadline.</remarks>
    Deadline? IObligationSource.RunningDeadline(ProgramPolicy policy) => IncentiveSettlementLifecycle.Restore(this, new FixedClock(CreatedAt), policy).Deadline;

    /// <summary>Every transition, oldest first (a copy of the list given, also through <c>with</c>).</summary>
    public IReadOnlyList<Transition<SettlementState, SettlementTrigger>> History
    {
        get => _history;
        init => _history = LifecycleLists.CopyOrNull(value);
    }

    /// <summary>The snapshot with ISO dates and instants, whatever the current culture.</summary>
    public override string ToString() => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        "IncentiveSettlementSnapshot {{ Project = {0}, Partner = {1}, Payable = {2}, State = {3}, Version = {4}, CreatedAt = {5:uuuu-MM-ddTHH:mm:ss.FFFFFFFFF'Z'}, InvoiceReceivedOn = {6}, PaidBy = {7}, History = {8} step(s) }}",
        Project, Partner, Payable, State, Version, CreatedAt,
        InvoiceReceivedOn?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "null", PaidBy?.ToString() ?? "null", History?.Count ?? 0);

    private readonly LifecycleKey _key;

    /// <summary>
    /// The lifecycle instance this snapshot belongs to. A snapshot written before keys existed (no key given) reads with a key
    /// derived from its kind, the project and partner and <c>CreatedAt</c>: the same on every read.
    /// </summary>
    public LifecycleKey Key
    {
        get => _key.IsDefault ? LifecycleKeys.Derive(LifecycleKind.IncentiveSettlement, Project.Value + "/" + Partner.Value, CreatedAt) : _key;
        init => _key = value;
    }

    /// <inheritdoc />
    LifecycleKind ILifecycleSnapshot.Kind => LifecycleKind.IncentiveSettlement;

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
    string IStoredLifecycle.LifecycleName => SnapshotChecks.Name("project", Project.Value) + " for " + SnapshotChecks.Name("partner", Partner.Value);

    /// <inheritdoc />
    Deadline? IStoredLifecycle.RunningDeadlineUnder(ProgramPolicy policy) => IncentiveSettlementLifecycle.Restore(this with { PolicyVersion = null }, new FixedClock(CreatedAt), policy).Deadline;

    /// <inheritdoc />
    public bool Equals(IncentiveSettlementSnapshot? other) =>
        other is not null && Key == other.Key && Revision == other.Revision && string.Equals(PolicyVersion, other.PolicyVersion, System.StringComparison.Ordinal) && Project == other.Project && Partner == other.Partner && Payable == other.Payable && State == other.State
        && Version == other.Version && CreatedAt == other.CreatedAt && InvoiceReceivedOn == other.InvoiceReceivedOn
        && PaidBy == other.PaidBy && LifecycleLists.Equal(History, other.History);

    /// <inheritdoc />
    // Stryker disable once Arithmetic : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((Project.GetHashCode() * 397) ^ (Payable.GetHashCode() * 31) ^ (int)State ^ Version.GetHashCode() ^ LifecycleLists.Hash(History));
}
