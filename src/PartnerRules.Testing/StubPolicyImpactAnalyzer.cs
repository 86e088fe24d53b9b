using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartnerRules.Testing;

/// <summary>
/// A hand-configurable <see cref="IPolicyImpactAnalyzer"/> for unit tests of what-if code: each subject's
/// baseline and proposal decisions come from a delegate you set (by default: both approved, so nothing
/// changes), and the result is built from them with <see cref="PolicyImpact.Compare"/>, so its counts and
/// changes are consistent. Every comparison is recorded in <see cref="Calls"/>.
/// </summary>
/// <remarks>Thread-safe for comparisons; set the delegates before use.</remarks>
public sealed class StubPolicyImpactAnalyzer : IPolicyImpactAnalyzer
{
    private readonly ConcurrentQueue<string> _calls = new();

    /// <summary>A partner's HO decisions under the baseline and under the proposal. Default: both approved.</summary>
    public Func<PartnerProfile, Instant, ProgramPolicy, (Decision Baseline, Decision Proposal)> HoEligibility { get; set; } =
        (_, _, _) => (StubPartnerRulesEngine.Approved(StubPartnerRulesEngine.HoCodes), StubPartnerRulesEngine.Approved(StubPartnerRulesEngine.HoCodes));

    /// <summary>A claim's decisions under the baseline and under the proposal. Default: both approved, paying zero CNY.</summary>
    public Func<IncentiveClaim, ProgramPolicy, (IncentiveDecision Baseline, IncentiveDecision Proposal)> Incentive { get; set; } =
        (_, _) => (ApprovedIncentive(), ApprovedIncentive());

    /// <summary>Every comparison so far, in order, as "CompareHoEligibility:2027:3" or "CompareIncentives:2027:1" (proposal version, subject count).</summary>
    public IReadOnlyList<string> Calls => _calls.ToArray();

    /// <inheritdoc />
    public PolicyImpact<PartnerProfile> CompareHoEligibility(IReadOnlyList<PartnerProfile> partners, Instant asOf, ProgramPolicy proposal)
    {
        Require(partners, nameof(partners), proposal);
        _calls.Enqueue($"CompareHoEligibility:{proposal.Version}:{partners.Count}");
        var decisions = partners.Select(p => HoEligibility(p, asOf, proposal)).ToArray();
        return PolicyImpact.Compare(partners, decisions.Select(d => d.Baseline).ToArray(), decisions.Select(d => d.Proposal).ToArray());
    }

    /// <inheritdoc />
    public PolicyImpact<IncentiveClaim> CompareIncentives(IReadOnlyList<IncentiveClaim> claims, ProgramPolicy proposal)
    {
        Require(claims, nameof(claims), proposal);
        _calls.Enqueue($"CompareIncentives:{proposal.Version}:{claims.Count}");
        var decisions = claims.Select(c => Incentive(c, proposal)).ToArray();
        return PolicyImpact.Compare(claims, decisions.Select(d => (Decision)d.Baseline).ToArray(), decisions.Select(d => (Decision)d.Proposal).ToArray());
    }

    private static IncentiveDecision ApprovedIncentive() =>
        new(true, StubPartnerRulesEngine.IncentiveCodes.Select(c => new Finding(c, true, "stub: passed")).ToArray(), Money.Cny(0m), null, false);

    private static void Require<T>(IReadOnlyList<T> subjects, string name, ProgramPolicy proposal)
    {
        if (subjects is null)
        {
            throw new ArgumentNullException(name);
        }

        if (proposal is null)
        {
            throw new ArgumentNullException(nameof(proposal));
        }
    }
}
