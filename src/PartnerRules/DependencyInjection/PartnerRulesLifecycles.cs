using System;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// Creates and restores lifecycles with one clock, one policy and, when given, a logger that receives
/// a structured Information event per transition: the injectable way to use the lifecycles'
/// static factories (registered by <c>AddPartnerRules</c>).
/// </summary>
/// <remarks>Thread-safe; the lifecycles it returns are not (use each from one thread at a time).</remarks>
public sealed class PartnerRulesLifecycles
{
    private readonly ILogger? _logger;
    private readonly PolicySchedule? _schedule;

    /// <summary>Creates the factory.</summary>
    /// <param name="clock">The clock that stamps every step.</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="loggers">Where transitions are logged (category <c>PartnerRules.Lifecycles</c>); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy is invalid (the message lists every problem).</exception>
    public PartnerRulesLifecycles(IClock clock, ProgramPolicy? policy = null, ILoggerFactory? loggers = null)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Policy = policy ?? ProgramPolicy.Default;
        Policy.Validate();
        _logger = loggers?.CreateLogger("PartnerRules.Lifecycles");
    }

    /// <summary>Creates the factory under a schedule: each lifecycle is created under the version in force on the clock's local date.</summary>
    /// <param name="clock">The clock that stamps every step.</param>
    /// <param name="schedule">The programme's policy versions.</param>
    /// <param name="loggers">Where transitions are logged (category <c>PartnerRules.Lifecycles</c>); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="schedule"/> is null.</exception>
    /// <remarks>
    /// Lifecycles do not yet keep the name of their version: a lifecycle restored from a snapshot runs under the
    /// version in force on the clock's local date when it is restored (issue 13 pins each lifecycle to its version).
    /// </remarks>
    public PartnerRulesLifecycles(IClock clock, PolicySchedule schedule, ILoggerFactory? loggers = null)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
        Policy = schedule.Newest;
        _logger = loggers?.CreateLogger("PartnerRules.Lifecycles");
    }

    /// <summary>The clock every lifecycle is stamped by.</summary>
    public IClock Clock { get; }

    /// <summary>The programme policy every lifecycle runs on; under a schedule, its newest version.</summary>
    public ProgramPolicy Policy { get; }

    /// <summary>The version in force on the clock's local date (<see cref="Policy"/> without a schedule).</summary>
    /// <exception cref="PolicyNotInForceException">The clock's local date lies before the schedule's first version.</exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant outside the dates a lifecycle supports (the clock is not the call's argument).</exception>
    private ProgramPolicy Current => _schedule is null ? Policy : _schedule.InForceOn(LifecycleClock.Checked(Clock, Policy).GetCurrentInstant().InZone(Policy.TimeZone).Date);

    /// <summary>A PO saved as a draft: <see cref="OpportunityLifecycle.CreateDraft(OpportunityId, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="id">The opportunity.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>.</exception>
    public OpportunityLifecycle CreateDraft(OpportunityId id) => OpportunityLifecycle.CreateDraft(id, Clock, Current, _logger);

    /// <summary>An HO offer: <see cref="OpportunityLifecycle.Offer(OpportunityId, Decision, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="id">The opportunity.</param>
    /// <param name="hoEligibility">The partner's approved HO-eligibility decision.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hoEligibility"/> is null.</exception>
    /// <exception cref="InvalidTransitionException">The decision is not approved.</exception>
    public OpportunityLifecycle Offer(OpportunityId id, Decision hoEligibility) => OpportunityLifecycle.Offer(id, hoEligibility, Clock, Current, _logger);

    /// <summary>An opportunity from storage: <see cref="OpportunityLifecycle.Restore(OpportunitySnapshot, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentException">The snapshot is inconsistent.</exception>
    public OpportunityLifecycle Restore(OpportunitySnapshot snapshot) => OpportunityLifecycle.Restore(snapshot, Clock, Current, _logger);

    /// <summary>An invoice return request: <see cref="InvoiceReturnLifecycle.Request(InvoiceId, InvoiceKind, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="id">The invoice.</param>
    /// <param name="kind">The invoice type.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="kind"/> undefined.</exception>
    public InvoiceReturnLifecycle RequestInvoiceReturn(InvoiceId id, InvoiceKind kind) => InvoiceReturnLifecycle.Request(id, kind, Clock, Current, _logger);

    /// <summary>An invoice return from storage: <see cref="InvoiceReturnLifecycle.Restore(InvoiceReturnSnapshot, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentException">The snapshot is inconsistent.</exception>
    public InvoiceReturnLifecycle Restore(InvoiceReturnSnapshot snapshot) => InvoiceReturnLifecycle.Restore(snapshot, Clock, Current, _logger);

    /// <summary>A customer invitation: <see cref="CustomerAssociationLifecycle.Invite(PartnerId, AssociationMode, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="partner">The inviting reseller.</param>
    /// <param name="mode">Resale or consultative sale.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is <c>default</c> or <paramref name="mode"/> undefined.</exception>
    public CustomerAssociationLifecycle InviteCustomer(PartnerId partner, AssociationMode mode) => CustomerAssociationLifecycle.Invite(partner, mode, Clock, Current, _logger);

    /// <summary>A customer association from storage: <see cref="CustomerAssociationLifecycle.Restore(CustomerAssociationSnapshot, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentException">The snapshot is inconsistent.</exception>
    public CustomerAssociationLifecycle Restore(CustomerAssociationSnapshot snapshot) => CustomerAssociationLifecycle.Restore(snapshot, Clock, Current, _logger);

    /// <summary>The settlement of an approved incentive: <see cref="IncentiveSettlementLifecycle.Start(OpportunityId, PartnerId, IncentiveDecision, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="project">The project (opportunity) the incentive is paid for.</param>
    /// <param name="partner">The partner who is paid.</param>
    /// <param name="incentive">The approved incentive decision; its payable is the amount.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incentive"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="project"/> or <paramref name="partner"/> is <c>default</c>.</exception>
    /// <exception cref="InvalidTransitionException">The decision is not approved (<c>Trigger</c> "Start").</exception>
    public IncentiveSettlementLifecycle StartSettlement(OpportunityId project, PartnerId partner, IncentiveDecision incentive) =>
        IncentiveSettlementLifecycle.Start(project, partner, incentive, Clock, Current, _logger);

    /// <summary>An incentive settlement from storage: <see cref="IncentiveSettlementLifecycle.Restore(IncentiveSettlementSnapshot, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentException">The snapshot is inconsistent.</exception>
    public IncentiveSettlementLifecycle Restore(IncentiveSettlementSnapshot snapshot) => IncentiveSettlementLifecycle.Restore(snapshot, Clock, Current, _logger);

    /// <summary>A project-specialist invitation: <see cref="SpecialistInvitationLifecycle.Invite(PartnerId, AccountId, int, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="partner">The inviting partner.</param>
    /// <param name="account">The employee's personal account.</param>
    /// <param name="invitationsSentToday">How many invitations the partner already sent on the clock's local date.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> or <paramref name="account"/> is <c>default</c>, or the count is negative.</exception>
    /// <exception cref="InvalidTransitionException">The partner's daily limit is used up (<c>Trigger</c> "Invite").</exception>
    public SpecialistInvitationLifecycle InviteSpecialist(PartnerId partner, AccountId account, int invitationsSentToday) =>
        SpecialistInvitationLifecycle.Invite(partner, account, invitationsSentToday, Clock, Current, _logger);

    /// <summary>A project-specialist invitation from storage: <see cref="SpecialistInvitationLifecycle.Restore(SpecialistInvitationSnapshot, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentException">The snapshot is inconsistent.</exception>
    public SpecialistInvitationLifecycle Restore(SpecialistInvitationSnapshot snapshot) => SpecialistInvitationLifecycle.Restore(snapshot, Clock, Current, _logger);
}
