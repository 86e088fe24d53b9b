using System.Collections.Concurrent;
using System.Globalization;

namespace PartnerRules.Cli.Commands;

/// <summary>
/// One engine per language for the life of the process: a user's run builds one, and the tests, which run
/// the tool many times in one process, do not pay the rule compilation again for each run.
/// </summary>
internal static class Engines
{
    private static readonly ConcurrentDictionary<string, PartnerRulesEngine> ByCulture = new();

    internal static PartnerRulesEngine For(CultureInfo culture) =>
        ByCulture.GetOrAdd(culture.Name, _ => new PartnerRulesEngine(new PartnerRulesOptions { Culture = culture }));
}
