using System;
using System.Linq;
using NodaTime;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Eligibility;

/// <summary>
/// The figures a failed HO finding carries (the day it would pass), the last day of an update's window, the first day
/// of a pending version judged at the end of that day, and where an invalid profile of a batch sits.
/// </summary>
public sealed class HoFindingEdgeTests
{
    private static readonly Instant AsOf = Time.Local(2026, 12, 20);

    private static PartnerRulesEngine Engine => Engines.English;

    [Fact]
    public void A_development_path_refusal_names_the_day_a_coming_delivery_lifts_it()
    {
        var partner = Partners.Certified(new[] { Time.Local(2026, 10, 1), Time.Local(2026, 11, 1), Time.Local(2027, 1, 10) }.Select(Partners.DeliveredPo));

        var path = Finding(Engine.EvaluateHoEligibility(partner, AsOf), FindingCodes.HoDevelopmentPath);

        Assert.False(path.Passed);
        Assert.Equal(new LocalDate(2027, 1, 10), path.PassesOn);
    }

    [Fact]
    public void A_stale_sharing_refusal_names_the_day_a_coming_update_lifts_it()
    {
        // Three POs last updated in June (stale at the as-of date), one more delivered, and so updated, on 5 January.
        var partner = Partners.Certified(new[] { Time.Local(2026, 6, 1), Time.Local(2026, 6, 2), Time.Local(2026, 6, 3), Time.Local(2027, 1, 5) }.Select(Partners.DeliveredPo));

        var shares = Finding(Engine.EvaluateHoEligibility(partner, AsOf), FindingCodes.HoSharesOpportunities);

        Assert.False(shares.Passed);
        Assert.Equal(0, shares.Count);
        Assert.Equal(new LocalDate(2027, 1, 5), shares.PassesOn);
    }

    [Fact]
    public void On_the_day_an_update_leaves_its_window_it_no_longer_counts()
    {
        var partner = Partners.Certified(new[] { Time.Local(2026, 9, 1), Time.Local(2026, 10, 1), Time.Local(2026, 10, 2) }.Select(Partners.DeliveredPo));
        var lapse = Engine.EvaluateHoEligibility(partner, AsOf).ChangesOn!.Value;

        var onTheDay = Engine.EvaluateHoEligibility(partner, lapse.At(new LocalTime(0, 0, 1)).InZoneStrictly(Time.Shanghai).ToInstant());
        var dayBefore = Engine.EvaluateHoEligibility(partner, Time.EndOf(lapse.PlusDays(-1)));

        Assert.True(dayBefore.IsApproved);
        Assert.False(onTheDay.IsApproved);
        var shares = Finding(onTheDay, FindingCodes.HoSharesOpportunities);
        Assert.False(shares.Passed);
        Assert.Equal(0, shares.Count);
    }

    [Fact]
    public void A_pending_version_s_first_day_is_judged_at_its_end_not_at_the_next_midnight()
    {
        // Two POs and a third delivered at the very start of 2 January: refused through 1 January under either version,
        // approved from 2 January. The pending version differs only in a longer update window.
        var partner = Partners.Certified(new[] { Time.Local(2026, 10, 1), Time.Local(2026, 11, 1), Time.Local(2027, 1, 2, 0, 0) }.Select(Partners.DeliveredPo));
        var engine = new PartnerRulesEngine(new PartnerRulesOptions
        {
            Schedule = new PolicySchedule(
            [
                new ScheduledPolicy(new LocalDate(2026, 1, 1), ProgramPolicy.Default with { Version = "2026" }),
                new ScheduledPolicy(new LocalDate(2027, 1, 1), ProgramPolicy.Default with { Version = "2027", OpportunityUpdateWindow = Period.FromDays(120) }),
            ]),
        });

        var decision = engine.EvaluateHoEligibility(partner, AsOf);

        Assert.False(decision.IsApproved);
        Assert.Equal(new LocalDate(2027, 1, 2), decision.ChangesOn);
        Assert.Equal(decision, engine.EvaluateHoEligibility([partner], AsOf)[0]);
    }

    [Fact]
    public void An_opportunity_without_an_id_is_named_with_its_partner_s_index_in_a_batch_even_the_first()
    {
        var partner = Partners.Certified([Partners.DeliveredPo(Time.Local(2026, 11, 1)) with { Id = default }]);

        var single = Assert.Throws<ArgumentException>(() => Engine.EvaluateHoEligibility(partner, AsOf));
        var batch = Assert.Throws<ArgumentException>(() => Engine.EvaluateHoEligibility([partner], AsOf));

        Assert.Equal("Opportunities[0] of partner P-1 has Id default(OpportunityId); set the opportunity's id. (Parameter 'partner')", single.Message);
        Assert.Equal("Opportunities[0] of partner P-1 at index 0 has Id default(OpportunityId); set the opportunity's id. (Parameter 'partners')", batch.Message);
    }

    private static Finding Finding(Decision decision, string code) => decision.Findings.Single(f => f.Code == code);
}
