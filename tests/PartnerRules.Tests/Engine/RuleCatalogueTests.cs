using System;
using System.IO;
using System.Linq;
using PartnerRules.Engine;
using PartnerRules.Tests.Support;

namespace PartnerRules.Tests.Engine;

/// <summary>docs/rules.md is generated from the rules' metadata and must not drift.</summary>
public sealed class RuleCatalogueTests
{
    [Fact]
    public void The_rule_catalogue_in_docs_is_current()
    {
        var path = Path.Combine(Repository.Root(), "docs", "rules.md");
        // Loaded afresh, not from the process-wide cache: the test sees the rules as they are now.
        var expected = RuleCatalogue.ToMarkdown(RuleCatalogue.Load(), RuleCatalogue.LoadRows());
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;

        if (actual != expected)
        {
            GeneratedDocs.Update(path, expected);
        }
    }

    [Fact]
    public void The_catalogue_lists_every_code_with_its_rule_and_policy_values()
    {
        var markdown = RuleCatalogue.ToMarkdown();

        foreach (var code in new[] { "HO.PCE_MEMBER", "HO.SHARES_OPPORTUNITIES", "HO.DEVELOPMENT_PATH", "STAFF.LINK_LIMIT", "INCENTIVE.COMMITTEE_APPROVAL" })
        {
            Assert.Contains($"`{code}`", markdown, StringComparison.Ordinal);
        }

        Assert.Contains("`DifferentiatedOrCertifiedWithDeliveredPosRule`", markdown, StringComparison.Ordinal);
        Assert.Contains("`RequiredDeliveredPos` = 3", markdown, StringComparison.Ordinal);
        Assert.Contains("`StaffLinkWindow` = P1Y", markdown, StringComparison.Ordinal);
        Assert.Contains("| Acceleration | Existing | Acceleration, existing customer (`AccelerationExistingCustomerAmountRule`)", markdown, StringComparison.Ordinal);
        Assert.Contains("`Count`, `Limit`, `WindowStart`, `PassesOn`", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_incentive_table_has_exactly_one_row_rule_per_incentive_and_customer_type()
    {
        var rows = RuleCatalogue.LoadRows();

        Assert.Equal(4, rows.Count);
        Assert.Equal(4, rows.Select(r => (r.Kind, r.Customer)).Distinct().Count());
    }
}
