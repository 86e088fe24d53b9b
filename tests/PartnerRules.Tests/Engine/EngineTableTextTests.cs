using System;
using PartnerRules.Engine;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// The names of the engine's tables where a reader sees them: the incentive table named when no row matches a claim
/// given to the public engine, and the rule catalogue's Markdown keeping a description's pipe inside its cell.
/// </summary>
public sealed class EngineTableTextTests
{
    [Fact]
    public void A_claim_no_row_matches_fails_closed_naming_the_incentive_table()
    {
        var claim = new IncentiveClaim(new PartnerId("P-9"), (IncentiveKind)7, CustomerType.Existing);

        var error = Assert.Throws<PartnerRulesException>(() => Engines.English.EvaluateIncentive(claim));

        Assert.Equal(
            "No rule of the incentive table matched an incentive claim of partner P-9; the decision is refused rather than decided by omission. This is a defect of the rule set: please report it.",
            error.Message);
    }

    [Fact]
    public void A_pipe_in_a_rule_s_description_is_escaped_so_the_table_keeps_its_columns()
    {
        var entries = RuleCatalogue.Load();
        entries[0] = entries[0] with { Description = "passes | fails" };
        var rows = RuleCatalogue.LoadRows();
        rows[0] = rows[0] with { Description = "pays | caps" };

        var markdown = RuleCatalogue.ToMarkdown(entries, rows);

        Assert.Contains($" (`{entries[0].RuleType.Name}`) | passes \\| fails | ", markdown, StringComparison.Ordinal);
        Assert.Contains($" (`{rows[0].RuleType.Name}`) | pays \\| caps | ", markdown, StringComparison.Ordinal);
    }
}
