using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using PartnerRules.Cli.Input;
using PartnerRules.Cli.Output;
using PartnerRules.Cli.Report;

namespace PartnerRules.Cli.Tests;

/// <summary>
/// A JSON population is scanned, read and decided in chunks on every core, each chunk read as one array unless one of
/// its records is bad: the output and the problems must still come in file order, with the same record numbers and lines
/// as one record at a time would give.
/// </summary>
public sealed class ChunkedReadingTests
{
    private const int Records = 2600;
    private static readonly int[] Bad = [5, 1500, 2600];

    /// <summary>One record per line (record n on line n + 1); the <see cref="Bad"/> ones have an unknown stage.</summary>
    private static string Population(string tail = "")
    {
        var json = new StringBuilder("[\n");
        for (var n = 1; n <= Records; n++)
        {
            var stage = Bad.Contains(n) ? "Gold" : "Certified";
            json.Append(System.Globalization.CultureInfo.InvariantCulture,
                $$"""{ "id": "P-{{n:D5}}", "stage": "{{stage}}", "isPceMember": {{(n % 2 == 0 ? "true" : "false")}}, "opportunities": [] }""");
            json.Append(n < Records ? ",\n" : "\n");
        }

        return json.Append(tail).Append(']').ToString();
    }

    [Fact]
    public void Several_chunks_are_decided_in_file_order_and_their_bad_records_reported_in_file_order()
    {
        using var temp = new TempFolder();
        var result = Cli.Run("ho", "--partners", temp.File("partners.json", Population()), "--as-of", "2026-11-29", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var partners = JsonDocument.Parse(result.Out).RootElement.GetProperty("decisions").EnumerateArray()
            .Select(d => d.GetProperty("partner").GetString()!).ToList();
        var expected = Enumerable.Range(1, Records).Where(n => !Bad.Contains(n)).Select(n => $"P-{n:D5}").ToList();
        Assert.Equal(expected, partners);
        var reported = Bad.Select(n => result.Err.IndexOf($"partners.json: line {n + 1}, record {n}: $.stage:", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, reported);
        Assert.Equal(reported.Order(), reported);
        Assert.Equal(Bad.Length, result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void A_syntax_error_after_several_chunks_is_reported_last_and_every_record_before_it_is_read()
    {
        using var temp = new TempFolder();
        var file = temp.File("partners.json", Population(tail: ", { \"id\": ]\n"));
        var problems = new List<InputProblem>();
        var counted = -1;

        var chunks = JsonRecords<PartnerProfile>.Open(file, PartnerRulesJson.CreateOptions())
            .Map(1000, problems, count => counted = count, (items, records) => (Valid: items.Count, Records: records));

        Assert.Equal([(999, 1000), (999, 1000), (599, 600)], chunks);
        Assert.Equal(Records, counted);
        Assert.Equal(4, problems.Count);
        Assert.Equal([6, 1501, 2601], problems.Take(3).Select(p => int.Parse(p.Where.Split(',')[0][5..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal($"line {Records + 2}", problems[3].Where);
        Assert.StartsWith("not valid JSON", problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_in_a_chunk_surfaces_as_it_was_thrown_not_wrapped()
    {
        using var temp = new TempFolder();
        var records = JsonRecords<PartnerProfile>.Open(temp.File("partners.json", Population()), PartnerRulesJson.CreateOptions());

        var thrown = Assert.Throws<InvalidOperationException>(() =>
            records.Map<int>(1000, [], _ => { }, (items, _) => items.Count < 999 ? throw new InvalidOperationException("the last chunk") : items.Count));
        Assert.Equal("the last chunk", thrown.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Chunks.Map<int>(10, 3, (from, _) => from == 9 ? throw new ArgumentOutOfRangeException(nameof(from)) : from));
        Assert.Equal([0, 3, 6, 9], Chunks.Map(10, 3, (from, to) => from));
    }

    [Fact]
    public void The_total_is_known_while_the_chunks_are_still_being_read_so_a_progress_bar_can_show_it()
    {
        using var temp = new TempFolder();
        var records = JsonRecords<PartnerProfile>.Open(temp.File("partners.json", Population()), PartnerRulesJson.CreateOptions());
        using var counted = new System.Threading.ManualResetEventSlim();

        // Every chunk waits for the total: were it given only once every chunk is done, each would give up waiting.
        var waited = records.Map(1000, [], _ => counted.Set(), (_, _) => counted.Wait(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));

        Assert.Equal([true, true, true], waited);
    }

    [Fact]
    public void A_chunk_that_cannot_be_read_as_one_array_is_read_record_by_record_with_every_problem_where_it_is()
    {
        using var temp = new TempFolder();
        // Chunks of 3: a null record, a comment between records (read alone, each record is fine), a record refused by
        // a guard (an opportunity listed twice), and a chunk of good records around them.
        var opportunity = """{ "id": "O-1", "origin": "PO", "lastUpdatedAt": "2026-11-01T00:00:00Z" }""";
        var file = temp.File("partners.json", $$"""
            [
            { "id": "P-1", "stage": "Certified", "isPceMember": true },
            null,
            { "id": "P-3", "stage": "Certified", "isPceMember": true },
            { "id": "P-4", "stage": "Certified", "isPceMember": true } /* a comment */,
            { "id": "P-5", "stage": "Certified", "isPceMember": true },
            { "id": "P-6", "stage": "Certified", "isPceMember": true, "opportunities": [{{opportunity}}, {{opportunity}}] },
            { "id": "P-7", "stage": "Certified", "isPceMember": true }
            ]
            """);
        var problems = new List<InputProblem>();

        var chunks = JsonRecords<PartnerProfile>.Open(file, PartnerRulesJson.CreateOptions())
            .Map(3, problems, _ => { }, (items, records) => (Ids: string.Join(" ", items.Select(i => i.Item.Id.Value + "@" + i.Where)), Records: records));

        Assert.Equal(
            [("P-1@line 2, record 1 P-3@line 4, record 3", 3), ("P-4@line 5, record 4 P-5@line 6, record 5", 3), ("P-7@line 8, record 7", 1)],
            chunks);
        Assert.Equal([("line 3, record 2", "$"), ("line 7, record 6", "$.opportunities")], problems.Select(p => (p.Where, p.Field)));
        Assert.Equal("null is not a record.", problems[0].Message);
        Assert.StartsWith("Invalid \"opportunities\" of PartnerProfile: Opportunities lists opportunity O-1 twice", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_records_are_counted_only_as_far_as_asked_and_up_to_a_syntax_error()
    {
        using var temp = new TempFolder();
        JsonRecords<PartnerProfile> Open(string json) => JsonRecords<PartnerProfile>.Open(temp.File("partners.json", json), PartnerRulesJson.CreateOptions());

        Assert.Equal(1000, Open(Population()).CountUpTo(1000));
        Assert.Equal(Records, Open(Population()).CountUpTo(5000));
        Assert.Equal(Records, Open(Population(tail: ", { \"id\": ]\n")).CountUpTo(5000));
        Assert.Equal(0, Open("""{ "id": "P-1" }""").CountUpTo(5000));
        Assert.Equal(0, Open("[]").CountUpTo(5000));
    }

    [Fact]
    public void Progress_from_many_threads_is_counted_exactly()
    {
        var done = 0;
        var total = 0;
        var sink = new ProgressSink(count => total = count, step => done += step);

        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 5000; i++)
            {
                sink.Advance(1);
            }
        });
        sink.Total(40_000);

        Assert.Equal(40_000, done);
        Assert.Equal(40_000, total);
    }

    [Fact]
    public void The_report_template_is_filled_once_in_order_and_a_placeholder_the_tool_does_not_fill_is_refused()
    {
        var parts = new ReportParts("<t>{{TITLE}}</t>{{DATA}}<s>{{MERMAID}}</s>{{DIAGRAMS}}.", Mermaid: "m()", Diagrams: "<pre>d</pre>");
        using var output = new System.IO.MemoryStream();

        // A text holding a placeholder's name is written as it is, not filled in turn.
        parts.WriteTo(output, new Dictionary<string, string> { ["TITLE"] = "{{DATA}} 报告" }, "{\"rows\":[]}"u8.ToArray());

        Assert.Equal("<t>{{DATA}} 报告</t>{\"rows\":[]}<s>m()</s><pre>d</pre>.", Encoding.UTF8.GetString(output.ToArray()));
        var refused = Assert.Throws<InvalidOperationException>(() =>
            new ReportParts("{{TITLE}}{{NOPE}}", "", "").WriteTo(new System.IO.MemoryStream(), new Dictionary<string, string> { ["TITLE"] = "" }, default));
        Assert.Contains("{{NOPE}}", refused.Message, StringComparison.Ordinal);
    }
}
