using System.Linq;
using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;

namespace PartnerRules.Tests.Eligibility;

/// <summary>HO.DEVELOPMENT_PATH: Differentiated, or Certified with 3 POs signed and delivered in [d - 12 months, d].</summary>
public sealed class DifferentiatedOrCertifiedWithDeliveredPosRuleTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29, 10);

    private static Decision Evaluate(Instant asOf, PartnerStage stage, params Instant[] deliveries) =>
        Engines.English.EvaluateHoEligibility(Profile(stage, true, deliveries.Select(DeliveredPo).Append(Po(asOf)).ToArray()), asOf);

    [Fact]
    public void Differentiated_partners_qualify_without_deliveries()
    {
        var decision = Evaluate(AsOf, PartnerStage.Differentiated);

        Assert.Equal(new Finding(FindingCodes.HoDevelopmentPath, true, "Development path stage Differentiated."), decision.Findings[2]);
        Assert.True(decision.IsApproved);
    }

    [Fact]
    public void Registered_partners_never_qualify_whatever_they_delivered()
    {
        var decision = Evaluate(AsOf, PartnerStage.Registered, AsOf, AsOf, AsOf, AsOf);

        Assert.Equal(
            new Finding(FindingCodes.HoDevelopmentPath, false, "Development path stage Registered: stage Certified with 3 POs signed and delivered, or stage Differentiated, is required.") { Required = 3 },
            decision.Findings[2]);
        Assert.False(decision.IsApproved);
    }

    [Fact]
    public void Certified_partner_with_three_deliveries_in_window_is_eligible()
    {
        var first = Time.Local(2025, 11, 29, 8); // the window's first day
        var decision = Evaluate(AsOf, PartnerStage.Certified, first, Time.Local(2026, 6, 1), Time.Local(2026, 11, 29, 9));

        Assert.Equal(new Finding(FindingCodes.HoDevelopmentPath, true, "Development path stage Certified: 3 of 3 required POs signed and delivered since 2025-11-29.") { Count = 3, Required = 3, WindowStart = new NodaTime.LocalDate(2025, 11, 29) }, decision.Findings[2]);
        Assert.True(decision.IsApproved);
        Assert.Equal(new LocalDate(2026, 11, 30), decision.ChangesOn);
    }

    [Fact]
    public void A_delivery_one_day_before_the_window_does_not_count()
    {
        var decision = Evaluate(AsOf, PartnerStage.Certified, Time.Local(2025, 11, 28, 23, 59, 59), Time.Local(2026, 6, 1), Time.Local(2026, 7, 1));

        Assert.Equal(new Finding(FindingCodes.HoDevelopmentPath, false, "Development path stage Certified: 2 of 3 required POs signed and delivered since 2025-11-29.") { Count = 2, Required = 3, WindowStart = new NodaTime.LocalDate(2025, 11, 29) }, decision.Findings[2]);
        Assert.False(decision.IsApproved);
    }

    [Theory]
    [InlineData(15, 59, 59, 2)] // 2025-11-28 23:59:59 in Shanghai
    [InlineData(16, 0, 0, 3)]   // 2025-11-29 00:00:00 in Shanghai
    public void Deliveries_are_dated_in_the_programme_zone(int hour, int minute, int second, int counted)
    {
        var decision = Evaluate(AsOf, PartnerStage.Certified, Time.Utc(2025, 11, 28, hour, minute, second), Time.Local(2026, 6, 1), Time.Local(2026, 7, 1));

        Assert.Contains($"{counted} of 3 required", decision.Findings[2].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Unsigned_and_huawei_originated_deliveries_do_not_count()
    {
        var delivered = Time.Local(2026, 6, 1);
        var profile = Certified(new[]
        {
            DeliveredPo(delivered), DeliveredPo(delivered),
            Po(delivered, signedAt: null, deliveredAt: delivered),
            Ho(delivered, delivered, delivered),
            Po(AsOf),
        });

        var decision = Engines.English.EvaluateHoEligibility(profile, AsOf);

        Assert.Contains("2 of 3 required", decision.Findings[2].Message, System.StringComparison.Ordinal);
        Assert.False(decision.IsApproved);
    }

    [Fact]
    public void The_verdict_changes_when_the_third_newest_delivery_leaves_the_window()
    {
        Instant[] deliveries = { Time.Local(2025, 12, 10), Time.Local(2026, 1, 15), Time.Local(2026, 3, 1), Time.Local(2026, 5, 1) };

        var decision = Evaluate(AsOf, PartnerStage.Certified, deliveries);

        Assert.True(decision.IsApproved);
        Assert.Equal(new LocalDate(2027, 1, 16), decision.ChangesOn);
        var profile = Profile(PartnerStage.Certified, true, deliveries.Select(DeliveredPo).Append(Po(AsOf)).ToArray());
        Flip.AssertExact(decision, AsOf, t => Engines.English.EvaluateHoEligibility(profile, t));
    }

    [Fact]
    public void A_future_delivery_does_not_count_yet_but_sets_the_day_the_partner_becomes_eligible()
    {
        var profile = Profile(PartnerStage.Certified, true,
            DeliveredPo(Time.Local(2026, 6, 1)), DeliveredPo(Time.Local(2026, 7, 1)), DeliveredPo(Time.Local(2026, 12, 3, 9)), Po(AsOf));

        var decision = Engines.English.EvaluateHoEligibility(profile, AsOf);

        Assert.False(decision.IsApproved);
        Assert.Equal(new LocalDate(2026, 12, 3), decision.ChangesOn);
        Flip.AssertExact(decision, AsOf, t => Engines.English.EvaluateHoEligibility(profile, t));
    }

    [Fact]
    public void A_delivery_on_29_february_leaves_the_window_on_1_march_of_the_next_year()
    {
        var asOf = Time.Local(2025, 2, 28); // window [2024-02-28, 2025-02-28]
        var leapDay = Time.Local(2024, 2, 29);
        var profile = Profile(PartnerStage.Certified, true, DeliveredPo(leapDay), DeliveredPo(leapDay), DeliveredPo(leapDay), Po(asOf));

        var decision = Engines.English.EvaluateHoEligibility(profile, asOf);

        Assert.True(decision.IsApproved);
        Assert.Equal(new LocalDate(2025, 3, 1), decision.ChangesOn);
        Flip.AssertExact(decision, asOf, t => Engines.English.EvaluateHoEligibility(profile, t));
    }

    [Fact]
    public void A_delivery_on_28_february_stays_in_the_window_through_29_february_of_a_leap_year()
    {
        // 2024-02-29 minus 12 months is 2023-02-28, so the delivery is still inside on the leap day:
        // date + 12 months + 1 day (2024-02-29) would be a day early.
        var asOf = Time.Local(2024, 2, 20);
        var delivered = Time.Local(2023, 2, 28);
        var profile = Profile(PartnerStage.Certified, true, DeliveredPo(delivered), DeliveredPo(delivered), DeliveredPo(delivered), Po(asOf));

        var decision = Engines.English.EvaluateHoEligibility(profile, asOf);

        Assert.True(decision.IsApproved);
        Assert.Equal(new LocalDate(2024, 3, 1), decision.ChangesOn);
        Assert.True(Engines.English.EvaluateHoEligibility(profile, Time.EndOf(new LocalDate(2024, 2, 29))).IsApproved);
        Flip.AssertExact(decision, asOf, t => Engines.English.EvaluateHoEligibility(profile, t));
    }
}
