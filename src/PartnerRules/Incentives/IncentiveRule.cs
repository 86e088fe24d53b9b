using System.Collections.Generic;
using PartnerRules.Engine;

namespace PartnerRules.Incentives;

/// <summary>A criterion of an incentive claim (DOMAIN.md §5).</summary>
internal abstract class IncentiveRule : CriterionRule<IncentiveContext, IncentiveSubject>
{
    /// <inheritdoc />
    protected override IReadOnlyList<string> Codes => RuleSets.IncentiveCodes;
}
