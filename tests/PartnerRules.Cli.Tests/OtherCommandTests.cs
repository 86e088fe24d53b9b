using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PartnerRules.Cli.Commands;

namespace PartnerRules.Cli.Tests;

public sealed class OtherCommandTests
{
    [Fact]
    public void Incentives_from_csv_and_json_are_the_same_decisions()
    {
        var csv = Cli.Run("incentives", "--claims", Cli.Sample("claims.csv"), "--format", "json");
        var json = Cli.Run("incentives", "--claims", Cli.Sample("claims.json"), "--format", "json");

        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(csv.Out, json.Out);
        var claims = JsonDocument.Parse(csv.Out).RootElement.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(6, claims.Count);
        var capped = claims[2].GetProperty("decision");
        Assert.True(capped.GetProperty("isCapped").GetBoolean());
        Assert.Equal(150000m, capped.GetProperty("payable").GetProperty("amount").GetDecimal());
    }

    [Fact]
    public void The_incentives_table_says_payable_cap_and_capped()
    {
        var result = Cli.Run("incentives", "--claims", Cli.Sample("claims.csv"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("150,000.00 CNY", result.Out, StringComparison.Ordinal);
        Assert.Contains("6 claims decided: 3 approved, 3 refused, 2 capped; 0 invalid records.", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opportunity")]
    [InlineData("invoice-return")]
    [InlineData("association")]
    [InlineData("settlement")]
    [InlineData("invitation")]
    public void A_diagram_in_mermaid_is_the_lifecycle_s_own_and_in_dot_has_the_same_edges(string lifecycle)
    {
        var mermaid = Cli.Run("diagram", lifecycle);
        var dot = Cli.Run("diagram", lifecycle, "--format", "dot");

        Assert.Equal(0, mermaid.ExitCode);
        Assert.StartsWith("stateDiagram-v2", mermaid.Out, StringComparison.Ordinal);
        Assert.StartsWith($"digraph \"{lifecycle}\" {{", dot.Out, StringComparison.Ordinal);
        var edges = mermaid.Out.Split('\n').Count(l => l.Contains("-->", StringComparison.Ordinal));
        Assert.Equal(edges, dot.Out.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_opportunity_diagram_in_dot_names_its_transitions_and_its_start()
    {
        var dot = Cli.Run("diagram", "opportunity", "--format", "dot").Out;

        Assert.Contains("\"Offered\" -> \"Active\" [label=\"Accept [HO] [offer within HoOfferResponseTime]\"];", dot, StringComparison.Ordinal);
        Assert.Contains("__start -> \"Draft\";", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_seed_writes_the_same_population_and_another_seed_another()
    {
        var one = Cli.Run("sample", "--partners", "20", "--seed", "3");
        var again = Cli.Run("sample", "--partners", "20", "--seed", "3");
        var other = Cli.Run("sample", "--partners", "20", "--seed", "4");

        Assert.Equal(one.Out, again.Out);
        Assert.NotEqual(one.Out, other.Out);
        Assert.Equal(20, JsonDocument.Parse(one.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public void The_committed_sample_is_what_the_sample_command_writes()
    {
        using var temp = new TempFolder();
        var json = temp.File("partners.json");
        var partners = temp.File("partners.csv");
        var opportunities = temp.File("opportunities.csv");

        Assert.Equal(0, Cli.Run("sample", "--partners", "50", "--seed", "1", "--out", json).ExitCode);
        Assert.Equal(0, Cli.Run("sample", "--partners", "50", "--seed", "1", "--out", partners, "--opportunities", opportunities).ExitCode);

        Assert.Equal(File.ReadAllText(Cli.Sample("partners.json")), File.ReadAllText(json));
        Assert.Equal(File.ReadAllText(Cli.Sample("partners.csv")), File.ReadAllText(partners));
        Assert.Equal(File.ReadAllText(Cli.Sample("opportunities.csv")), File.ReadAllText(opportunities));
    }

    [Theory]
    [InlineData("ho")]
    [InlineData("incentives")]
    [InlineData("what-if")]
    [InlineData("diagram")]
    [InlineData("sample")]
    public void Every_command_s_help_ends_with_examples(string command)
    {
        var result = Cli.Run(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:\n  partnerrules " + command, result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_of_the_tool_exists_in_english_and_chinese()
    {
        Assert.Equal(Texts.English.Keys.Order(), Texts.Chinese.Keys.Order());
        Assert.Contains("partnerrules", Examples.ByCommand.Keys);
    }
}
