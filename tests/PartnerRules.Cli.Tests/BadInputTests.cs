using System;
using System.Text.Json;

namespace PartnerRules.Cli.Tests;

/// <summary>Exit code 1: every invalid record reported with file, line or record, and field; the valid ones still decided.</summary>
public sealed class BadInputTests
{
    private const string Good = """{ "id": "P-1", "stage": "Differentiated", "isPceMember": true, "opportunities": [] }""";

    private static (CliResult Result, int Decided) Ho(params string[] args)
    {
        var result = Cli.Run(["ho", "--as-of", "2026-11-29", "--format", "json", .. args]);
        var decided = result.Out.Length == 0 ? 0 : JsonDocument.Parse(result.Out).RootElement.GetProperty("decisions").GetArrayLength();
        return (result, decided);
    }

    private static void Reports(CliResult result, params string[] parts)
    {
        Assert.Equal(1, result.ExitCode);
        foreach (var part in parts)
        {
            Assert.Contains(part, result.Err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_line_and_the_records_before_it_are_decided()
    {
        using var temp = new TempFolder();
        var (result, decided) = Ho("--partners", temp.File("partners.json", "[\n" + Good + ",\n{ \"id\": \"P-2\", \"stage\": ]\n"));

        Reports(result, "partners.json: line 3: $: not valid JSON");
        Assert.Equal(1, decided);
    }

    [Fact]
    public void Wrong_types_name_the_record_and_the_field_and_the_others_are_decided()
    {
        using var temp = new TempFolder();
        var file = temp.File("partners.json", $$"""
            [
              {{Good}},
              { "id": "P-2", "stage": "Gold", "isPceMember": true },
              { "id": "P-3", "stage": "Certified", "isPceMember": "yes" },
              { "id": "P-4", "stage": 2, "isPceMember": true }
            ]
            """);

        var (result, decided) = Ho("--partners", file);

        Reports(result, "partners.json: line 3, record 2: $.stage:", "partners.json: line 4, record 3: $.isPceMember:", "record 4: $.stage:");
        Assert.Equal(1, decided);
    }

    [Fact]
    public void A_partner_without_an_id_is_reported_by_record_and_the_rest_of_its_batch_decided()
    {
        using var temp = new TempFolder();
        var (result, decided) = Ho("--partners", temp.File("partners.json", $$"""[{{Good}}, { "stage": "Certified", "isPceMember": true }]"""));

        // Since strict JSON (i14) the library refuses a missing id while reading, naming the property.
        Reports(result, "partners.json: line 1, record 2: $: ", "missing required properties including: 'id'");
        Assert.Equal(1, decided);
    }

    [Fact]
    public void A_file_that_is_not_an_array_of_records_is_reported()
    {
        using var temp = new TempFolder();
        Reports(Ho("--partners", temp.File("partners.json", "{}")).Result, "partners.json: line 1: $: the file must hold a JSON array");
    }

    [Fact]
    public void Bad_csv_rows_name_file_line_and_column()
    {
        using var temp = new TempFolder();
        var file = temp.File("partners.csv", "id,stage,pceMember\nP-1,Certified,true\nP-2,Gold,true\nP-3,Certified,maybe\n,Certified,true\nP-1,Registered,false\n");

        var (result, decided) = Ho("--partners", file);

        Reports(result, "partners.csv: line 3: stage: 'Gold' is not one of Registered, Certified, Differentiated.",
            "partners.csv: line 4: pceMember: 'maybe' is not true or false.", "partners.csv: line 5: id: required, but empty.",
            "partners.csv: line 6: id: partner P-1 appears twice.");
        Assert.Equal(1, decided);
    }

    [Fact]
    public void A_csv_without_a_needed_column_is_reported_at_its_header()
    {
        using var temp = new TempFolder();
        Reports(Ho("--partners", temp.File("partners.csv", "id,stage\nP-1,Certified\n")).Result, "partners.csv: line 1 (header): pceMember: missing column");
    }

    [Fact]
    public void An_opportunity_of_an_unknown_partner_is_reported_and_the_known_partners_decided()
    {
        using var temp = new TempFolder();
        var partners = temp.File("partners.csv", "id,stage,pceMember\nP-1,Certified,true\n");
        var opportunities = temp.File("opps.csv", "partner,id,origin,lastUpdatedAt\nP-9,O-1,PartnerOriginated,2026-11-01T00:00:00Z\n");

        var (result, decided) = Ho("--partners", partners, "--opportunities", opportunities);

        Reports(result, "opps.csv: line 2: partner: no partner P-9 in partners.csv.");
        Assert.Equal(1, decided);
    }

    [Fact]
    public void A_bad_date_in_an_opportunity_keeps_its_partner_undecided_and_says_why()
    {
        using var temp = new TempFolder();
        var partners = temp.File("partners.csv", "id,stage,pceMember\nP-1,Certified,true\nP-2,Certified,true\n");
        var opportunities = temp.File("opps.csv", "partner,id,origin,lastUpdatedAt,signedAt\nP-1,O-1,PartnerOriginated,2026-11-01,\nP-2,O-2,HuaweiOriginated,2026-11-01T08:00:00+08:00,\n");

        var (result, decided) = Ho("--partners", partners, "--opportunities", opportunities);

        Reports(result, "opps.csv: line 2: lastUpdatedAt: '2026-11-01' is not an ISO instant with an offset",
            "partners.csv: line 2: id: partner P-1 not decided: one of its opportunities is invalid.");
        Assert.Equal(1, decided);
    }

    [Fact]
    public void Bad_claims_rows_are_reported_and_the_good_ones_decided()
    {
        using var temp = new TempFolder();
        var file = temp.File("claims.csv", "partner,kind,customer,monthlySpend\nP-1,FirstCommercialProject,Existing,\nP-2,Bonus,New,\nP-3,Acceleration,New,12;abc\n");

        var result = Cli.Run("incentives", "--claims", file, "--format", "json");

        Reports(result, "claims.csv: line 3: kind: 'Bonus' is not one of", "claims.csv: line 4: monthlySpend: 'abc' is not an amount");
        Assert.Equal(1, JsonDocument.Parse(result.Out).RootElement.GetProperty("claims").GetArrayLength());
    }

    [Theory]
    [InlineData("ho", "--partners", "missing.json", "--as-of", "2026-11-29")]
    [InlineData("ho", "--partners", "@sample", "--as-of", "29/11/2026")]
    [InlineData("ho", "--partners", "@sample", "--as-of", "2026-11-29", "--out", "decisions.txt")]
    [InlineData("ho", "--partners", "@sample")]
    [InlineData("ho", "--partners", "@sample", "--as-of", "2026-11-29", "--opportunities", "@sample")]
    [InlineData("incentives", "--claims", "missing.csv")]
    [InlineData("sample", "--partners", "0")]
    [InlineData("sample", "--out", "partners.csv")]
    [InlineData("unknown")]
    [InlineData]
    public void Usage_errors_exit_with_2_and_say_what_to_change(params string[] args)
    {
        var result = Cli.Run([.. Array.ConvertAll(args, a => a == "@sample" ? Cli.Sample("partners.json") : a)]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Err, StringComparison.Ordinal);
    }
}
