using BenchmarkDotNet.Running;
using PartnerRules.Benchmarks;

// `-- probe`: allocation and time breakdown of one decision; `-- scale`: batch growth and memory held.
switch (args)
{
    case ["probe"]:
        Probe.Run();
        break;
    case ["scale", ..]:
        Scale.Run(args[1..]);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}
