using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PartnerRules.Cli.Tests;

public sealed class PolicyCommandTests
{
    private static readonly string Schedule = Path.Combine(Cli.Repo, "samples", "policies", "schedule.json");

    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Out).RootElement;

    [Fact]
    public void The_sample_schedule_and_a_partial_policy_are_valid()
    {
        using var temp = new TempFolder();
        var policy = temp.File("policy.json", """{ "version": "2027", "requiredDeliveredPos": 4 }""");

        var schedule = Cli.Run("policy", "validate", Schedule);
        var partial = Cli.Run("policy", "validate", policy);

        Assert.Equal(0, schedule.ExitCode);
        Assert.Contains("a valid schedule document", schedule.Out, StringComparison.Ordinal);
        Assert.Equal(0, partial.ExitCode);
        Assert.Contains("a valid policy document", partial.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_lists_every_problem_with_its_json_path_and_exits_1()
    {
        using var temp = new TempFolder();
        var policy = temp.File("policy.json", """{ "requiredDeliverdPos": 4, "opportunityUpdateWindow": 90, "requiredDeliveredPos": 0 }""");

        var result = Cli.Run("policy", "validate", policy);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(policy + ": $.requiredDeliverdPos: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("requiredDeliveredPos", result.Out.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains(policy + ": $.opportunityUpdateWindow: ", result.Out, StringComparison.Ordinal);
        Assert.Contains(policy + ": $.requiredDeliveredPos: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("3 problems in " + policy, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_in_json_gives_each_problem_s_path_and_message()
    {
        using var temp = new TempFolder();
        var policy = temp.File("policy.json", """{ "currency": 5, "requiredDeliveredPos": 0 }""");

        var json = Json(Cli.Run("policy", "validate", policy, "--format", "json"));

        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Equal("policy", json.GetProperty("kind").GetString());
        var paths = json.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).ToList();
        Assert.Equal(["$.currency", "$.requiredDeliveredPos"], paths);
        Assert.All(json.GetProperty("problems").EnumerateArray(), p => Assert.NotEmpty(p.GetProperty("message").GetString()!));
    }

    [Fact]
    public void A_schedule_with_dates_out_of_order_is_refused_at_the_later_version()
    {
        using var temp = new TempFolder();
        var schedule = temp.File("schedule.json", """
            { "versions": [
              { "effectiveFrom": "2027-01-01", "policy": { "version": "2027", "requiredDeliveredPos": 4 } },
              { "effectiveFrom": "2026-01-01", "policy": { "version": "2026" } } ] }
            """);

        var result = Cli.Run("policy", "validate", schedule);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(schedule + ": $.versions[1]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_json_is_one_problem_at_the_root()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("policy", "validate", temp.File("policy.json", "{ \"requiredDeliveredPos\": "));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": $: The document is not valid JSON", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_fills_in_every_default_of_a_partial_policy()
    {
        using var temp = new TempFolder();
        var policy = temp.File("policy.json", """{ "version": "2027", "requiredDeliveredPos": 4 }""");

        var json = Json(Cli.Run("policy", "show", policy));
        var table = Cli.Run("policy", "show", policy, "--format", "table");

        Assert.Equal(4, json.GetProperty("requiredDeliveredPos").GetInt32());
        Assert.Equal("P12M", json.GetProperty("deliveredPoWindow").GetString());
        Assert.Equal("CNY", json.GetProperty("currency").GetString());
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Asia/Shanghai", table.Out, StringComparison.Ordinal);
        Assert.Contains("China", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_of_a_schedule_has_a_column_per_version_and_of_an_invalid_file_its_problems()
    {
        using var temp = new TempFolder();
        var table = Cli.Run("policy", "show", Schedule, "--format", "table");
        var invalid = Cli.Run("policy", "show", temp.File("bad.json", """{ "requiredDeliveredPos": "four" }"""));

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("2026 (from 2026-01-01)", table.Out, StringComparison.Ordinal);
        Assert.Contains("2027 (from 2027-01-01)", table.Out, StringComparison.Ordinal);
        Assert.Contains("250000 CNY", table.Out, StringComparison.Ordinal);
        Assert.Equal(1, invalid.ExitCode);
        Assert.Contains("$.requiredDeliveredPos", invalid.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_two_policies_names_exactly_the_properties_that_differ()
    {
        using var temp = new TempFolder();
        var left = temp.File("a.json", """{ "version": "2026" }""");
        var right = temp.File("b.json", """{ "version": "2027", "requiredDeliveredPos": 4, "deliveredPoWindow": "P12M" }""");

        var json = Json(Cli.Run("policy", "diff", left, right, "--format", "json"));
        var table = Cli.Run("policy", "diff", left, right);

        var differences = json.GetProperty("differences").EnumerateArray().ToList();
        Assert.Equal(["version", "requiredDeliveredPos"], differences.Select(d => d.GetProperty("property").GetString()));
        Assert.Equal(3, differences[1].GetProperty("left").GetInt32());
        Assert.Equal(4, differences[1].GetProperty("right").GetInt32());
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("2 differences.", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_two_schedules_goes_version_by_version()
    {
        using var temp = new TempFolder();
        var proposed = temp.File("proposed.json", File.ReadAllText(Schedule).Replace("\"requiredDeliveredPos\": 4", "\"requiredDeliveredPos\": 5", StringComparison.Ordinal));

        var json = Json(Cli.Run("policy", "diff", Schedule, proposed, "--format", "json"));
        var same = Cli.Run("policy", "diff", Schedule, Schedule);

        var difference = Assert.Single(json.GetProperty("differences").EnumerateArray());
        Assert.Equal("2027", difference.GetProperty("version").GetString());
        Assert.Equal("requiredDeliveredPos", difference.GetProperty("property").GetString());
        Assert.Equal(5, difference.GetProperty("right").GetInt32());
        Assert.Contains("No differences", same.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_of_a_policy_against_a_schedule_is_a_usage_error()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("policy", "diff", temp.File("a.json", "{}"), Schedule);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("compare two policies or two schedules", result.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("show")]
    [InlineData("diff")]
    public void Every_policy_command_s_help_ends_with_examples(string command)
    {
        var result = Cli.Run("policy", command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:\n  partnerrules policy " + command, result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
