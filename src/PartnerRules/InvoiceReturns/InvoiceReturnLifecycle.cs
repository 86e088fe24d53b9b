using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.InvoiceReturns;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// The return of an invoice that Huawei Cloud issued to the partner (退票), by invoice kind:
/// VAT special invoice: Requested, ConfirmRedLetter before the confirmation voids itself
/// (<c>INVOICE.RED_LETTER_CONFIRMATION</c>: the policy's RedLetterConfirmationValidity, 72 hours, after the
/// request; from then on only Void is permitted; RefuseRedLetter, the counterparty's refusal with a reason,
/// voids it at any time while it waits), then Huawei Cloud issues the red-letter invoice
/// within business days 1–3 (<c>INVOICE.RED_LETTER_ISSUE</c>) and Complete. Voided is final. Electronic ordinary
/// invoice: Complete the same day (<c>INVOICE.ELECTRONIC_RETURN</c>). Paper ordinary invoice:
/// ReceiveOriginal, then Complete within business days 2–3 (<c>INVOICE.PAPER_RETURN</c>). Reject (with
/// a reason) from any state that is not final. A return cannot be withdrawn and is never partial.
/// </summary>
/// <remarks>
/// Not thread-safe: use one instance from one thread at a time (load, act, save); <see cref="Revision"/>
/// lets a store detect a stale write (optimistic concurrency: use it as the ETag). Every step is stamped by the injected
/// <see cref="IClock"/>. A refused call changes nothing. Business days come from the policy's
/// calendar, read when <see cref="Deadline"/> is read (a year without calendar data makes it unknown, never an exception there).
/// </remarks>
public sealed partial class InvoiceReturnLifecycle : ILifecycle<InvoiceReturnState, InvoiceReturnTrigger>, ILifecycle, IObligationSource
{
    /// <summary>The obligation code of the red-letter invoice (VAT special invoice).</summary>
    internal const string RedLetterIssue = ObligationCodes.InvoiceRedLetterIssue;

    /// <summary>The obligation (and finding) code of the red-letter confirmation (VAT special invoice).</summary>
    internal const string RedLetterConfirmationCode = ObligationCodes.InvoiceRedLetterConfirmation;

    /// <summary>The obligation code of the electronic ordinary invoice's return.</summary>
    internal const string ElectronicReturn = ObligationCodes.InvoiceElectronicReturn;

    /// <summary>The obligation code of the paper ordinary invoice's return.</summary>
    internal const string PaperReturn = ObligationCodes.InvoicePaperReturn;

    private readonly LifecycleCore<InvoiceReturnState, InvoiceReturnTrigger, InvoiceReturnLifecycle> _core;
    private readonly ProgramPolicy _policy;

    private InvoiceReturnLifecycle(LifecycleKey key, InvoiceId id, InvoiceKind kind, IClock clock, ProgramPolicy policy, Instant createdAt,
        InvoiceReturnState state, IReadOnlyList<Transition<InvoiceReturnState, InvoiceReturnTrigger>> history, long revision, ILogger? logger)
    {
        Key = key;
        Id = id;
        Kind = kind;
        _policy = policy;
        var lastUpdatedAt = history.Count == 0 ? createdAt : history[history.Count - 1].At;
        _core = new(InvoiceReturnTable.Table, this, (int)kind, LifecycleClock.Checked(clock, policy), createdAt, state, history, lastUpdatedAt, policy.Version, revision,
            LifecycleLog.For(logger, "InvoiceReturn", id.Value), FailedFindings);
    }

    /// <summary>The returned invoice.</summary>
    public InvoiceId Id { get; }

    /// <summary>The invoice's kind, which selects the transitions and deadlines.</summary>
    public InvoiceKind Kind { get; }

    /// <inheritdoc />
    public InvoiceReturnState State => _core.State;

    /// <inheritdoc />
    public long Version => _core.Version;

    /// <inheritdoc />
    public long Revision => _core.Revision;

    /// <summary>This lifecycle instance: new for every lifecycle a factory makes, kept by <see cref="ToSnapshot"/> and <c>Restore</c>.</summary>
    public LifecycleKey Key { get; }

    /// <inheritdoc />
    LifecycleKind ILifecycle.Kind => LifecycleKind.InvoiceReturn;

    /// <inheritdoc />
    string ILifecycle.StateName => LifecycleKeys.StateName(State);

    /// <inheritdoc />
    ILifecycleSnapshot ILifecycle.ToSnapshot() => ToSnapshot();

    /// <inheritdoc />
    public string PolicyVersion => _core.PolicyVersion;

    /// <inheritdoc />
    public IReadOnlyList<InvoiceReturnTrigger> PermittedTriggers => _core.PermittedTriggers;

    /// <inheritdoc />
    public IReadOnlyList<Transition<InvoiceReturnState, InvoiceReturnTrigger>> History => _core.History;

    /// <inheritdoc />
    string IObligationSource.SubjectId => Id.Value;

    /// <inheritdoc />
    // Unlike the property, throws CalendarDataMissingException: Obligations tells an unknown deadline from none.
    Deadline? IObligationSource.RunningDeadline(ProgramPolicy policy) => ComputeDeadline();

    /// <inheritdoc cref="Request(InvoiceId, InvoiceKind, IClock, ProgramPolicy, ILogger)"/>
    public static InvoiceReturnLifecycle Request(InvoiceId id, InvoiceKind kind, IClock clock, ProgramPolicy? policy = null) => Request(id, kind, clock, policy, null);

