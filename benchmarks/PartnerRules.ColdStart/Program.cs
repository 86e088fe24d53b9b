using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PartnerRules;

// Usage: dotnet PartnerRules.ColdStart.dll partners.json [warmup[=N]|batch|tool|tool-run]
// partners.json: `partnerrules sample --partners 20000 --seed 1 --out partners.json`.
// Prints the first 5,000 sequential decisions after engine construction (construction not counted), then the
// steady state: the best of three later rounds of 5,000 over the same partners.
// `batch`: the engine's batch time for all the partners, warm (best of three after one unmeasured run): the
// yardstick of the tool's 100,000-partner target. `tool`: the engine as `partnerrules` builds it (Engines.For: the
// default policy, English, and the warm-up the tool runs before deciding 1,000 partners or more, counted in
// construction); run it with the tool's runtime setting, DOTNET_TieredCompilation=0 (its project file's
// <TieredCompilation>false</TieredCompilation>).
// `tool-run`: `partnerrules ho --partners FILE --as-of 2026-11-29 --report … --quiet` through the tool's entry point,
// once cold, then seven warm rounds each followed by the engine's batch over the same partners in the same process
// (best of two, after one unmeasured batch): the issue's "≤ 3× the engine's batch, measured warm", as the median of the
// rounds' ratios. Run it with the tool's runtime setting: DOTNET_TieredCompilation=0.
if (args is [_, "tool-run"])
{
    var report = Path.Combine(Path.GetTempPath(), $"partnerrules-coldstart-{Environment.ProcessId}.html");
    string[] command = ["ho", "--partners", args[0], "--as-of", "2026-11-29", "--report", report, "--quiet"];
    double Tool()
    {
        var clock = Stopwatch.StartNew();
        var code = PartnerRules.Cli.CliApp.Run(command, TextWriter.Null, Console.Error);
        return code == 0 ? clock.Elapsed.TotalMilliseconds : throw new InvalidOperationException($"the tool exited with {code}");
    }

    var cold = Tool();
    var population = JsonSerializer.Deserialize<List<PartnerProfile>>(File.ReadAllBytes(args[0]), PartnerRulesJson.CreateOptions())!;
    var at = Instant.FromUtc(2026, 11, 29, 15, 59, 59);
    var batchEngine = new PartnerRulesEngine();
    _ = batchEngine.EvaluateHoEligibility(population, at);
    double Batch()
    {
        var clock = Stopwatch.StartNew();
        _ = batchEngine.EvaluateHoEligibility(population, at);
        return clock.Elapsed.TotalMilliseconds;
    }

    // Interleaved, so a slower minute of a shared machine weighs on both sides of a round's ratio.
    var rounds = Enumerable.Range(0, 7).Select(_ => (Tool: Tool(), Batch: Math.Min(Batch(), Batch()))).ToList();
    File.Delete(report);
    double Median(IEnumerable<double> values) => values.Order().ElementAt(3);
    Console.WriteLine(FormattableString.Invariant(
        $"tool cold {cold:F0} ms; 7 warm rounds (tool / engine batch of {population.Count:N0}, best of 2): {string.Join(", ", rounds.Select(r => $"{r.Tool:F0}/{r.Batch:F0}"))} ms; median tool {Median(rounds.Select(r => r.Tool)):F0} ms, batch {Median(rounds.Select(r => r.Batch)):F0} ms, ratio {Median(rounds.Select(r => r.Tool / r.Batch)):F2}x (rounds {rounds.Min(r => r.Tool / r.Batch):F2}-{rounds.Max(r => r.Tool / r.Batch):F2}x)"));
    return;
}

var reading = Stopwatch.StartNew();
var partners = JsonSerializer.Deserialize<List<PartnerProfile>>(File.ReadAllBytes(args[0]), PartnerRulesJson.CreateOptions())!;
Console.Write(FormattableString.Invariant($"read {partners.Count:N0} partners in {reading.Elapsed.TotalMilliseconds:F0} ms; "));
var asOf = Instant.FromUtc(2026, 11, 29, 15, 59, 59);
var construction = Stopwatch.StartNew();
var engine = args is [_, "tool"]
    ? PartnerRules.Cli.Commands.Engines.For(System.Globalization.CultureInfo.GetCultureInfo("en"))
    : new PartnerRulesEngine();
if (args is [_, "tool"])
{
    // As `ho` does once it has read a population of 1,000 partners or more.
    PartnerRules.Cli.Commands.Engines.WarmUpFor(engine, partners.Count);
}

construction.Stop();


if (args is [_, "batch"])
{
    _ = engine.EvaluateHoEligibility(partners, asOf);
    var best = double.MaxValue;
    for (var round = 0; round < 3; round++)
    {
        var clock = Stopwatch.StartNew();
        _ = engine.EvaluateHoEligibility(partners, asOf);
        best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
    }

    Console.WriteLine(FormattableString.Invariant($"batch of {partners.Count:N0}, warm, best of 3: {best:F0} ms"));
    return;
}

if (args.Length > 1 && args[1].StartsWith("warmup", StringComparison.Ordinal))
{
    // What the tool could do right after building its engine: decide a few partners once per path through the rules.
    var count = args[1].Length > 7 ? int.Parse(args[1][7..], System.Globalization.CultureInfo.InvariantCulture) : 200;
    var warm = Stopwatch.StartNew();
    foreach (var partner in partners.Take(count))
    {
        _ = engine.EvaluateHoEligibility(partner, asOf);
    }

    Console.WriteLine(FormattableString.Invariant($"warm-up ({count} decisions): {warm.Elapsed.TotalMilliseconds:F0} ms"));
}

double Round(int from)
{
    var clock = Stopwatch.StartNew();
    for (var i = from; i < from + 5000; i++)
    {
        _ = engine.EvaluateHoEligibility(partners[i % partners.Count], asOf);
    }

    return clock.Elapsed.TotalMilliseconds;
}

var first = Round(5000);
Round(0);
Round(0);
var steady = new[] { Round(10000), Round(10000), Round(10000) }.Min();
Console.WriteLine(FormattableString.Invariant(
    $"construction {construction.Elapsed.TotalMilliseconds:F0} ms; first 5,000: {first:F0} ms; steady 5,000: {steady:F0} ms; ratio {first / steady:F2}"));
