using System.Collections.Generic;

namespace PartnerRules;

/// <summary>The verdict on an incentive claim and the amount it pays.</summary>
/// <param name="IsApproved">True when every criterion passed.</param>
/// <param name="Findings">One finding per criterion: <c>INCENTIVE.SPEND_PERIOD_COMPLETE</c>, <c>INCENTIVE.COMMITTEE_APPROVAL</c>.</param>
/// <param name="Payable">What the incentive pays; zero in the claim's currency when refused.</param>
/// <param name="Cap">The row's cap (also on a refusal); null for the fixed-amount row.</param>
/// <param name="IsCapped">True only when the cap lowered the amount.</param>
public sealed record IncentiveDecision(bool IsApproved, IReadOnlyList<Finding> Findings,
    Money Payable, Money? Cap, bool IsCapped) : Decision(IsApproved, Findings);
