using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace PartnerRules.Benchmarks;

/// <summary>
/// The first engine of a process: loading and compiling the three rule sets, JIT included. The rule
/// sets are compiled once per process, so only a fresh process measures it: each of the launches is a
/// new process that invokes the benchmark once (cold start, no warm-up, no pilot). Target: ≤ 150 ms.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[SimpleJob(RunStrategy.ColdStart, launchCount: 7, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ConstructionBenchmarks
{
    [Benchmark]
    public PartnerRulesEngine First_engine_in_a_fresh_process() => new();
}
