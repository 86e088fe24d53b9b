using BenchmarkDotNet.Running;
using PartnerRules;
using PartnerRules.Benchmarks;

// `-- probe`: allocation and time breakdown of one decision; `-- scale`: batch growth and memory held.
switch (args)
{
    case ["cold"]:
        var clock = System.Diagnostics.Stopwatch.StartNew();
        _ = new PartnerRulesEngine();
        System.Console.WriteLine(System.FormattableString.Invariant($"first engine: {clock.Elapsed.TotalMilliseconds:F1} ms"));
        break;
    case ["probe-cold"]:
        ColdProbe.Run();
        break;
    case ["probe"]:
        Probe.Run();
        break;
    case ["probe-schedule", ..]:
        ScheduleProbe.Run(args[1..]);
        break;
    case ["probe-store", ..]:
        await PartnerRules.Benchmarks.Store.StoreProbe.Run(args[1..]);
        break;
    case ["scale", ..]:
        Scale.Run(args[1..]);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
