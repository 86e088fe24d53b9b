using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PartnerRules.Benchmarks.Data;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Benchmarks;

/// <summary>One staff-link decision, cycling through 1,024 seeded accounts.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 15, iterationCount: 20)]
public class StaffLinkBenchmarks
{
    private const int Mask = 1023;
    private static readonly Instant AsOf = BenchmarkData.AsOf;

    private PersonalAccount[] _accounts = null!;
    private PartnerRulesEngine _engine = null!;
    private ReferenceRules _reference = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _accounts = BenchmarkData.Accounts(Mask + 1);
        _engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = CultureInfo.GetCultureInfo("en-US") });
        _reference = new ReferenceRules(culture: CultureInfo.GetCultureInfo("en-US"));
    }

    [Benchmark(Baseline = true)]
    public object Reference_staff_link() => _reference.StaffLink(BenchmarkData.InvitingPartner, _accounts[_next++ & Mask], AsOf);

    [Benchmark]
    public Decision Engine_staff_link() => _engine.EvaluateStaffLink(BenchmarkData.InvitingPartner, _accounts[_next++ & Mask], AsOf);
}

/// <summary>One incentive decision with its amount, cycling through 1,024 seeded claims.</summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 15, iterationCount: 20)]
public class IncentiveBenchmarks
{
    private const int Mask = 1023;

    private IncentiveClaim[] _claims = null!;
    private PartnerRulesEngine _engine = null!;
    private ReferenceRules _reference = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _claims = BenchmarkData.Claims(Mask + 1);
        _engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = CultureInfo.GetCultureInfo("en-US") });
        _reference = new ReferenceRules(culture: CultureInfo.GetCultureInfo("en-US"));
    }

    [Benchmark(Baseline = true)]
    public object Reference_incentive() => _reference.Incentive(_claims[_next++ & Mask]);

    [Benchmark]
    public IncentiveDecision Engine_incentive() => _engine.EvaluateIncentive(_claims[_next++ & Mask]);
}
