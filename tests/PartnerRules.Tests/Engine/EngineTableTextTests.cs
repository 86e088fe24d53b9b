using System;
using PartnerRules.Engine;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// The names of the engine's tables where a reader sees them: the rule catalogue's Markdown keeping a description's pipe
/// inside its cell. (A claim no row matches fails closed naming the incentive table: FailClosedTests; through the public
/// engine such a claim, of an undeclared kind, is refused as bad input first: GuardMessageTests.)
/// </summary>
public sealed class EngineTableTextTests
{
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
