using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.Lifecycles;
using PartnerRules.SpecialistInvitations;

namespace PartnerRules;

/// <summary>
/// A partner's invitation of an employee's personal account to become a project specialist (项目专员, docs/programme-rules.md §4):
/// Invited (the link is valid <see cref="ProgramPolicy.SpecialistInvitationValidity"/>, 7 days: the deadline
/// <c>STAFF.INVITATION_VALIDITY</c>; Expire ends an unused link), <see cref="Bind"/> with an approved staff-link decision
/// (Bound), <see cref="Apply"/> with the employee's application (UnderReview), Approve or Reject (with a reason; a rejected
/// employee may correct the application and apply again), and Unbind from any state after Bound. A partner may send at
/// most <see cref="ProgramPolicy.SpecialistInvitationsPerDay"/> (100) invitations per local day: see <see cref="Invite(PartnerId, AccountId, int, IClock, ProgramPolicy)"/>.
/// </summary>
/// <remarks>
/// Not thread-safe: use one instance from one thread at a time (load, act, save); <see cref="Revision"/> lets a store
/// detect a stale write (optimistic concurrency: use it as the ETag). Every step is stamped by the injected <see cref="IClock"/>. A refused
/// call changes nothing. Messages follow <c>CultureInfo.CurrentUICulture</c>.
/// </remarks>
public sealed partial class SpecialistInvitationLifecycle : ILifecycle<SpecialistInvitationState, SpecialistInvitationTrigger>, ILifecycle, IObligationSource
{
    private readonly LifecycleCore<SpecialistInvitationState, SpecialistInvitationTrigger, SpecialistInvitationLifecycle> _core;
    private readonly ProgramPolicy _policy;

    private SpecialistInvitationLifecycle(LifecycleKey key, PartnerId partner, AccountId account, IClock clock, ProgramPolicy policy, Instant createdAt,
        SpecialistInvitationState state, IReadOnlyList<Transition<SpecialistInvitationState, SpecialistInvitationTrigger>> history,
        SpecialistApplication? application, long revision, ILogger? logger)
    {
        Key = key;
        Partner = partner;
        Account = account;
        Application = application;
        _policy = policy;
        InvitedOn = createdAt.InZone(policy.TimeZone).Date;
        var lastUpdatedAt = history.Count == 0 ? createdAt : history[history.Count - 1].At;
        _core = new(SpecialistInvitationTable.Table, this, 0, LifecycleClock.Checked(clock, policy), createdAt, state, history, lastUpdatedAt, policy.Version, revision,
            LifecycleLog.For(logger, "SpecialistInvitation", partner.Value), FailedFindings);
    }

    /// <summary>The inviting partner.</summary>
    public PartnerId Partner { get; }

    /// <summary>The invited employee's personal account.</summary>
    public AccountId Account { get; }

    /// <summary>The local date (programme zone) the invitation was sent: the day it counts toward the partner's daily limit.</summary>
    public LocalDate InvitedOn { get; }

    /// <summary>The latest application; null until <see cref="Apply"/> succeeded.</summary>
    public SpecialistApplication? Application { get; private set; }

    /// <inheritdoc />
    public SpecialistInvitationState State => _core.State;

    /// <inheritdoc />
    public long Version => _core.Version;

    /// <inheritdoc />
    public long Revision => _core.Revision;

    /// <summary>This lifecycle instance: new for every lifecycle a factory makes, kept by <see cref="ToSnapshot"/> and <c>Restore</c>.</summary>
    public LifecycleKey Key { get; }

    /// <inheritdoc />
    LifecycleKind ILifecycle.Kind => LifecycleKind.SpecialistInvitation;

    /// <inheritdoc />
    string ILifecycle.StateName => LifecycleKeys.StateName(State);

    /// <inheritdoc />
    ILifecycleSnapshot ILifecycle.ToSnapshot() => ToSnapshot();

    /// <inheritdoc />
    public string PolicyVersion => _core.PolicyVersion;

    /// <summary>
    /// The triggers whose guards pass now, in enum order. In Invited this includes Bind while the link is valid, and in
    /// Bound and Rejected it includes Apply: the steps are open, and <see cref="Bind"/> and <see cref="Apply"/> judge their data.
    /// </summary>
    public IReadOnlyList<SpecialistInvitationTrigger> PermittedTriggers => _core.PermittedTriggers;

    /// <inheritdoc />
    public IReadOnlyList<Transition<SpecialistInvitationState, SpecialistInvitationTrigger>> History => _core.History;

    /// <summary>
    /// In Invited, <c>STAFF.INVITATION_VALIDITY</c>: expected from <see cref="InvitedOn"/>, due on <see cref="InvitedOn"/>
    /// plus <see cref="ProgramPolicy.SpecialistInvitationValidity"/> (natural days), overdue (the link expired: Bind is
    /// refused, Expire is due) from the programme's midnight after the due date. Null in every other state.
    /// </summary>
    public Deadline? Deadline => State == SpecialistInvitationState.Invited ? ValidityDeadline() : null;

    /// <summary>The partner and the masked account: a personal account id may be a phone number, never shown in full (docs/programme-rules.md §8).</summary>
    string IObligationSource.SubjectId => Partner.Value + "/" + SpecialistInvitationChecks.Mask(Account.Value);

