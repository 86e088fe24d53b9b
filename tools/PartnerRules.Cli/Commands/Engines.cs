using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using PartnerRules.Cli.Output;

namespace PartnerRules.Cli.Commands;

/// <summary>
/// One engine per language and policy schedule for the life of the process: a user's run builds one, and the tests, which
/// run the tool many times in one process, do not pay the rule compilation again for each run.
/// </summary>
internal static class Engines
{
    /// <summary>How many built-in partners <see cref="WarmUp"/> decides one by one, and then once as a batch.</summary>
    internal const int WarmUpPartners = 200;

    /// <summary>From this many partners a run warms its engine first: below it the warm-up would cost more than it saves.</summary>
    internal const int WarmUpFrom = 1000;

    private static readonly ConcurrentDictionary<(string Culture, string Policy), PartnerRulesEngine> ByCulture = new();
    private static readonly ConcurrentDictionary<PartnerRulesEngine, Lazy<bool>> Warmed = new(ReferenceEqualityComparer.Instance);

    internal static PartnerRulesEngine For(CultureInfo culture, PolicySchedule? schedule = null)
    {
        // Keyed by the schedule's JSON: ProgramPolicy equality compares its calendar by reference.
        var key = schedule is null ? "" : JsonSerializer.Serialize(schedule, PartnerRulesJson.CreateOptions());
        return ByCulture.GetOrAdd((culture.Name, key), _ => new PartnerRulesEngine(new PartnerRulesOptions { Culture = culture, Schedule = schedule }));
    }

    /// <summary>
    /// Warms <paramref name="engine"/> (once) when <paramref name="partners"/> is a population worth it; a caller on
    /// another thread meanwhile waits for the warm-up instead of deciding on a cold engine.
    /// </summary>
    internal static void WarmUpFor(PartnerRulesEngine engine, int partners)
    {
        if (partners >= WarmUpFrom)
        {
            _ = Warmed.GetOrAdd(engine, e => new Lazy<bool>(() =>
            {
                WarmUp(e);
                return true;
            })).Value;
        }
    }

    /// <summary>
    /// Decides a built-in population before the user's, so the JIT compiles every path through the rules now and not
    /// during the user's first thousands of decisions. With tiered compilation off (the project file) this brings the
    /// first 5,000 decisions to about the steady state's cost (benchmarks/README.md, "Cold start in the tool").
    /// </summary>
    internal static void WarmUp(PartnerRulesEngine engine)
    {
        try
        {
            // A date every schedule has a version for: the sample's anchor, or the newest version's first day if later.
            var anchor = new LocalDate(2026, 11, 29);
            var newest = engine.Schedule.Versions[^1].EffectiveFrom;
            var asOf = engine.Policy.TimeZone.AtStartOfDay((newest > anchor ? newest : anchor).PlusDays(1)).ToInstant() - Duration.FromSeconds(1);
            var partners = SamplePopulation.Create(WarmUpPartners, seed: 1, asOf);
            foreach (var partner in partners)
            {
                _ = engine.EvaluateHoEligibility(partner, asOf);
            }

            _ = engine.EvaluateHoEligibility(partners, asOf);
        }
        catch (System.Exception e) when (e is System.ArgumentException or System.OverflowException or PartnerRulesException)
        {
            // Only an optimisation: a schedule the built-in partners cannot be decided under (a version dated near the
            // end of time) still decides the user's partners, just without the warm-up.
        }
    }
}
