using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.Lifecycles;
using PartnerRules.Opportunities;

namespace PartnerRules;

// How an opportunity lifecycle begins: a PO draft, an HO offer (with or without the partner it names), or a snapshot
// restored after its checks.
public sealed partial class OpportunityLifecycle
{
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

    private static ProgramPolicy CheckArguments(OpportunityId id, IClock clock, ProgramPolicy? policy)
    {
        LifecycleArguments.Identifier(id.IsDefault, nameof(OpportunityId), nameof(id));
        return LifecycleArguments.ClockAndPolicy(clock, policy);
    }
}
