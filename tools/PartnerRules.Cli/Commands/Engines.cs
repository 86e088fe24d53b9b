using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace PartnerRules.Cli.Commands;

/// <summary>
/// One engine per language and policy for the life of the process: a user's run builds one, and the tests, which run
/// the tool many times in one process, do not pay the rule compilation again for each run.
/// </summary>
internal static class Engines
{
    private static readonly ConcurrentDictionary<(string Culture, string Policy), PartnerRulesEngine> ByCulture = new();

    internal static PartnerRulesEngine For(CultureInfo culture, ProgramPolicy? policy = null)
    {
        // Keyed by the policy's JSON: ProgramPolicy equality compares its calendar by reference.
        var key = policy is null ? "" : JsonSerializer.Serialize(policy, PartnerRulesJson.CreateOptions());
        return ByCulture.GetOrAdd((culture.Name, key), _ => new PartnerRulesEngine(new PartnerRulesOptions { Culture = culture, Policy = policy ?? ProgramPolicy.Default }));
    }
}
