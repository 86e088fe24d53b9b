using System.Collections.Generic;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// What-if (docs/programme-rules.md §9): decides a population under the baseline (the versions in force, as usual) and
/// under a proposed policy, and lists who the proposal affects. Pure: nothing is logged as decided and
/// nothing changes.
/// </summary>
/// <remarks>
/// In <c>PartnerRules</c>, not in the contracts package, because a proposal is a <see cref="ProgramPolicy"/>,
/// which lives here. Code that asks "who would this policy affect?" builds proposals and so references
/// <c>PartnerRules</c> anyway; depend on this interface and fake it with <c>StubPolicyImpactAnalyzer</c>
/// from <c>PartnerRules.Testing</c>. Implementations are thread-safe.
/// </remarks>
public interface IPolicyImpactAnalyzer
{
    /// <summary>HO eligibility of <paramref name="partners"/> at <paramref name="asOf"/>, under the baseline and as if <paramref name="proposal"/> were in force on every date.</summary>
    /// <param name="partners">The partners.</param>
    /// <param name="asOf">The evaluation instant.</param>
    /// <param name="proposal">The proposed policy.</param>
    /// <returns>The counts and, in input order, each partner whose verdict or any criterion changes.</returns>
    /// <exception cref="System.ArgumentException">An argument is null or invalid, or the proposal is an invalid policy.</exception>
    PolicyImpact<PartnerProfile> CompareHoEligibility(IReadOnlyList<PartnerProfile> partners, Instant asOf, ProgramPolicy proposal);

    /// <summary>Incentive claims under the baseline (each by its project's start date) and as if <paramref name="proposal"/> were in force on every date.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="proposal">The proposed policy.</param>
    /// <returns>The counts and, in input order, each claim whose verdict, any criterion or payable changes.</returns>
    /// <exception cref="System.ArgumentException">An argument is null or invalid, or the proposal is an invalid policy.</exception>
    PolicyImpact<IncentiveClaim> CompareIncentives(IReadOnlyList<IncentiveClaim> claims, ProgramPolicy proposal);
}
