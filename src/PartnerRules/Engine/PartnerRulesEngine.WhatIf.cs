using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Eligibility;
using PartnerRules.Resources;

namespace PartnerRules;

/// <summary>What-if (docs/programme-rules.md §9): the same population under the schedule and under a proposal. Pure: nothing is logged as decided.</summary>
public sealed partial class PartnerRulesEngine
{
    /// <summary>
    /// HO eligibility of <paramref name="partners"/> at <paramref name="asOf"/> under the schedule (as
    /// <see cref="EvaluateHoEligibility(IReadOnlyList{PartnerProfile}, Instant)"/> decides it) and as if
    /// <paramref name="proposal"/> were in force on every date. Nothing is logged.
    /// </summary>
    /// <param name="partners">The partners.</param>
    /// <param name="asOf">The evaluation instant.</param>
    /// <param name="proposal">The proposed policy: valid, in the schedule's time zone and currency.</param>
    /// <returns>The counts and, in input order, each partner whose verdict or any criterion changes.</returns>
    /// <exception cref="ArgumentNullException">An argument or a profile is null.</exception>
    /// <exception cref="ArgumentException">A profile is invalid, or the proposal is (the message lists every problem).</exception>
    /// <exception cref="PolicyNotInForceException">No version of the schedule is in force on the local date of <paramref name="asOf"/>.</exception>
    public PolicyImpact<PartnerProfile> CompareHoEligibility(IReadOnlyList<PartnerProfile> partners, Instant asOf, ProgramPolicy proposal)
    {
        CheckPartners(partners);
        HoContext.CheckAsOf(_hoDates, asOf);
        var proposed = CheckProposal(proposal);
        var culture = Culture;

        // Chunk by chunk, in parallel: each chunk is decided under both and compared at once, and only its changes are
        // kept, so the two populations of decisions are never held together (most partners do not change).
        var impacts = new PolicyImpact<PartnerProfile>[Math.Max(1, ChunkCount(partners.Count))];
        InChunks(partners.Count, (first, count) =>
        {
            var slice = new PartnerProfile[count];
            for (var i = 0; i < count; i++)
            {
                slice[i] = partners[first + i];
            }

            impacts[first / BatchChunkSize] = PolicyImpact.Compare(slice, DecideHo(slice, asOf, Schedule, culture), DecideHo(slice, asOf, proposed, culture));
        });

        return PolicyImpact.Concat(partners.Count, impacts);
    }

    /// <summary>
    /// Incentive claims under the schedule (each by the version in force on its project's start date, as
    /// <see cref="EvaluateIncentive"/> decides it) and as if <paramref name="proposal"/> were in force on every date. Nothing is logged.
    /// </summary>
    /// <param name="claims">The claims.</param>
    /// <param name="proposal">The proposed policy: valid, in the schedule's time zone and currency.</param>
    /// <returns>The counts and, in input order, each claim whose verdict, any criterion or payable changes.</returns>
    /// <exception cref="ArgumentNullException">An argument or a claim is null.</exception>
    /// <exception cref="ArgumentException">A claim is invalid (as for <see cref="EvaluateIncentive"/>), or the proposal is (the message lists every problem).</exception>
    /// <exception cref="PolicyNotInForceException">No version of the schedule is in force on a claim's <see cref="IncentiveClaim.ProjectStartedOn"/>.</exception>
    public PolicyImpact<IncentiveClaim> CompareIncentives(IReadOnlyList<IncentiveClaim> claims, ProgramPolicy proposal)
    {
        if (claims is null)
        {
            throw new ArgumentNullException(nameof(claims), EngineErrors.ClaimsNull);
        }

        var proposed = CheckProposal(proposal).Newest;
        var policies = new ProgramPolicy[claims.Count];
        for (var i = 0; i < policies.Length; i++)
        {
            var claim = claims[i] ?? throw new ArgumentNullException(nameof(claims), EngineErrors.Format(EngineErrors.ClaimInListNull, i));
            policies[i] = PolicyOf(claim, nameof(claims));
        }

        var culture = Culture;
        var baseline = new Decision[policies.Length];
        var proposals = new Decision[policies.Length];
        for (var i = 0; i < policies.Length; i++)
        {
            baseline[i] = DecideIncentive(claims[i], policies[i], culture);
            proposals[i] = DecideIncentive(claims[i], proposed, culture);
        }

        return PolicyImpact.Compare(claims, baseline, proposals);
    }

    /// <summary>The proposal as a schedule in force on every date, after every check at once.</summary>
    private PolicySchedule CheckProposal(ProgramPolicy proposal)
    {
        if (proposal is null)
        {
            throw new ArgumentNullException(nameof(proposal));
        }

        var problems = new List<string>(proposal.GetProblems());
        if (proposal.TimeZone is { } zone && !zone.Equals(_zone))
        {
            problems.Add(EngineErrors.Format(EngineErrors.ProposalZone, zone.Id, _zone.Id));
        }

        if (!string.Equals(proposal.Currency, Policy.Currency, StringComparison.Ordinal))
        {
            problems.Add(EngineErrors.Format(EngineErrors.ProposalCurrency, proposal.Currency, Policy.Currency));
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                EngineErrors.Format(EngineErrors.ProposalInvalid, problems.Count, problems.Count == 1 ? "" : "s", string.Join("; ", problems)), nameof(proposal));
        }

        return PolicySchedule.Always(proposal);
    }
}
