using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace PartnerRules.Cli.Commands;

/// <summary>
/// One engine per language and policy schedule for the life of the process: a user's run builds one, and the tests, which run
/// the tool many times in one process, do not pay the rule compilation again for each run.
/// </summary>
internal static class Engines
{
    private static readonly ConcurrentDictionary<(string Culture, string Policy), PartnerRulesEngine> ByCulture = new();

    internal static PartnerRulesEngine For(CultureInfo culture, PolicySchedule? schedule = null)
    {
        // Keyed by the schedule's JSON: ProgramPolicy equality compares its calendar by reference.
        var key = schedule is null ? "" : JsonSerializer.Serialize(schedule, PartnerRulesJson.CreateOptions());
        return ByCulture.GetOrAdd((culture.Name, key), _ => new PartnerRulesEngine(new PartnerRulesOptions { Culture = culture, Schedule = schedule }));
    }
}
