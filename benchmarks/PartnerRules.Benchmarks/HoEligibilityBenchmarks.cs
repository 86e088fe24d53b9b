using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PartnerRules.Benchmarks.Data;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Benchmarks;

/// <summary>
/// One HO-eligibility decision (a web request), cycling through 1,024 seeded partners so branch
/// prediction and caches see a realistic mix. Target: ≤ 10 µs and ≤ 2 KB per decision.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 15, iterationCount: 20)]
public class HoEligibilityBenchmarks
{
    private const int Mask = 1023;
    private static readonly Instant AsOf = BenchmarkData.AsOf;

    private PartnerProfile[] _partners = null!;
    private PartnerRulesEngine _engine = null!;
    private ReferenceRules _reference = null!;
    private PlainCriteria _plain = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _partners = BenchmarkData.Partners(Mask + 1);
        _engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = CultureInfo.GetCultureInfo("en-US") });
        _reference = new ReferenceRules(culture: CultureInfo.GetCultureInfo("en-US"));
        _plain = new PlainCriteria(_engine.Policy, CultureInfo.GetCultureInfo("en-US"));
    }

    [Benchmark(Baseline = true)]
    public object Reference_single() => _reference.HoEligibility(_partners[_next++ & Mask], AsOf);

    /// <summary>The engine's criterion code without NRules: what the rules engine itself costs.</summary>
    [Benchmark]
    public Decision Plain_same_criteria_single() => _plain.Decide(_partners[_next++ & Mask], AsOf);

    [Benchmark]
    public Decision Engine_single() => _engine.EvaluateHoEligibility(_partners[_next++ & Mask], AsOf);
}