    /// <inheritdoc />
    Deadline? IObligationSource.RunningDeadline(ProgramPolicy policy) => Deadline;

    /// <summary>The diagram of the project-specialist invitation lifecycle in Mermaid, from the configured state machine, guards on the edges.</summary>
    public static string ToMermaid() => SpecialistInvitationTable.Table.ToMermaid();

    /// <inheritdoc />
    public bool CanFire(SpecialistInvitationTrigger trigger) => _core.CanFire(trigger);

    /// <summary>Fires <paramref name="trigger"/>; a refused call changes nothing.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="reason">The reason; required by <see cref="SpecialistInvitationTrigger.Reject"/>, an optional note otherwise.</param>
    /// <exception cref="InvalidTransitionException">
    /// The trigger is not permitted now (Bind after the link expired: the failed finding <c>STAFF.INVITATION_VALIDITY</c>);
    /// or it is <see cref="SpecialistInvitationTrigger.Bind"/> or <see cref="SpecialistInvitationTrigger.Apply"/>, which need
    /// their data: call <see cref="Bind"/> or <see cref="Apply"/> instead.
    /// </exception>
    /// <exception cref="ArgumentException">Reject without a reason.</exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Fire(SpecialistInvitationTrigger trigger, string? reason = null) => _core.Fire(trigger, reason);

    /// <summary>
    /// Binds the invited account to the partner: Invited to Bound, while the link is valid and with an approved staff-link
    /// decision for <see cref="Account"/> (<see cref="IPartnerRulesEngine.EvaluateStaffLink"/> with <see cref="Partner"/> as
    /// the inviting partner; the decision does not name the account, so evaluating the right account is the caller's part).
    /// </summary>
    /// <param name="staffLinkDecision">The staff-link decision for the invited account.</param>
    /// <exception cref="InvalidTransitionException">
    /// Not permitted in the current state (whatever the decision); the link expired: the failed finding
    /// <c>STAFF.INVITATION_VALIDITY</c>; or the decision is refused: its failed findings, the state unchanged.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="staffLinkDecision"/> is null.</exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Bind(Decision staffLinkDecision)
    {
        _core.EnsurePermitted(SpecialistInvitationTrigger.Bind);
        if (staffLinkDecision is null)
        {
            throw new ArgumentNullException(nameof(staffLinkDecision), LifecycleErrors.BindNeedsDecision);
        }

        if (!staffLinkDecision.IsApproved)
        {
            throw _core.Refusal(nameof(SpecialistInvitationTrigger.Bind), staffLinkDecision.FailedFindings());
        }

        _core.Fire(SpecialistInvitationTable.Bind, staffLinkDecision);
    }

    /// <summary>
    /// The employee applies to become a project specialist: Bound (or Rejected, to apply again) to UnderReview, when the
    /// application gives a position, a start date on Huawei Cloud not after today, and at least one certificate.
    /// </summary>
    /// <param name="application">The employee's application.</param>
    /// <exception cref="InvalidTransitionException">
    /// Not permitted in the current state (whatever the application); or the application is incomplete: the failed findings
    /// among <c>SPECIALIST.POSITION</c>, <c>SPECIALIST.CLOUD_START_DATE</c>, <c>SPECIALIST.CERTIFICATES</c>, the state unchanged.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Apply(SpecialistApplication application)
    {
        _core.EnsurePermitted(SpecialistInvitationTrigger.Apply);
        if (application is null)
        {
            throw new ArgumentNullException(nameof(application));
        }

        var failed = SpecialistApplicationChecks.Failed(application, Today());
        if (failed.Count > 0)
        {
            throw _core.Refusal(nameof(SpecialistInvitationTrigger.Apply), failed);
        }

        _core.Fire(SpecialistInvitationTable.Apply, application);
        Application = application;
    }

    /// <summary>Everything needed to restore this lifecycle with <see cref="Restore(SpecialistInvitationSnapshot, IClock, ProgramPolicy)"/>.</summary>
    public SpecialistInvitationSnapshot ToSnapshot() => new(Partner, Account, State, Version, _core.CreatedAt, Application, History) { Key = Key, Revision = Revision, PolicyVersion = PolicyVersion };

    /// <summary>The validity guard on Bind: the clock's now is before the deadline's overdue instant.</summary>
    internal bool LinkIsValid() => _core.Now() < ValidityDeadline().OverdueFrom;

    private Deadline ValidityDeadline() => SpecialistInvitationChecks.ValidityDeadline(InvitedOn, _policy);

    /// <summary>The clock's local date in the programme's zone.</summary>
    internal LocalDate Today() => _core.Now().InZone(_policy.TimeZone).Date;

    // Returned as the interface: LifecycleCore takes a Func<TTrigger, IReadOnlyList<Finding>>.
#pragma warning disable CA1859
    private IReadOnlyList<Finding> FailedFindings(SpecialistInvitationTrigger trigger)
#pragma warning restore CA1859
    {
        if (trigger != SpecialistInvitationTrigger.Bind)
        {
            return [];
        }

        // Only Bind's link guard can fail here (a refused decision never gets here: Bind refuses it with its findings
        // before its machine judges it), so the link has expired; not read again, since the clock has moved on.
        return [SpecialistInvitationChecks.LinkExpired(ValidityDeadline(), _policy)];
    }
}
