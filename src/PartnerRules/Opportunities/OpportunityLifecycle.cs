using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.Lifecycles;
using PartnerRules.Opportunities;

namespace PartnerRules;

/// <summary>
/// An opportunity (机会点) from creation to its end. PO (partner-originated): Draft, Submit, then the
/// review approves (Active), returns it for changes (ActionRequired, then Submit again) or rejects
/// it; Withdraw from Draft or ActionRequired. HO (Huawei-originated): offered to an eligible
/// partner, who accepts (Active), declines or lets it expire. Then Win (signed) and Deliver, or Lose.
/// </summary>
/// <remarks>
/// Not thread-safe: use one instance from one thread at a time (load, act, save); <see cref="Revision"/>
/// lets a store detect a stale write (optimistic concurrency: use it as the ETag). Every step and edit is stamped by the
/// injected <see cref="IClock"/>. A refused call changes nothing.
/// </remarks>
public sealed class OpportunityLifecycle : ILifecycle<OpportunityState, OpportunityTrigger>, ILifecycle, IObligationSource
{
    private readonly LifecycleCore<OpportunityState, OpportunityTrigger, OpportunityLifecycle> _core;

    private readonly ProgramPolicy _policy;

    private OpportunityLifecycle(LifecycleKey key, OpportunityId id, OpportunityOrigin origin, IClock clock, Instant createdAt, OpportunityState state,
        IReadOnlyList<Transition<OpportunityState, OpportunityTrigger>> history, Instant lastUpdatedAt, OpportunityForm form, ProgramPolicy policy, long revision,
        ILogger? logger, PartnerId? partner = null, Decision? offerDecision = null)
    {
        Key = key;
        Id = id;
        Origin = origin;
        Form = form;
        Partner = partner;
        OfferDecision = offerDecision;
        _policy = policy;
        _core = new(OpportunityTable.Table, this, (int)origin, LifecycleClock.Checked(clock, policy), createdAt, state, history, lastUpdatedAt, policy.Version, revision,
            LifecycleLog.For(logger, "Opportunity", id.Value), FailedFindings);
    }

    /// <summary>The partner an HO was offered to, when the offer named it (<see cref="Offer(OpportunityId, PartnerId, Decision, IClock, ProgramPolicy)"/>); null for a PO and for an offer made without it.</summary>
    public PartnerId? Partner { get; }

    /// <summary>The HO-eligibility decision that allowed the offer, when the offer named the partner; null otherwise. Creation data, not a transition.</summary>
    public Decision? OfferDecision { get; }

    /// <summary>The opportunity.</summary>
    public OpportunityId Id { get; }

    /// <summary>PO (partner-originated) or HO (Huawei-originated).</summary>
    public OpportunityOrigin Origin { get; }

    /// <summary>The form as last saved with <see cref="Edit"/> (empty for a new draft or offer).</summary>
    public OpportunityForm Form { get; private set; }

    /// <inheritdoc />
    public OpportunityState State => _core.State;

    /// <inheritdoc />
    public long Version => _core.Version;

    /// <inheritdoc />
    public long Revision => _core.Revision;

    /// <summary>This lifecycle instance: new for every lifecycle a factory makes, kept by <see cref="ToSnapshot"/> and <c>Restore</c>.</summary>
    public LifecycleKey Key { get; }

    /// <inheritdoc />
    LifecycleKind ILifecycle.Kind => LifecycleKind.Opportunity;

    /// <inheritdoc />
    string ILifecycle.StateName => LifecycleKeys.StateName(State);

    /// <inheritdoc />
    ILifecycleSnapshot ILifecycle.ToSnapshot() => ToSnapshot();

    /// <inheritdoc />
    public string PolicyVersion => _core.PolicyVersion;

    /// <inheritdoc />
    public IReadOnlyList<OpportunityTrigger> PermittedTriggers => _core.PermittedTriggers;

    /// <inheritdoc />
    public IReadOnlyList<Transition<OpportunityState, OpportunityTrigger>> History => _core.History;

    /// <summary>
    /// In <see cref="OpportunityState.Offered"/> under a policy with a <see cref="ProgramPolicy.HoOfferResponseTime"/>: the
    /// offer's answer, <c>HO.OFFER_RESPONSE</c>, expected from the offer's local date and due that date plus the response
    /// time, overdue from the programme's midnight after it (then Accept and Decline are refused and Expire is due). Null
    /// in every other state, and always when the policy sets no response time.
    /// </summary>
    public Deadline? Deadline => State == OpportunityState.Offered ? OfferDeadline() : null;

