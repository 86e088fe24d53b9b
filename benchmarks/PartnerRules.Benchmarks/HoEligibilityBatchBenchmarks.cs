using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using PartnerRules.Benchmarks.Data;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Benchmarks;

/// <summary>
/// The nightly re-evaluation: every partner in one call. The baseline runs the reference with the
/// same parallelism as the engine (chunks of 64 on <c>Parallel.For</c>), so the ratio compares
/// the work per decision, not the core count. Target: ≤ 5× the reference per decision.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class HoEligibilityBatchBenchmarks
{
    private const int Chunk = 64;
    private static readonly Instant AsOf = BenchmarkData.AsOf;

    private PartnerProfile[] _partners = null!;
    private PartnerRulesEngine _engine = null!;
    private ReferenceRules _reference = null!;
    private PlainCriteria _plain = null!;

    [Params(1_000, 100_000)]
    public int Partners { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _partners = BenchmarkData.Partners(Partners);
        _engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = CultureInfo.GetCultureInfo("en-US") });
        _reference = new ReferenceRules(culture: CultureInfo.GetCultureInfo("en-US"));
        _plain = new PlainCriteria(_engine.Policy, CultureInfo.GetCultureInfo("en-US"));
    }

    [Benchmark(Baseline = true)]
    public object Reference_batch() => InChunks(p => _reference.HoEligibility(p, AsOf));

    /// <summary>The engine's criterion code without NRules, same chunks: what the rules engine itself costs.</summary>
    [Benchmark]
    public object Plain_same_criteria_batch() => InChunks(p => _plain.Decide(p, AsOf));

    [Benchmark]
    public IReadOnlyList<Decision> Engine_batch() => _engine.EvaluateHoEligibility(_partners, AsOf);

    private T[] InChunks<T>(Func<PartnerProfile, T> decide)
    {
        var partners = _partners;
        var decisions = new T[partners.Length];
        Parallel.For(0, (partners.Length + Chunk - 1) / Chunk, chunk =>
        {
            var end = Math.Min(partners.Length, (chunk + 1) * Chunk);
            for (var i = chunk * Chunk; i < end; i++)
            {
                decisions[i] = decide(partners[i]);
            }
        });
        return decisions;
    }
}
