using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using PartnerRules.Benchmarks.Data;

namespace PartnerRules.Benchmarks;

/// <summary>
/// Issue 13: what-if over 100,000 partners (every partner decided under the policy and under a proposal, then
/// compared) against one batch evaluation of the same partners (the baseline). Target ≤ 2.3×. Same job as the batch.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class WhatIfBenchmarks
{
    private static readonly Instant AsOf = BenchmarkData.AsOf;

    private PartnerProfile[] _partners = null!;
    private PartnerRulesEngine _engine = null!;

    [Params(100_000)]
    public int Partners { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _partners = BenchmarkData.Partners(Partners);
        _engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = CultureInfo.GetCultureInfo("en-US") });
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<Decision> Batch() => _engine.EvaluateHoEligibility(_partners, AsOf);

    [Benchmark]
    public PolicyImpact<PartnerProfile> What_if() => _engine.CompareHoEligibility(_partners, AsOf, BenchmarkSchedules.Proposal);
}
