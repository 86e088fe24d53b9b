using System.Collections.Generic;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// The rules engine: HO eligibility, project-specialist links and incentive amounts, each explained
/// criterion by criterion.
/// </summary>
/// <remarks>Thread-safe: create once, share across the application.</remarks>
public interface IPartnerRulesEngine
{
    /// <summary>Whether a partner may receive Huawei-originated opportunities (HO) at <paramref name="asOf"/>.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="asOf">The evaluation instant; facts dated after it have not happened yet.</param>
    /// <returns>Findings <c>HO.PCE_MEMBER</c>, <c>HO.SHARES_OPPORTUNITIES</c>, <c>HO.DEVELOPMENT_PATH</c>, and when time alone flips the verdict.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="partner"/> is null or holds invalid data (a default id, a stage or origin that is not a declared value).</exception>
    Decision EvaluateHoEligibility(PartnerProfile partner, Instant asOf);

    /// <summary>HO eligibility for many partners at once; decisions in the same order as <paramref name="partners"/>.</summary>
    /// <param name="partners">The partners.</param>
    /// <param name="asOf">The evaluation instant.</param>
    /// <exception cref="System.ArgumentException"><paramref name="partners"/> is null or holds a null or invalid profile.</exception>
    IReadOnlyList<Decision> EvaluateHoEligibility(IReadOnlyList<PartnerProfile> partners, Instant asOf);

    /// <summary>Whether <paramref name="invitingPartner"/> may link <paramref name="account"/> as a project specialist.</summary>
    /// <param name="invitingPartner">The partner sending the invitation.</param>
    /// <param name="account">The employee's personal account.</param>
    /// <param name="asOf">The evaluation instant.</param>
    /// <returns>Findings in order <c>STAFF.NOT_ENTERPRISE_VERIFIED</c>, <c>STAFF.NOT_LINKED_ELSEWHERE</c>, <c>STAFF.REAL_NAME_VERIFIED</c>, <c>STAFF.NOT_PARTNER_ACCOUNT</c>, <c>STAFF.LINK_LIMIT</c>.</returns>
    /// <exception cref="System.ArgumentException">An argument is null, default or invalid.</exception>
    Decision EvaluateStaffLink(PartnerId invitingPartner, PersonalAccount account, Instant asOf);

    /// <summary>Whether an incentive claim pays, and how much.</summary>
    /// <param name="claim">The claim.</param>
    /// <returns>Findings <c>INCENTIVE.SPEND_PERIOD_COMPLETE</c>, <c>INCENTIVE.COMMITTEE_APPROVAL</c>; the payable amount, the row's cap and whether it applied.</returns>
    /// <exception cref="System.ArgumentException">The claim is null, has a kind or customer type that is not a declared value, or has negative or mixed-currency amounts, or a currency other than the programme's.</exception>
    IncentiveDecision EvaluateIncentive(IncentiveClaim claim);
}
