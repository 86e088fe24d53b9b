using NodaTime;

namespace PartnerRules.Benchmarks.Data;

/// <summary>
/// The policy schedules of the issue-13 benchmarks, all seen from <see cref="BenchmarkData.AsOf"/> (2026-11-29):
/// the version in force has the default figures, so every schedule decides the benchmark partners as the
/// single default policy does; what differs is the work of choosing the version and of looking across later ones.
/// </summary>
internal static class BenchmarkSchedules
{
    private static readonly ProgramPolicy V2024 = ProgramPolicy.Default with { Version = "2024", RequiredDeliveredPos = 2 };
    private static readonly ProgramPolicy V2025 = ProgramPolicy.Default with { Version = "2025", OpportunityUpdateWindow = Period.FromDays(120) };
    private static readonly ProgramPolicy V2026 = ProgramPolicy.Default with { Version = "2026" };

    /// <summary>Three versions, all in the past: 2026 decides and nothing is pending.</summary>
    public static PolicySchedule AllPast { get; } = new([new(new LocalDate(2024, 1, 1), V2024), new(new LocalDate(2025, 1, 1), V2025), new(new LocalDate(2026, 1, 1), V2026)]);

    /// <summary>
    /// 2025 and 2026 in the past, 2027 pending from 2027-01-01 with a new incentive cap and the same HO figures:
    /// ChangesOn must look across it, and it cannot change any HO verdict.
    /// </summary>
    public static PolicySchedule FutureSameHoFigures { get; } = new(
    [
        new(new LocalDate(2025, 1, 1), V2025),
        new(new LocalDate(2026, 1, 1), V2026),
        new(new LocalDate(2027, 1, 1), ProgramPolicy.Default with { Version = "2027", FirstProjectNewCustomerCap = Money.Cny(250_000m) }),
    ]);

    /// <summary>As <see cref="FutureSameHoFigures"/>, but 2027 needs 4 delivered POs (samples/policies): the pending version must be evaluated.</summary>
    public static PolicySchedule FutureStricter { get; } = new(
    [
        new(new LocalDate(2025, 1, 1), V2025),
        new(new LocalDate(2026, 1, 1), V2026),
        new(new LocalDate(2027, 1, 1), ProgramPolicy.Default with { Version = "2027", RequiredDeliveredPos = 4 }),
    ]);

    /// <summary>The what-if proposal: 4 delivered POs within 12 months, and updates within 60 days.</summary>
    public static ProgramPolicy Proposal { get; } = ProgramPolicy.Default with { Version = "proposal", RequiredDeliveredPos = 4, OpportunityUpdateWindow = Period.FromDays(60) };
}
