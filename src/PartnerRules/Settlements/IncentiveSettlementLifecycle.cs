using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.Lifecycles;
using PartnerRules.Settlements;

namespace PartnerRules;

/// <summary>
/// Paying an approved incentive (docs/programme-rules.md §5): AwaitingInvoice, SubmitInvoice (the partner mails its invoice),
/// StartReview, then RejectInvoice (with a reason; the partner reissues and mails again: SubmitInvoice) or
/// <see cref="Qualify"/> with the local date finance received the qualified invoice, then <see cref="Pay"/> by bank
/// transfer or as credit to the partner's cloud account within <see cref="ProgramPolicy.IncentivePaymentDays"/>
/// natural days (15) of receipt: the deadline <c>INCENTIVE.PAYMENT</c>. Paid is final, so an incentive is paid once,
/// and only its <see cref="Payable"/>.
/// </summary>
/// <remarks>
/// Not thread-safe: use one instance from one thread at a time (load, act, save); <see cref="Revision"/> lets a store
/// detect a stale write (optimistic concurrency: use it as the ETag). Every step is stamped by the injected <see cref="IClock"/>. A refused
/// call changes nothing. Messages follow <c>CultureInfo.CurrentUICulture</c>.
/// </remarks>
public sealed class IncentiveSettlementLifecycle : ILifecycle<SettlementState, SettlementTrigger>, ILifecycle, IObligationSource
{
    private readonly LifecycleCore<SettlementState, SettlementTrigger, IncentiveSettlementLifecycle> _core;
    private readonly ProgramPolicy _policy;

    private IncentiveSettlementLifecycle(LifecycleKey key, OpportunityId project, PartnerId partner, Money payable, IClock clock, ProgramPolicy policy,
        Instant createdAt, SettlementState state, IReadOnlyList<Transition<SettlementState, SettlementTrigger>> history,
        LocalDate? invoiceReceivedOn, PaymentMethod? paidBy, long revision, ILogger? logger)
    {
        Key = key;
        Project = project;
        Partner = partner;
        Payable = payable;
        InvoiceReceivedOn = invoiceReceivedOn;
        PaidBy = paidBy;
        _policy = policy;
        var lastUpdatedAt = history.Count == 0 ? createdAt : history[history.Count - 1].At;
        _core = new(IncentiveSettlementTable.Table, this, 0, LifecycleClock.Checked(clock, policy), createdAt, state, history, lastUpdatedAt, policy.Version, revision,
            LifecycleLog.For(logger, "IncentiveSettlement", project.Value));
    }

    /// <summary>The project (opportunity) the incentive is paid for; it names the settlement in an <see cref="Obligation"/>.</summary>
    public OpportunityId Project { get; }

    /// <summary>The partner who is paid.</summary>
    public PartnerId Partner { get; }

    /// <summary>The amount to pay: the approved decision's <see cref="IncentiveDecision.Payable"/>.</summary>
    public Money Payable { get; }

    /// <summary>The local date finance received the qualified invoice; null until <see cref="Qualify"/> succeeded.</summary>
    public LocalDate? InvoiceReceivedOn { get; private set; }

    /// <summary>How the incentive was paid; null until <see cref="Pay"/> succeeded.</summary>
    public PaymentMethod? PaidBy { get; private set; }

    /// <inheritdoc />
    public SettlementState State => _core.State;

    /// <inheritdoc />
    public long Version => _core.Version;

    /// <inheritdoc />
    public long Revision => _core.Revision;

    /// <summary>This lifecycle instance: new for every lifecycle a factory makes, kept by <see cref="ToSnapshot"/> and <c>Restore</c>.</summary>
    public LifecycleKey Key { get; }

    /// <inheritdoc />
    LifecycleKind ILifecycle.Kind => LifecycleKind.IncentiveSettlement;

    /// <inheritdoc />
    string ILifecycle.StateName => LifecycleKeys.StateName(State);

    /// <inheritdoc />
    ILifecycleSnapshot ILifecycle.ToSnapshot() => ToSnapshot();

    /// <inheritdoc />
    public string PolicyVersion => _core.PolicyVersion;

    /// <summary>The triggers whose guards pass now, in enum order. In UnderReview this includes Qualify, in Qualified Pay: the steps are open, and <see cref="Qualify"/> and <see cref="Pay"/> take their data.</summary>
    public IReadOnlyList<SettlementTrigger> PermittedTriggers => _core.PermittedTriggers;

    /// <inheritdoc />
    public IReadOnlyList<Transition<SettlementState, SettlementTrigger>> History => _core.History;