    /// <inheritdoc />
    string IObligationSource.SubjectId => Id.Value;

    /// <inheritdoc />
    Deadline? IObligationSource.RunningDeadline(ProgramPolicy policy) => Deadline;

    /// <inheritdoc cref="CreateDraft(OpportunityId, IClock, ProgramPolicy, ILogger)"/>
    public static OpportunityLifecycle CreateDraft(OpportunityId id, IClock clock, ProgramPolicy? policy = null) => CreateDraft(id, clock, policy, null);

    /// <summary>Creates a PO saved as a draft (state <see cref="OpportunityState.Draft"/>), stamped by <paramref name="clock"/>.</summary>
    /// <param name="id">The opportunity.</param>
    /// <param name="clock">The clock that stamps every step and edit.</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>, or the policy is invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static OpportunityLifecycle CreateDraft(OpportunityId id, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        var checkedPolicy = CheckArguments(id, clock, policy);
        var now = LifecycleClock.Read(clock, checkedPolicy);
        return new OpportunityLifecycle(LifecycleKey.New(), id, OpportunityOrigin.PartnerOriginated, clock, now, OpportunityState.Draft, [], now, new OpportunityForm(), checkedPolicy, 0, logger);
    }

    /// <inheritdoc cref="Offer(OpportunityId, Decision, IClock, ProgramPolicy, ILogger)"/>
    public static OpportunityLifecycle Offer(OpportunityId id, Decision hoEligibility, IClock clock, ProgramPolicy? policy = null) => Offer(id, hoEligibility, clock, policy, null);

    /// <summary>
    /// Offers an HO opportunity to a partner (state <see cref="OpportunityState.Offered"/>): only with an
    /// approved HO-eligibility decision from the rules engine.
    /// </summary>
    /// <param name="id">The opportunity.</param>
    /// <param name="hoEligibility">The partner's HO-eligibility decision; it must be approved.</param>
    /// <param name="clock">The clock that stamps every step and edit.</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hoEligibility"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is <c>default</c>, or the policy is invalid.</exception>
    /// <exception cref="InvalidTransitionException">The decision is not approved: <c>State</c> "", <c>Trigger</c> "Offer", the decision's failed findings.</exception>
    public static OpportunityLifecycle Offer(OpportunityId id, Decision hoEligibility, IClock clock, ProgramPolicy? policy, ILogger? logger) =>
        Offer(id, null, hoEligibility, clock, policy, logger);

    /// <inheritdoc cref="Offer(OpportunityId, PartnerId, Decision, IClock, ProgramPolicy, ILogger)"/>
    public static OpportunityLifecycle Offer(OpportunityId id, PartnerId partner, Decision hoEligibility, IClock clock, ProgramPolicy? policy = null) =>
        Offer(id, partner, hoEligibility, clock, policy, null);

    /// <summary>
    /// Offers an HO opportunity to <paramref name="partner"/>, as <see cref="Offer(OpportunityId, Decision, IClock, ProgramPolicy, ILogger)"/>
    /// does, and keeps the partner and the decision that allowed the offer (<see cref="Partner"/>, <see cref="OfferDecision"/>)
    /// as creation data: in the snapshot, not in the history (<see cref="Version"/> counts transitions).
    /// </summary>
    /// <param name="id">The opportunity.</param>
    /// <param name="partner">The partner the opportunity is offered to.</param>
    /// <param name="hoEligibility">The partner's HO-eligibility decision; it must be approved.</param>
    /// <param name="clock">The clock that stamps every step and edit.</param>
    /// <param name="policy">The programme policy (zone, <see cref="ProgramPolicy.HoOfferResponseTime"/>); null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hoEligibility"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="partner"/> is <c>default</c>, or the policy is invalid.</exception>
    /// <exception cref="InvalidTransitionException">The decision is not approved: <c>State</c> "", <c>Trigger</c> "Offer", the decision's failed findings.</exception>
    public static OpportunityLifecycle Offer(OpportunityId id, PartnerId partner, Decision hoEligibility, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        LifecycleArguments.Identifier(partner.IsDefault, nameof(PartnerId), nameof(partner));
        return Offer(id, (PartnerId?)partner, hoEligibility, clock, policy, logger);
    }

    private static OpportunityLifecycle Offer(OpportunityId id, PartnerId? partner, Decision hoEligibility, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        if (hoEligibility is null)
        {
            throw new ArgumentNullException(nameof(hoEligibility), LifecycleErrors.OfferNeedsDecision);
        }

        var checkedPolicy = CheckArguments(id, clock, policy);
        if (!hoEligibility.IsApproved)
        {
            var failed = hoEligibility.FailedFindings();
            var message = LifecycleMessages.Format(LifecycleMessages.OfferRefused, LifecycleCore<OpportunityState, OpportunityTrigger, OpportunityLifecycle>.Describe(failed));
            throw new InvalidTransitionException(message, string.Empty, "Offer", [], failed);
        }

        var now = LifecycleClock.Read(clock, checkedPolicy);
        return new OpportunityLifecycle(LifecycleKey.New(), id, OpportunityOrigin.HuaweiOriginated, clock, now, OpportunityState.Offered, [], now, new OpportunityForm(), checkedPolicy, 0, logger,
            partner, partner is null ? null : hoEligibility);
    }

    /// <inheritdoc cref="Restore(OpportunitySnapshot, IClock, ProgramPolicy, ILogger)"/>
    public static OpportunityLifecycle Restore(OpportunitySnapshot snapshot, IClock clock, ProgramPolicy? policy = null) => Restore(snapshot, clock, policy, null);

    /// <summary>Rebuilds a lifecycle from a snapshot made by <see cref="ToSnapshot"/>, after checking it is consistent.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="clock">The clock that stamps the next steps and edits.</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="SnapshotRejectedException">
    /// The snapshot is inconsistent (the message names the opportunity and lists every problem): a default id, null form or
    /// history, an undefined value, a history that does not start in the origin's initial state, does not chain, takes a step
    /// the origin does not permit, does not end in <c>State</c>, is out of time order or before the creation, or lacks a
    /// required reason; a <c>Version</c> other than the history's length; a <c>Revision</c> below it; a <c>LastUpdatedAt</c>
    /// before the last step; a <c>PolicyVersion</c> other than <paramref name="policy"/>'s.
    /// </exception>
    /// <exception cref="ArgumentException">The policy is invalid.</exception>
    public static OpportunityLifecycle Restore(OpportunitySnapshot snapshot, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var problems = new List<string>();
        if (snapshot.Id.IsDefault)
        {
            problems.Add("Id is default(OpportunityId)");
        }

        if (snapshot.Form is null)
        {
            problems.Add("Form is null");
        }

        SnapshotChecks.Defined(snapshot.Origin, nameof(snapshot.Origin), problems);
        if (EnumInfo<OpportunityOrigin>.IsDefined(snapshot.Origin))
        {
            SnapshotChecks.History(OpportunityTable.Table, (int)snapshot.Origin, snapshot.State, snapshot.Version, snapshot.CreatedAt, snapshot.History, problems);
        }

        var lastStep = snapshot.History is { Count: > 0 } history && history[history.Count - 1] is { } last ? last.At : snapshot.CreatedAt;
        if (snapshot.LastUpdatedAt < lastStep)
        {
            problems.Add(SnapshotChecks.Invariant($"LastUpdatedAt {snapshot.LastUpdatedAt} is before the creation or the last step at {lastStep}"));
        }

        if (snapshot.Partner is { IsDefault: true })
        {
            problems.Add("Partner is default(PartnerId)");
        }

        if ((snapshot.Partner is not null || snapshot.OfferDecision is not null) && snapshot.Origin != OpportunityOrigin.HuaweiOriginated)
        {
            problems.Add("Partner or OfferDecision is set on a PO: only an HO offer keeps them");
        }

        if (snapshot.OfferDecision is { IsApproved: false })
        {
            problems.Add("OfferDecision is not approved: an offer is made only with an approved decision");
        }

        var revision = SnapshotChecks.Conclude(snapshot, snapshot.Revision, snapshot.Version, policy, problems, nameof(OpportunitySnapshot));
        var checkedPolicy = CheckArguments(snapshot.Id, clock, policy);
        return new OpportunityLifecycle(snapshot.Key, snapshot.Id, snapshot.Origin, clock, snapshot.CreatedAt, snapshot.State,
            LifecycleLists.CopyOrNull(snapshot.History), snapshot.LastUpdatedAt, snapshot.Form!, checkedPolicy, revision, logger, snapshot.Partner, snapshot.OfferDecision);
    }

    /// <summary>The diagram of the opportunity lifecycle (PO and HO) in Mermaid, from the configured state machine, guards on the edges.</summary>
    public static string ToMermaid() => OpportunityTable.Table.ToMermaid();

    /// <inheritdoc />
    public bool CanFire(OpportunityTrigger trigger) => _core.CanFire(trigger);

    /// <inheritdoc />
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest recorded event.</exception>
    public void Fire(OpportunityTrigger trigger, string? reason = null) => _core.Fire(trigger, reason);

    /// <summary>Saves the form: allowed in Draft, ActionRequired, Active and Won, and counts as an update (not a transition).</summary>
    /// <param name="form">The new form (it may be incomplete; only Submit needs it complete).</param>
    /// <exception cref="InvalidTransitionException">The state forbids edits (<c>Trigger</c> "Edit"), whatever the form.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest recorded event.</exception>
    public void Edit(OpportunityForm form)
    {
        if (State is not (OpportunityState.Draft or OpportunityState.ActionRequired or OpportunityState.Active or OpportunityState.Won))
        {
            throw _core.Refusal("Edit", [], LifecycleMessages.Format(LifecycleMessages.EditNotPermitted, State));
        }

        if (form is null)
        {
            throw new ArgumentNullException(nameof(form));
        }

        var at = _core.Stamp();
        Form = form;
        _core.MarkUpdated(at);
    }

    /// <summary>The fact the rules read (<see cref="PartnerProfile.Opportunities"/>): last update, signing (Win) and delivery instants.</summary>
    public OpportunityRecord ToRecord()
    {
        Instant? signedAt = null;
        Instant? deliveredAt = null;
        foreach (var step in History)
        {
            if (step.Trigger == OpportunityTrigger.Win)
            {
                signedAt = step.At;
            }
            else if (step.Trigger == OpportunityTrigger.Deliver)
            {
                deliveredAt = step.At;
            }
        }

        return new OpportunityRecord(Id, Origin, _core.LastUpdatedAt) { SignedAt = signedAt, DeliveredAt = deliveredAt };
    }

    /// <summary>Everything needed to restore this lifecycle with <see cref="Restore(OpportunitySnapshot, IClock, ProgramPolicy)"/>.</summary>
    public OpportunitySnapshot ToSnapshot() =>
        new(Id, Origin, State, Version, _core.CreatedAt, _core.LastUpdatedAt, Form, History) { Key = Key, Revision = Revision, PolicyVersion = PolicyVersion, Partner = Partner, OfferDecision = OfferDecision };

    private static ProgramPolicy CheckArguments(OpportunityId id, IClock clock, ProgramPolicy? policy)
    {
        LifecycleArguments.Identifier(id.IsDefault, nameof(OpportunityId), nameof(id));
        return LifecycleArguments.ClockAndPolicy(clock, policy);
    }

    /// <summary>The response guard on Accept and Decline: no response time, or the clock's now before the deadline's overdue instant.</summary>
    internal bool OfferOpen() => OfferDeadline() is not { } deadline || _core.Now() < deadline.OverdueFrom;

    /// <summary><c>HO.OFFER_RESPONSE</c> of an HO under a policy with a response time; null otherwise.</summary>
    private Deadline? OfferDeadline()
    {
        if (Origin != OpportunityOrigin.HuaweiOriginated || _policy.HoOfferResponseTime is not { } responseTime)
        {
            return null;
        }

        var offeredOn = _core.CreatedAt.InZone(_policy.TimeZone).Date;
        var due = offeredOn.Plus(responseTime);
        return new Deadline(ObligationCodes.HoOfferResponse, offeredOn, due, _policy.TimeZone.AtStartOfDay(due.PlusDays(1)).ToInstant());
    }

    private IReadOnlyList<Finding> FailedFindings(OpportunityTrigger trigger) => trigger switch
    {
        OpportunityTrigger.Submit => OpportunityFormChecks.Failed(Form),
        OpportunityTrigger.Accept or OpportunityTrigger.Decline when OfferDeadline() is { } deadline && !OfferOpen() =>
            [new Finding(FindingCodes.HoOfferResponse, false, LifecycleMessages.Format(LifecycleMessages.HoOfferExpired,
                LifecycleMessages.Window(_policy.HoOfferResponseTime!), deadline.DueOn.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))],
        _ => [],
    };
}
