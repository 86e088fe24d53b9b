using System.Collections.Generic;
using PartnerRules.Criteria;

namespace PartnerRules.StaffLinks;

/// <summary>A criterion for linking a personal account as a project specialist (docs/programme-rules.md §4), decided on one account.</summary>
internal abstract class StaffLinkRule : CriterionRule<StaffLinkContext, PersonalAccount>
{
    /// <summary>The NRules tag of the staff-link rule set.</summary>
    public const string Tag = "StaffLink";

    /// <inheritdoc />
    protected override IReadOnlyList<string> Codes => FindingCodes.StaffLink;

    /// <summary>Names an account in error texts: never its id (personal data, docs/programme-rules.md §8).</summary>
    public static string Describe(PersonalAccount account) => "the personal account (id withheld: personal data)";
}