    /// <summary>
    /// In Qualified, <c>INCENTIVE.PAYMENT</c>: expected from <see cref="InvoiceReceivedOn"/>, due on that date plus
    /// <see cref="ProgramPolicy.IncentivePaymentDays"/> natural days (no business-day calendar), overdue from the
    /// programme's midnight after the due date. Null in every other state.
    /// </summary>
    public Deadline? Deadline => IncentiveSettlementChecks.PaymentDeadline(State, InvoiceReceivedOn, _policy);

    /// <inheritdoc />
    string IObligationSource.SubjectId => Project.Value;

    /// <inheritdoc />
    Deadline? IObligationSource.RunningDeadline(ProgramPolicy policy) => Deadline;

    /// <inheritdoc cref="Start(OpportunityId, PartnerId, IncentiveDecision, IClock, ProgramPolicy, ILogger)"/>
    public static IncentiveSettlementLifecycle Start(OpportunityId project, PartnerId partner, IncentiveDecision incentive, IClock clock, ProgramPolicy? policy = null) => Start(project, partner, incentive, clock, policy, null);

    /// <summary>
    /// Starts the settlement of an approved incentive (state <see cref="SettlementState.AwaitingInvoice"/>), stamped by
    /// <paramref name="clock"/>; the amount to pay is the decision's <see cref="IncentiveDecision.Payable"/>.
    /// </summary>
    /// <param name="project">The project (opportunity) the incentive is paid for.</param>
    /// <param name="partner">The partner who is paid.</param>
    /// <param name="incentive">The incentive decision from <see cref="IPartnerRulesEngine.EvaluateIncentive"/>; it must be approved.</param>
    /// <param name="clock">The clock that stamps every step.</param>
    /// <param name="policy">The programme policy (zone, payment days); null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incentive"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="project"/> or <paramref name="partner"/> is <c>default</c>, the decision's payable is default or
    /// negative, or the policy is invalid.
    /// </exception>
    /// <exception cref="InvalidTransitionException">The decision is not approved: <c>State</c> "", <c>Trigger</c> "Start", the decision's failed findings.</exception>
    public static IncentiveSettlementLifecycle Start(OpportunityId project, PartnerId partner, IncentiveDecision incentive, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        if (incentive is null)
        {
            throw new ArgumentNullException(nameof(incentive), LifecycleErrors.SettlementNeedsDecision);
        }

        var checkedPolicy = IncentiveSettlementChecks.Arguments(project, partner, clock, policy);
        if (incentive.Payable.IsDefault || incentive.Payable.Amount < 0m)
        {
            throw new ArgumentException(LifecycleErrors.PayableNotValid, nameof(incentive));
        }

        if (!incentive.IsApproved)
        {
            var failed = incentive.FailedFindings();
            var message = LifecycleMessages.Format(LifecycleMessages.SettlementRefused, LifecycleCore<SettlementState, SettlementTrigger, IncentiveSettlementLifecycle>.Describe(failed));
            throw new InvalidTransitionException(message, string.Empty, "Start", [], failed);
        }

        return new IncentiveSettlementLifecycle(LifecycleKey.New(), project, partner, incentive.Payable, clock, checkedPolicy, LifecycleClock.Read(clock, checkedPolicy),
            SettlementState.AwaitingInvoice, [], null, null, 0, logger);
    }

    /// <inheritdoc cref="Restore(IncentiveSettlementSnapshot, IClock, ProgramPolicy, ILogger)"/>
    public static IncentiveSettlementLifecycle Restore(IncentiveSettlementSnapshot snapshot, IClock clock, ProgramPolicy? policy = null) => Restore(snapshot, clock, policy, null);

    /// <summary>Rebuilds a lifecycle from a snapshot made by <see cref="ToSnapshot"/>, after checking it is consistent.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="clock">The clock that stamps the next steps.</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="SnapshotRejectedException">
    /// The snapshot is inconsistent (the message names the lifecycle and lists every problem): a default project or
    /// partner, a default or negative payable, a null history, an undefined value, a history that does not start in
    /// AwaitingInvoice, does not chain, takes a step that is not permitted, does not end in <c>State</c>, is out of time
    /// order or before the start, or lacks a required reason; a <c>Version</c> other than the history's length; a <c>Revision</c> below it; a <c>PolicyVersion</c> other than the policy's; a received
    /// date without a Qualify step or the reverse, or after the day of the Qualify step; a payment method without a Pay step or the reverse.
    /// </exception>
    /// <exception cref="ArgumentException">The policy is invalid.</exception>
    public static IncentiveSettlementLifecycle Restore(IncentiveSettlementSnapshot snapshot, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var problems = IncentiveSettlementChecks.Problems(snapshot, policy);
        var revision = SnapshotChecks.Conclude(snapshot, snapshot.Revision, snapshot.Version, policy, problems, nameof(IncentiveSettlementSnapshot));
        var checkedPolicy = IncentiveSettlementChecks.Arguments(snapshot.Project, snapshot.Partner, clock, policy);
        return new IncentiveSettlementLifecycle(snapshot.Key, snapshot.Project, snapshot.Partner, snapshot.Payable, clock, checkedPolicy, snapshot.CreatedAt,
            snapshot.State, LifecycleLists.CopyOrNull(snapshot.History), snapshot.InvoiceReceivedOn, snapshot.PaidBy, revision, logger);
    }

