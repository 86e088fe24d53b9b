using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using NodaTime;
using PartnerRules.Benchmarks.Data;

namespace PartnerRules.Benchmarks;

/// <summary>
/// <c>-- probe-schedule [partners]</c>: the issue-13 ratios without BenchmarkDotNet. Single HO decisions under the
/// single policy and under each schedule of <see cref="BenchmarkSchedules"/>, interleaved round by round in one
/// process (so load spikes hit all alike), then what-if against one batch over the same partners (default 100,000),
/// interleaved too. Times are medians of the rounds; bytes are exact.
/// </summary>
internal static class ScheduleProbe
{
    private const int Rounds = 15;
    private const int PerRound = 20_000;

    public static void Run(string[] args)
    {
        var culture = CultureInfo.GetCultureInfo("en-US");
        var asOf = BenchmarkData.AsOf;
        var partners = BenchmarkData.Partners(1024);
        Engine(culture, null).EvaluateHoEligibility(partners[0], asOf);
        var engines = new (string Name, PartnerRulesEngine Engine)[]
        {
            ("single policy", Engine(culture, null)),
            ("schedule, 3 versions all past", Engine(culture, BenchmarkSchedules.AllPast)),
            ("schedule, future version with the same HO figures", Engine(culture, BenchmarkSchedules.FutureSameHoFigures)),
            ("schedule, future version needing 4 delivered POs", Engine(culture, BenchmarkSchedules.FutureStricter)),
        };
        var times = new double[engines.Length][];
        var bytes = new double[engines.Length];
        for (var e = 0; e < engines.Length; e++)
        {
            times[e] = new double[Rounds];
            Single(engines[e].Engine, partners, asOf, 20_000);
        }

        for (var round = 0; round < Rounds; round++)
        {
            for (var e = 0; e < engines.Length; e++)
            {
                (times[e][round], bytes[e]) = Single(engines[e].Engine, partners, asOf, PerRound);
            }
        }

        var baseline = Median(times[0]);
        for (var e = 0; e < engines.Length; e++)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"{engines[e].Name,-52} median {Median(times[e]),6:F2} µs (min {times[e].Min(),6:F2}) ratio {Median(times[e]) / baseline,5:F2}  {bytes[e],6:F0} B ({bytes[e] / bytes[0],5:F3}×)"));
        }

        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var population = BenchmarkData.Partners(count);
        var engine = engines[0].Engine;
        var batch = new double[3];
        var whatIf = new double[3];
        long batchBytes = 0, whatIfBytes = 0;
        engine.EvaluateHoEligibility(population, asOf);
        engine.CompareHoEligibility(population, asOf, BenchmarkSchedules.Proposal);
        for (var round = 0; round < batch.Length; round++)
        {
            (batch[round], batchBytes) = Timed(() => engine.EvaluateHoEligibility(population, asOf));
            (whatIf[round], whatIfBytes) = Timed(() => engine.CompareHoEligibility(population, asOf, BenchmarkSchedules.Proposal));
        }

        Console.WriteLine(FormattableString.Invariant(
            $"batch {count}: {string.Join(" ", batch.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms, {batchBytes / (double)count:F0} B per partner; what-if: {string.Join(" ", whatIf.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms, {whatIfBytes / (double)count:F0} B per partner; ratio of medians {Median(whatIf) / Median(batch):F2}, of minimums {whatIf.Min() / batch.Min():F2}"));
    }

    private static PartnerRulesEngine Engine(CultureInfo culture, PolicySchedule? schedule) =>
        new(new PartnerRulesOptions { Culture = culture, Schedule = schedule });

    private static (double Microseconds, double Bytes) Single(PartnerRulesEngine engine, PartnerProfile[] partners, Instant asOf, int rounds)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            engine.EvaluateHoEligibility(partners[i & 1023], asOf);
        }

        clock.Stop();
        return (clock.Elapsed.TotalMilliseconds * 1000 / rounds, (GC.GetAllocatedBytesForCurrentThread() - before) / (double)rounds);
    }

    private static (double Milliseconds, long Bytes) Timed(Func<object> run)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(true);
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(run());
        clock.Stop();
        return (clock.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(true) - before);
    }

    private static double Median(double[] values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }
}
