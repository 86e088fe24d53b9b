using System.Collections.Generic;
using PartnerRules.Criteria;

namespace PartnerRules.Incentives;

/// <summary>A criterion of an incentive claim (docs/programme-rules.md §5): whether the claim pays at all.</summary>
internal abstract class IncentiveRule : CriterionRule<IncentiveContext, IncentiveClaim>
{
    /// <summary>The NRules tag of the incentive rule set (criteria and amount rows).</summary>
    public const string Tag = "Incentive";

    /// <inheritdoc />
    protected override IReadOnlyList<string> Codes => FindingCodes.Incentive;

    /// <summary>Names a claim in error texts (the partner's id only).</summary>
    public static string Describe(IncentiveClaim claim) => "an incentive claim of partner " + claim.Partner.Value;
}
