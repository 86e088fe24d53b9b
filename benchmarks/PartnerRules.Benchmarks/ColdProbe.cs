using System;
using System.Diagnostics;
using System.Linq;
using NRules;
using NRules.Fluent;
using PartnerRules.Engine;

namespace PartnerRules.Benchmarks;

/// <summary><c>-- probe-cold</c>: where a fresh process's first engine spends its time, step by step (run it in a new process).</summary>
internal static class ColdProbe
{
    public static void Run()
    {
        var clock = Stopwatch.StartNew();
        _ = NodaTime.DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        Step("DateTimeZoneProviders.Tzdb[\"Asia/Shanghai\"] (NodaTime's TZDB)", clock);
        _ = BusinessCalendar.China;
        Step("BusinessCalendar.China (reference only: its data loads on first use)", clock);
        var policy = ProgramPolicy.Default;
        Step("ProgramPolicy.Default (TZDB, Asia/Shanghai)", clock);
        policy.Validate();
        Step("ProgramPolicy.Validate", clock);
        var repository = new RuleRepository();
        foreach (var tag in RuleSets.Tags)
        {
            repository.Load(spec => spec.From(typeof(CompiledRules).Assembly).PrivateTypes().Where(rule => rule.IsTagged(tag)).To(tag));
        }

        Step("RuleRepository.Load x3 (assembly scan, rule Define)", clock);
        var sets = repository.GetRuleSets().ToDictionary(s => s.Name, StringComparer.Ordinal);
        var compiler = new RuleCompiler();
        foreach (var tag in RuleSets.Tags)
        {
            compiler.Compile(new[] { sets[tag] });
            Step("RuleCompiler.Compile " + tag, clock);
        }

        _ = RuleCatalogue.Entries;
        Step("RuleCatalogue.Entries", clock);
        _ = CompiledRules.Instance;
        Step("CompiledRules.Instance after the above (NRules JIT warm)", clock);
        _ = new PartnerRulesEngine();
        Step("new PartnerRulesEngine() after the above", clock);
    }

    private static void Step(string what, Stopwatch clock)
    {
        Console.WriteLine(FormattableString.Invariant($"{what,-65} {clock.Elapsed.TotalMilliseconds,8:F1} ms"));
        clock.Restart();
    }
}
