using NodaTime;

namespace PartnerRules.Testing;

/// <summary>The fixed values the builders start from, so tests read only what matters to them.</summary>
public static class TestDefaults
{
    /// <summary>The builders' reference instant: 2026-06-01T04:00:00Z (noon in Asia/Shanghai, a Monday).</summary>
    public static Instant AsOf { get; } = Instant.FromUtc(2026, 6, 1, 4, 0);

    /// <summary>The default partner: "P-0001".</summary>
    public static PartnerId Partner { get; } = new("P-0001");

    /// <summary>The default personal or customer account: "A-0001".</summary>
    public static AccountId Account { get; } = new("A-0001");
}
