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
public sealed partial class OpportunityLifecycle : ILifecycle<OpportunityState, OpportunityTrigger>, ILifecycle, IObligationSource
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
