using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PartnerRules.Benchmarks.Data;

namespace PartnerRules.Benchmarks;

/// <summary>
/// Issue 13: one HO decision under a policy schedule against the same decision under the single default policy
/// (the baseline), same 1,024 partners and job as <see cref="HoEligibilityBenchmarks"/>. Targets: three versions
/// all in the past ≤ 1.15× the time and ≤ +10 % the bytes; one future version pending ≤ 1.5×.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 15, iterationCount: 20)]
public class HoScheduleBenchmarks
{
    private const int Mask = 1023;
    private static readonly Instant AsOf = BenchmarkData.AsOf;

    private PartnerProfile[] _partners = null!;
    private PartnerRulesEngine _single = null!;
    private PartnerRulesEngine _allPast = null!;
    private PartnerRulesEngine _futureSame = null!;
    private PartnerRulesEngine _futureStricter = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _partners = BenchmarkData.Partners(Mask + 1);
        var culture = CultureInfo.GetCultureInfo("en-US");
        _single = new PartnerRulesEngine(new PartnerRulesOptions { Culture = culture });
        _allPast = new PartnerRulesEngine(new PartnerRulesOptions { Culture = culture, Schedule = BenchmarkSchedules.AllPast });
        _futureSame = new PartnerRulesEngine(new PartnerRulesOptions { Culture = culture, Schedule = BenchmarkSchedules.FutureSameHoFigures });
        _futureStricter = new PartnerRulesEngine(new PartnerRulesOptions { Culture = culture, Schedule = BenchmarkSchedules.FutureStricter });
    }

    [Benchmark(Baseline = true)]
    public Decision Single_policy() => _single.EvaluateHoEligibility(_partners[_next++ & Mask], AsOf);

    [Benchmark]
    public Decision Schedule_all_past() => _allPast.EvaluateHoEligibility(_partners[_next++ & Mask], AsOf);

    /// <summary>A pending version with the same HO figures (a new incentive cap): looked across without a second evaluation.</summary>
    [Benchmark]
    public Decision Schedule_future_same_HO_figures() => _futureSame.EvaluateHoEligibility(_partners[_next++ & Mask], AsOf);

    /// <summary>A pending version that needs 4 delivered POs: its first day is evaluated for every partner whose verdict holds until then.</summary>
    [Benchmark]
    public Decision Schedule_future_stricter() => _futureStricter.EvaluateHoEligibility(_partners[_next++ & Mask], AsOf);
}
