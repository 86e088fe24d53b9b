using System.Collections.Generic;
using PartnerRules.Engine;

namespace PartnerRules.StaffLinks;

/// <summary>A criterion for linking a personal account as a project specialist (DOMAIN.md §4).</summary>
internal abstract class StaffLinkRule : CriterionRule<StaffLinkContext, StaffLinkSubject>
{
    /// <inheritdoc />
    protected override IReadOnlyList<string> Codes => RuleSets.StaffLinkCodes;
}
