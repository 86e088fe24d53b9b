using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using PartnerRules.Benchmarks.Data;

namespace PartnerRules.Benchmarks;

/// <summary>
/// <c>-- scale [sizes]</c>: a batch's time, bytes allocated, and the memory it holds, per partner, from
/// 1k to 100k partners (default sizes), each size evaluated a few times after a warm-up.
/// "Held" is the managed heap after a full collection with the decisions still referenced, minus
/// the heap before the call: what a caller keeps per partner once the batch returns. "Peak" is the
/// largest heap seen during the batch (sampled) minus the heap before it.
/// </summary>
internal static class Scale
{
    public static void Run(string[] args)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : new[] { 1_000, 10_000, 100_000 };
        var engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = CultureInfo.GetCultureInfo("en-US") });
        engine.EvaluateHoEligibility(BenchmarkData.Partners(5_000), BenchmarkData.AsOf);
        Console.WriteLine("partners | input B per partner | ms per batch (best of 3) | µs per partner | allocated B per partner | held B per partner | peak extra MB");
        foreach (var size in sizes)
        {
            GC.Collect();
            var empty = GC.GetTotalMemory(true);
            var partners = BenchmarkData.Partners(size);
            var inputBytes = GC.GetTotalMemory(true) - empty;
            var best = double.MaxValue;
            long allocated = 0;
            long held = 0;
            long peak = 0;
            for (var round = 0; round < 3; round++)
            {
                IReadOnlyList<Decision>? decisions = null;
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var before = GC.GetTotalMemory(true);
                var allocatedBefore = GC.GetTotalAllocatedBytes(true);
                var max = before;
                using var sampler = new System.Threading.Timer(_ => max = Math.Max(max, GC.GetTotalMemory(false)), null, 0, 5);
                var clock = Stopwatch.StartNew();
                decisions = engine.EvaluateHoEligibility(partners, BenchmarkData.AsOf);
                clock.Stop();
                sampler.Dispose();
                allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
                if (round == 0)
                {
                    // Later rounds' baselines may still see the previous round's decisions on the stack.
                    held = GC.GetTotalMemory(true) - before;
                    peak = max - before;
                }

                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
                GC.KeepAlive(decisions);
                decisions = null;
            }

            GC.KeepAlive(partners);
            Console.WriteLine(FormattableString.Invariant(
                $"{size,8} | {inputBytes / (double)size,8:F0} | {best,10:F1} | {best * 1000 / size,8:F2} | {allocated / (double)size,8:F0} | {held / (double)size,8:F0} | {peak / 1e6,8:F1}"));
        }
    }
}
