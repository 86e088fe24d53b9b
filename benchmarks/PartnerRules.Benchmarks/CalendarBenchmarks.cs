using BenchmarkDotNet.Attributes;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Benchmarks;

/// <summary>Deadline arithmetic on China's calendar: a due date three business days out across Golden Week.</summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly LocalDate BeforeGoldenWeek = new(2026, 9, 30);

    [Benchmark(Baseline = true)]
    public LocalDate WeekdaysOnly_AddBusinessDays() => BusinessCalendar.WeekdaysOnly.AddBusinessDays(BeforeGoldenWeek, 3);

    [Benchmark]
    public LocalDate China_AddBusinessDays() => BusinessCalendar.China.AddBusinessDays(BeforeGoldenWeek, 3);
}