    /// <summary>Opens a return of <paramref name="id"/> (state <see cref="InvoiceReturnState.Requested"/>), stamped by <paramref name="clock"/>.</summary>
    /// <param name="id">The invoice to return.</param>
    /// <param name="kind">The invoice's kind.</param>
    /// <param name="clock">The clock that stamps every step.</param>
    /// <param name="policy">The programme policy (zone, calendar, day counts); null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>, <paramref name="kind"/> is not defined, or the policy is invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static InvoiceReturnLifecycle Request(InvoiceId id, InvoiceKind kind, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        var checkedPolicy = CheckArguments(id, clock, policy);
        if (!EnumInfo<InvoiceKind>.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, LifecycleErrors.InvoiceKindUndefined);
        }

        return new InvoiceReturnLifecycle(LifecycleKey.New(), id, kind, clock, checkedPolicy, LifecycleClock.Read(clock, checkedPolicy), InvoiceReturnState.Requested, [], 0, logger);
    }

    /// <inheritdoc cref="Restore(InvoiceReturnSnapshot, IClock, ProgramPolicy, ILogger)"/>
    public static InvoiceReturnLifecycle Restore(InvoiceReturnSnapshot snapshot, IClock clock, ProgramPolicy? policy = null) => Restore(snapshot, clock, policy, null);

    /// <summary>Rebuilds a lifecycle from a snapshot made by <see cref="ToSnapshot"/>, after checking it is consistent.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="clock">The clock that stamps the next steps.</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="SnapshotRejectedException">
    /// The snapshot is inconsistent (the message names the lifecycle and lists every problem): a default id, a null
    /// history, an undefined value, a history that does not start in Requested, does not chain, takes a step the kind
    /// does not permit, does not end in <c>State</c>, is out of time order or before the request, or lacks a required
    /// reason; a <c>Version</c> other than the history's length; a <c>Revision</c> below it; a <c>PolicyVersion</c> other than the policy's; a special invoice's ConfirmRedLetter or Reject in
    /// Requested at or after the confirmation voided itself, or a Void before it, under <paramref name="policy"/>.
    ///
    /// </exception>
    /// <exception cref="ArgumentException">The policy is invalid.</exception>
    public static InvoiceReturnLifecycle Restore(InvoiceReturnSnapshot snapshot, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var problems = new List<string>();
        if (snapshot.Id.IsDefault)
        {
            problems.Add("Id is default(InvoiceId)");
        }

        SnapshotChecks.Defined(snapshot.Kind, nameof(snapshot.Kind), problems);
        if (EnumInfo<InvoiceKind>.IsDefined(snapshot.Kind))
        {
            SnapshotChecks.History(InvoiceReturnTable.Table, (int)snapshot.Kind, snapshot.State, snapshot.Version, snapshot.CreatedAt, snapshot.History, problems);
        }

        var revision = SnapshotChecks.Revision(snapshot.Revision, snapshot.Version, problems);
        SnapshotChecks.PolicyVersion(snapshot.PolicyVersion, policy, problems);
        var lifecycleId = ((IStoredLifecycle)snapshot).LifecycleName;
        SnapshotChecks.ThrowIfAny(problems, nameof(InvoiceReturnSnapshot), lifecycleId);
        var checkedPolicy = CheckArguments(snapshot.Id, clock, policy);
        RedLetterConfirmation.CheckSteps(snapshot, checkedPolicy, problems);
        SnapshotChecks.ThrowIfAny(problems, nameof(InvoiceReturnSnapshot), lifecycleId);
        return new InvoiceReturnLifecycle(snapshot.Key, snapshot.Id, snapshot.Kind, clock, checkedPolicy, snapshot.CreatedAt, snapshot.State,
            LifecycleLists.CopyOrNull(snapshot.History), revision, logger);
    }

    /// <summary>The diagram of the invoice-return lifecycle (all kinds) in Mermaid, from the configured state machine; edges of one kind only name it as a guard.</summary>
    public static string ToMermaid() => InvoiceReturnTable.Table.ToMermaid();

    /// <inheritdoc />
    public bool CanFire(InvoiceReturnTrigger trigger) => _core.CanFire(trigger);

    /// <inheritdoc />
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Fire(InvoiceReturnTrigger trigger, string? reason = null) => _core.Fire(trigger, reason);

    /// <summary>Everything needed to restore this lifecycle with <see cref="Restore(InvoiceReturnSnapshot, IClock, ProgramPolicy)"/>.</summary>
    public InvoiceReturnSnapshot ToSnapshot() => new(Id, Kind, State, Version, _core.CreatedAt, History) { Key = Key, Revision = Revision, PolicyVersion = PolicyVersion };

    private static ProgramPolicy CheckArguments(InvoiceId id, IClock clock, ProgramPolicy? policy)
    {
        LifecycleArguments.Identifier(id.IsDefault, nameof(InvoiceId), nameof(id));
        return LifecycleArguments.ClockAndPolicy(clock, policy);
    }

    /// <summary>The ConfirmRedLetter (and special-invoice Reject) guard: the confirmation has not yet voided itself.</summary>
    internal bool RedLetterConfirmationOpen() => _core.Now() < RedLetterConfirmation.VoidsAt(_core.CreatedAt, _policy);

    private IReadOnlyList<Finding> FailedFindings(InvoiceReturnTrigger trigger)
    {
        var voidsAt = RedLetterConfirmation.VoidsAt(_core.CreatedAt, _policy).InZone(_policy.TimeZone).LocalDateTime
            .ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return trigger == InvoiceReturnTrigger.Void
            ? [new Finding(RedLetterConfirmationCode, false, LifecycleMessages.Format(LifecycleMessages.InvoiceRedLetterStillOpen, voidsAt))]
            : [new Finding(RedLetterConfirmationCode, false, LifecycleMessages.Format(LifecycleMessages.InvoiceRedLetterExpired,
                _policy.RedLetterConfirmationValidity.TotalHours.ToString("0.##", CultureInfo.InvariantCulture), voidsAt))];
    }
}
