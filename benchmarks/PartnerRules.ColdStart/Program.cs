using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PartnerRules;

// Usage: dotnet PartnerRules.ColdStart.dll partners.json [warmup]
// partners.json: `partnerrules sample --partners 20000 --seed 1 --out partners.json`.
// Prints the first 5,000 sequential decisions after engine construction (construction not counted), then the
// steady state: the best of three later rounds of 5,000 over the same partners.
var partners = JsonSerializer.Deserialize<List<PartnerProfile>>(File.ReadAllBytes(args[0]), PartnerRulesJson.CreateOptions())!;
var asOf = Instant.FromUtc(2026, 11, 29, 15, 59, 59);
var construction = Stopwatch.StartNew();
var engine = new PartnerRulesEngine();
construction.Stop();

if (args is [_, "warmup"])
{
    // What the tool could do while it reads its input: decide a few partners once per path through the rules.
    var warm = Stopwatch.StartNew();
    foreach (var partner in partners.Take(200))
    {
        _ = engine.EvaluateHoEligibility(partner, asOf);
    }

    Console.WriteLine(FormattableString.Invariant($"warm-up (200 decisions): {warm.Elapsed.TotalMilliseconds:F0} ms"));
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