    /// <summary>The diagram of the incentive-settlement lifecycle in Mermaid, from the configured state machine, guards on the edges.</summary>
    public static string ToMermaid() => IncentiveSettlementTable.Table.ToMermaid();

    /// <inheritdoc />
    public bool CanFire(SettlementTrigger trigger) => _core.CanFire(trigger);

    /// <summary>Fires <paramref name="trigger"/>; a refused call changes nothing.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="reason">The reason; required by <see cref="SettlementTrigger.RejectInvoice"/>, an optional note otherwise.</param>
    /// <exception cref="InvalidTransitionException">
    /// The trigger is not permitted now; or it is <see cref="SettlementTrigger.Qualify"/> or <see cref="SettlementTrigger.Pay"/>,
    /// which need their data: call <see cref="Qualify"/> or <see cref="Pay"/> instead.
    /// </exception>
    /// <exception cref="ArgumentException">RejectInvoice without a reason.</exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Fire(SettlementTrigger trigger, string? reason = null) => _core.Fire(trigger, reason);

    /// <summary>
    /// The invoice qualified: UnderReview to Qualified, recording <paramref name="receivedOn"/>, the local date (programme
    /// zone) finance received the qualified invoice, which starts the <c>INCENTIVE.PAYMENT</c> deadline.
    /// </summary>
    /// <param name="receivedOn">The local date finance received the qualified invoice.</param>
    /// <exception cref="InvalidTransitionException">Not permitted in the current state (whatever the date).</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="receivedOn"/> is after the clock's local date, or before the local date the invoice was last
    /// submitted: bad input, not a refusal.
    /// </exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Qualify(LocalDate receivedOn)
    {
        _core.EnsurePermitted(SettlementTrigger.Qualify);
        IncentiveSettlementChecks.ReceivedOn(receivedOn, _core.Now(), _core.History, _core.CreatedAt, _policy.TimeZone);
        _core.Fire(IncentiveSettlementTable.Qualify, receivedOn);
        InvoiceReceivedOn = receivedOn;
    }

    /// <summary>
    /// Pays the incentive: Qualified to Paid (final, so it is paid once). The caller states the amount it pays, which must
    /// be exactly <see cref="Payable"/>: a mismatch is refused, so no other amount can be recorded as paid.
    /// </summary>
    /// <param name="amount">The amount paid; it must equal <see cref="Payable"/> (amount and currency).</param>
    /// <param name="method">Bank transfer or credit to the partner's cloud account.</param>
    /// <exception cref="InvalidTransitionException">
    /// Not permitted in the current state, whatever the arguments (a second payment: <c>State</c> "Paid"); or the amount is
    /// not the payable: the single failed finding <c>INCENTIVE.PAYMENT_AMOUNT</c>, the state unchanged.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is <c>default</c>, or <paramref name="method"/> is not defined.</exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Pay(Money amount, PaymentMethod method)
    {
        _core.EnsurePermitted(SettlementTrigger.Pay);
        IncentiveSettlementChecks.Payment(amount, method);
        if (amount != Payable)
        {
            throw _core.Refusal(nameof(SettlementTrigger.Pay), [AmountFinding(amount)]);
        }

        _core.Fire(IncentiveSettlementTable.Pay, amount);
        PaidBy = method;
    }

    /// <summary>Everything needed to restore this lifecycle with <see cref="Restore(IncentiveSettlementSnapshot, IClock, ProgramPolicy)"/>.</summary>
    public IncentiveSettlementSnapshot ToSnapshot() =>
        new(Project, Partner, Payable, State, Version, _core.CreatedAt, InvoiceReceivedOn, PaidBy, History) { Key = Key, Revision = Revision, PolicyVersion = PolicyVersion };

    private Finding AmountFinding(Money amount) =>
        new(IncentiveSettlementTable.PaymentAmountCode, false,
            LifecycleMessages.Format(LifecycleMessages.SettlementPaymentAmount, amount.Amount, amount.Currency, Payable.Amount, Payable.Currency));
}
