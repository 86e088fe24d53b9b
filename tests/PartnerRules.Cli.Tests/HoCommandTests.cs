using System.IO;
using System.Linq;
using System.Text.Json;

namespace PartnerRules.Cli.Tests;

public sealed class HoCommandTests
{
    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Out).RootElement;

    [Fact]
    public void The_sample_population_is_decided_with_a_table_and_a_summary()
    {
        var result = Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Err);
        Assert.Contains("P-000001", result.Out, System.StringComparison.Ordinal);
        Assert.Contains("50 decided: 6 eligible, 44 not eligible; 0 invalid records.", result.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_holds_one_decision_per_partner_with_its_findings_and_the_summary()
    {
        var json = Json(Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--format", "json"));

        var decisions = json.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Equal(50, decisions.Count);
        Assert.All(decisions, d => Assert.Equal(3, d.GetProperty("decision").GetProperty("findings").GetArrayLength()));
        Assert.Equal(6, json.GetProperty("summary").GetProperty("eligible").GetInt32());
        Assert.Equal(42, json.GetProperty("summary").GetProperty("failingCriteria").GetProperty("HO.DEVELOPMENT_PATH").GetInt32());
    }

    [Fact]
    public void The_csv_pair_gives_the_same_decisions_as_the_json_file()
    {
        var fromJson = Json(Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--format", "json"));
        var fromCsv = Json(Cli.Run("ho", "--partners", Cli.Sample("partners.csv"), "--opportunities", Cli.Sample("opportunities.csv"),
            "--as-of", "2026-11-29", "--format", "json"));

        Assert.Equal(fromJson.GetProperty("decisions").GetRawText(), fromCsv.GetProperty("decisions").GetRawText());
    }

    [Fact]
    public void A_date_means_the_end_of_that_day_in_Shanghai_and_an_instant_needs_its_offset()
    {
        var endOfDay = Json(Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--format", "json"));
        var withOffset = Json(Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29T10:00:00+08:00", "--format", "json"));
        var noOffset = Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29T10:00:00");

        Assert.Equal("2026-11-29T15:59:59.999999999Z", endOfDay.GetProperty("asOf").GetString());
        Assert.Equal("2026-11-29T02:00:00Z", withOffset.GetProperty("asOf").GetString());
        Assert.Equal(2, noOffset.ExitCode);
        Assert.Contains("--as-of", noOffset.Err, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Decisions_go_to_a_csv_file_one_line_per_partner()
    {
        using var temp = new TempFolder();
        var path = temp.File("decisions.csv");

        var result = Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--out", path, "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        var lines = File.ReadAllLines(path);
        Assert.Equal("partner,eligible,changesOn,failing,messages", lines[0]);
        Assert.Equal(51, lines.Length);
        Assert.StartsWith("P-000005,true,2026-12-26,,", lines[5], System.StringComparison.Ordinal);
    }

    [Fact]
    public void Decisions_go_to_a_json_file_that_the_library_reads_back()
    {
        using var temp = new TempFolder();
        var path = temp.File("decisions.json");

        Assert.Equal(0, Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--out", path, "--quiet").ExitCode);

        var first = JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("decisions")[0].GetProperty("decision");
        var decision = first.Deserialize<Decision>(PartnerRulesJson.CreateOptions())!;
        Assert.False(decision.IsApproved);
        Assert.Equal("HO.PCE_MEMBER", decision.Findings[0].Code);
    }

    [Fact]
    public void Chinese_is_asked_for_with_lang()
    {
        var result = Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--lang", "zh-CN");

        Assert.Contains("已判定 50 个：6 个符合，44 个不符合；0 条无效记录。", result.Out, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_the_tool_does_not_speak_is_a_usage_error()
    {
        Assert.Equal(2, Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--lang", "fr").ExitCode);
    }

    [Fact]
    public void A_population_large_enough_for_the_warm_up_is_decided_as_the_library_decides_it()
    {
        using var temp = new TempFolder();
        var path = temp.File("partners.json");
        Assert.Equal(0, Cli.Run("sample", "--partners", "1000", "--seed", "2", "--out", path).ExitCode);

        var result = Cli.Run("ho", "--partners", path, "--as-of", "2026-11-29", "--format", "json", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        var partners = JsonSerializer.Deserialize<System.Collections.Generic.List<PartnerProfile>>(File.ReadAllText(path), PartnerRulesJson.CreateOptions())!;
        var expected = new PartnerRulesEngine(new PartnerRulesOptions { Culture = new System.Globalization.CultureInfo("en") })
            .EvaluateHoEligibility(partners, NodaTime.Instant.FromUtc(2026, 11, 29, 15, 59, 59) + NodaTime.Duration.FromSeconds(1) - NodaTime.Duration.Epsilon);
        var summary = JsonDocument.Parse(result.Out).RootElement.GetProperty("summary");
        Assert.Equal(1000, summary.GetProperty("decided").GetInt32());
        Assert.Equal(expected.Count(d => d.IsApproved), summary.GetProperty("eligible").GetInt32());
    }
}
