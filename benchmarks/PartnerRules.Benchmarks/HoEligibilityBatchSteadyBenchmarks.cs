using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace PartnerRules.Benchmarks;

/// <summary>
/// The 1k batch at steady state: BenchmarkDotNet's default throughput job warms up until the timings settle, so
/// tier-1 code is measured. The batch class's <c>Monitoring</c> job (2 warm-ups, 7 iterations) measures a process's
/// first ~200 ms instead, mostly tier-0 code (see README, "HO regression on main"). Issue 12's target: engine ÷ plain
/// same criteria ≤ 2.25× (the Ratio column).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[SimpleJob(launchCount: 1)]
public class HoEligibilityBatchSteadyBenchmarks
{
    private readonly HoEligibilityBatchBenchmarks _batch = new() { Partners = 1_000 };

    [GlobalSetup]
    public void Setup() => _batch.Setup();

    [Benchmark(Baseline = true)]
    public object Plain_same_criteria_batch() => _batch.Plain_same_criteria_batch();

    [Benchmark]
    public IReadOnlyList<Decision> Engine_batch() => _batch.Engine_batch();
}
