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
    /// Each lifecycle keeps the name of its version (<c>PolicyVersion</c>) for its whole life, so its deadlines keep
    /// that version's numbers. <c>Restore</c> finds a snapshot's version by that name; a snapshot written before versions
    /// existed (no name), or under the single default policy ("default", when the schedule holds no such version), runs
    /// under the version in force on its creation date; a name the schedule lacks is refused as a stored-data fault
    /// (<see cref="SnapshotRejectedException"/>).
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

    /// <summary>The policy a stored lifecycle runs under: <see cref="Policy"/>, or under a schedule the version its snapshot names.</summary>
    private ProgramPolicy PolicyFor<TSnapshot>(TSnapshot snapshot, out bool nameDropped)
        where TSnapshot : IStoredLifecycle
    {
        nameDropped = false;
        return _schedule is null
            ? Policy
            : LifecyclePolicy.ForSnapshot(_schedule, snapshot.PolicyVersion, snapshot.CreatedAt, typeof(TSnapshot).Name, snapshot.LifecycleName, out nameDropped);
    }

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

    /// <summary>An HO offer that keeps its partner and decision: <see cref="OpportunityLifecycle.Offer(OpportunityId, PartnerId, Decision, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="id">The opportunity.</param>
    /// <param name="partner">The partner the opportunity is offered to.</param>
    /// <param name="hoEligibility">The partner's approved HO-eligibility decision.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="partner"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="hoEligibility"/> is null.</exception>
    /// <exception cref="InvalidTransitionException">The decision is not approved.</exception>
    public OpportunityLifecycle Offer(OpportunityId id, PartnerId partner, Decision hoEligibility) => OpportunityLifecycle.Offer(id, partner, hoEligibility, Clock, Current, _logger);

    /// <summary>An opportunity from storage: <see cref="OpportunityLifecycle.Restore(OpportunitySnapshot, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="SnapshotRejectedException">The snapshot is inconsistent, or names a version this factory does not hold.</exception>
    /// <exception cref="PolicyNotInForceException">Under a schedule: a snapshot without a version name was created before the first version.</exception>
    public OpportunityLifecycle Restore(OpportunitySnapshot snapshot)
    {
        var policy = PolicyFor(snapshot ?? throw new ArgumentNullException(nameof(snapshot)), out var nameDropped);
        return OpportunityLifecycle.Restore(nameDropped ? snapshot with { PolicyVersion = null } : snapshot, Clock, policy, _logger);
    }

    /// <summary>An invoice return request: <see cref="InvoiceReturnLifecycle.Request(InvoiceId, InvoiceKind, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="id">The invoice.</param>
    /// <param name="kind">The invoice type.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c> or <paramref name="kind"/> undefined.</exception>
    public InvoiceReturnLifecycle RequestInvoiceReturn(InvoiceId id, InvoiceKind kind) => InvoiceReturnLifecycle.Request(id, kind, Clock, Current, _logger);

    /// <summary>An invoice return from storage: <see cref="InvoiceReturnLifecycle.Restore(InvoiceReturnSnapshot, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="SnapshotRejectedException">The snapshot is inconsistent, or names a version this factory does not hold.</exception>
    /// <exception cref="PolicyNotInForceException">Under a schedule: a snapshot without a version name was created before the first version.</exception>
    public InvoiceReturnLifecycle Restore(InvoiceReturnSnapshot snapshot)
    {
        var policy = PolicyFor(snapshot ?? throw new ArgumentNullException(nameof(snapshot)), out var nameDropped);
        return InvoiceReturnLifecycle.Restore(nameDropped ? snapshot with { PolicyVersion = null } : snapshot, Clock, policy, _logger);
    }

    /// <summary>A customer invitation: <see cref="CustomerAssociationLifecycle.Invite(PartnerId, AssociationMode, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="partner">The inviting reseller.</param>
    /// <param name="mode">Resale or consultative sale.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is <c>default</c> or <paramref name="mode"/> undefined.</exception>
    public CustomerAssociationLifecycle InviteCustomer(PartnerId partner, AssociationMode mode) => CustomerAssociationLifecycle.Invite(partner, mode, Clock, Current, _logger);

    /// <summary>A customer association from storage: <see cref="CustomerAssociationLifecycle.Restore(CustomerAssociationSnapshot, IClock, ProgramPolicy)"/>.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="SnapshotRejectedException">The snapshot is inconsistent, or names a version this factory does not hold.</exception>
    /// <exception cref="PolicyNotInForceException">Under a schedule: a snapshot without a version name was created before the first version.</exception>
    public CustomerAssociationLifecycle Restore(CustomerAssociationSnapshot snapshot)
    {
        var policy = PolicyFor(snapshot ?? throw new ArgumentNullException(nameof(snapshot)), out var nameDropped);
        return CustomerAssociationLifecycle.Restore(nameDropped ? snapshot with { PolicyVersion = null } : snapshot, Clock, policy, _logger);
    }

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
    /// <exception cref="SnapshotRejectedException">The snapshot is inconsistent, or names a version this factory does not hold.</exception>
    /// <exception cref="PolicyNotInForceException">Under a schedule: a snapshot without a version name was created before the first version.</exception>
    public IncentiveSettlementLifecycle Restore(IncentiveSettlementSnapshot snapshot)
    {
        var policy = PolicyFor(snapshot ?? throw new ArgumentNullException(nameof(snapshot)), out var nameDropped);
        return IncentiveSettlementLifecycle.Restore(nameDropped ? snapshot with { PolicyVersion = null } : snapshot, Clock, policy, _logger);
    }

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
    /// <exception cref="SnapshotRejectedException">The snapshot is inconsistent, or names a version this factory does not hold.</exception>
    /// <exception cref="PolicyNotInForceException">Under a schedule: a snapshot without a version name was created before the first version.</exception>
    public SpecialistInvitationLifecycle Restore(SpecialistInvitationSnapshot snapshot)
    {
        var policy = PolicyFor(snapshot ?? throw new ArgumentNullException(nameof(snapshot)), out var nameDropped);
        return SpecialistInvitationLifecycle.Restore(nameDropped ? snapshot with { PolicyVersion = null } : snapshot, Clock, policy, _logger);
    }

    /// <summary>
    /// A lifecycle of any kind from storage: the <c>Restore</c> of the snapshot's own type (a store files every kind
    /// through <see cref="ILifecycleSnapshot"/>).
    /// </summary>
    /// <param name="snapshot">One of the five snapshot records.</param>
    /// <returns>The restored lifecycle, as its untyped interface.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="snapshot"/> is not one of the library's snapshot records.</exception>
    /// <exception cref="SnapshotRejectedException">The snapshot is inconsistent, or names a version this factory does not hold.</exception>
    /// <exception cref="PolicyNotInForceException">Under a schedule: a snapshot without a version name was created before the first version.</exception>
    public ILifecycle Restore(ILifecycleSnapshot snapshot) => snapshot switch
    {
        null => throw new ArgumentNullException(nameof(snapshot)),
        OpportunitySnapshot opportunity => Restore(opportunity),
        InvoiceReturnSnapshot invoiceReturn => Restore(invoiceReturn),
        CustomerAssociationSnapshot association => Restore(association),
        IncentiveSettlementSnapshot settlement => Restore(settlement),
        SpecialistInvitationSnapshot invitation => Restore(invitation),
        _ => throw new ArgumentException($"{snapshot.GetType().Name} is not a PartnerRules snapshot: only the five snapshot records restore.", nameof(snapshot)),
    };
}
