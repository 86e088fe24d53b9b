using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PartnerRules.Cli.Tests;

public sealed class WhatIfCommandTests
{
    private static readonly string Proposal = Path.Combine(Cli.Repo, "samples", "policies", "proposal-2027.json");

    private static CliResult WhatIf(params string[] more) =>
        Cli.Run(["what-if", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--lang", "en", .. more]);

    [Fact]
    public void A_proposal_requiring_four_deliveries_refuses_a_partner_with_three_and_names_the_criterion()
    {
        using var temp = new TempFolder();
        var partners = temp.File("partners.json", TestPartners.ThreeDeliveries);
        var proposal = temp.File("proposal.json", """{ "version": "2027", "requiredDeliveredPos": 4 }""");

        var result = Cli.Run("what-if", "--partners", partners, "--as-of", "2026-11-29", "--proposal", proposal, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("default", root.GetProperty("baseline").GetString());
        Assert.Equal("2027", root.GetProperty("proposal").GetString());
        var ho = root.GetProperty("ho");
        Assert.Equal((1, 0, 1), (ho.GetProperty("evaluated").GetInt32(), ho.GetProperty("newlyApproved").GetInt32(), ho.GetProperty("newlyRefused").GetInt32()));
        var change = ho.GetProperty("changes")[0];
        Assert.Equal("P-3", change.GetProperty("partner").GetString());
        Assert.True(change.GetProperty("baseline").GetProperty("isApproved").GetBoolean());
        Assert.False(change.GetProperty("proposal").GetProperty("isApproved").GetBoolean());
        Assert.Equal(["HO.DEVELOPMENT_PATH"], change.GetProperty("changedCriteria").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("incentives").ValueKind);
    }

    [Fact]
    public void The_table_gives_the_counts_and_each_changed_partner_and_claim_with_its_payable_difference()
    {
        var result = WhatIf("--proposal", Proposal, "--claims", Cli.Sample("claims.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("What-if: proposal proposal-2027 against default, as of 2026-11-29T15:59:59Z.", result.Out, StringComparison.Ordinal);
        Assert.Contains("HO eligibility: 50 evaluated, 0 newly eligible, 2 newly not eligible, 9 changed.", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"P-000010 +│ eligible +│ not eligible +│ HO\.DEVELOPMENT_PATH", result.Out);
        Assert.Contains("Incentive claims: 6 evaluated, 0 newly approved, 0 newly refused, 1 changed.", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"P-000017 +│ Acceleration/New \(line \d+, record 3\) .*150000\.00 CNY → 100000\.00 CNY │ -50000\.00 CNY", result.Out);
    }

    [Fact]
    public void The_chinese_table_speaks_chinese()
    {
        var result = Cli.Run("what-if", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--proposal", Proposal, "--lang", "zh-CN");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("HO 资格：评估 50 个，0 个新增符合，2 个新增不符合，9 个有变化。", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_csv_files_hold_every_change()
    {
        using var temp = new TempFolder();
        var json = temp.File("impact.json");
        var csv = temp.File("impact.csv");

        Assert.Equal(0, WhatIf("--proposal", Proposal, "--claims", Cli.Sample("claims.csv"), "--out", json, "--quiet").ExitCode);
        Assert.Equal(0, WhatIf("--proposal", Proposal, "--claims", Cli.Sample("claims.csv"), "--out", csv, "--quiet").ExitCode);

        var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        Assert.Equal(9, root.GetProperty("ho").GetProperty("changes").GetArrayLength());
        var claim = root.GetProperty("incentives").GetProperty("changes")[0];
        Assert.Equal(-50000m, claim.GetProperty("payableDifference").GetProperty("amount").GetDecimal());
        var lines = File.ReadAllLines(csv);
        Assert.Equal("kind,partner,claim,baselineApproved,proposalApproved,changedCriteria,baselinePayable,proposalPayable,payableDifference", lines[0]);
        Assert.Equal(11, lines.Length);
        Assert.Contains("ho,P-000010,,true,false,HO.DEVELOPMENT_PATH,,,", lines);
        Assert.StartsWith("incentive,P-000017,Acceleration/New (line ", lines[10], StringComparison.Ordinal);
        Assert.EndsWith(",150000.00 CNY,100000.00 CNY,-50000.00 CNY", lines[10], StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_partner_records_are_reported_and_the_valid_ones_still_compared()
    {
        using var temp = new TempFolder();
        var partners = temp.File("partners.json", """
            [ { "id": "P-1", "stage": "Registered", "isPceMember": false },
              { "id": "P-2", "stage": "Knighted", "isPceMember": false } ]
            """);

        var result = Cli.Run("what-if", "--partners", partners, "--as-of", "2026-11-29", "--proposal", Proposal, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("partners.json: line 2, record 2: ", result.Err, StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(result.Out).RootElement.GetProperty("ho").GetProperty("evaluated").GetInt32());
    }

    [Theory]
    [InlineData("""{ "requiredDeliverdPos": 4 }""", "$.requiredDeliverdPos: The programme policy has no property \"requiredDeliverdPos\" (did you mean \"requiredDeliveredPos\"?)")]
    [InlineData("""{ "requiredDeliveredPos": 0, "deliveredPoWindow": 12 }""", "(2 problems):\n  $.deliveredPoWindow: \"deliveredPoWindow\" must be an ISO 8601 period")]
    [InlineData("""{ "currency": "USD" }""", "$: FirstProjectNewCustomerCap must be in the programme currency USD (was 300000.00 CNY)")]
    [InlineData("""{ "versions": [ { "effectiveFrom": "2027-01-01", "policy": { "version": "2027" } } ] }""", "is a policy schedule; a proposal is one policy document")]
    [InlineData("""{ "version": "2027", """, "--proposal: ")]
    public void A_bad_proposal_is_a_usage_error_that_says_what_is_wrong(string proposal, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.File("proposal.json", proposal);

        var result = WhatIf("--proposal", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains(expected, result.Err.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_proposal_in_another_time_zone_is_refused_by_the_engine_s_own_check()
    {
        using var temp = new TempFolder();
        var path = temp.File("proposal.json", """{ "version": "paris", "timeZone": "Europe/Paris" }""");

        var result = WhatIf("--proposal", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--proposal: The proposed policy is invalid (1 problem): the proposal's TimeZone is Europe/Paris, the schedule's is Asia/Shanghai.", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--proposal", "no-such-proposal.json")]
    [InlineData("--claims", "no-such-claims.json")]
    [InlineData("--as-of", "tomorrow")]
    [InlineData("--out", "impact.txt")]
    public void A_missing_file_or_a_bad_option_is_a_usage_error(string option, string value)
    {
        string[] proposal = option == "--proposal" ? [] : ["--proposal", Proposal];
        var result = Cli.Run(["what-if", "--partners", Cli.Sample("partners.json"), .. proposal, option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option + ": ", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_proposal_the_command_does_not_run()
    {
        var result = Cli.Run("what-if", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--proposal", result.Err, StringComparison.Ordinal);
    }
}
