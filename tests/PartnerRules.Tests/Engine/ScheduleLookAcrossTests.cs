using System.Linq;
using NodaTime;
using PartnerRules.Tests.Eligibility;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>ChangesOn across several pending versions, single and batch: each version is looked at until one flips the verdict.</summary>
public sealed class ScheduleLookAcrossTests
{
    private static readonly Instant AsOf = Time.Local(2026, 12, 20);

    private static PartnerRulesEngine Engine(params ScheduledPolicy[] versions) =>
        new(new PartnerRulesOptions { Schedule = new PolicySchedule(versions), Culture = Engines.EnglishCulture });

    private static PartnerRulesEngine Engine(params (int Year, int Month, int RequiredPos)[] versions) =>
        Engine(versions.Select(v => (new LocalDate(v.Year, v.Month, 1), v.RequiredPos)).ToArray());

    /// <summary>Versions differing in the POs required only, each named by its first day.</summary>
    private static PartnerRulesEngine Engine(params (LocalDate From, int RequiredPos)[] versions) =>
        Engine(versions.Select(v => new ScheduledPolicy(v.From, ProgramPolicy.Default with { Version = $"{v.From:uuuu-MM-dd}", RequiredDeliveredPos = v.RequiredPos })).ToArray());

    [Fact]
    public void An_approval_that_lapses_on_a_more_lenient_version_s_first_day_is_decided_by_that_version_from_then_on()
    {
        // Three POs: under 3 required the approval lapses the day the oldest leaves its 12 months; a version taking effect
        // that very day needs 2, so the approval holds until the opportunities are no longer updated.
        var partner = Partners.Certified(new[] { Time.Local(2026, 1, 15), Time.Local(2026, 6, 1), Time.Local(2026, 11, 1) }.Select(Partners.DeliveredPo));
        var lapse = Engine((new LocalDate(2026, 1, 1), 3)).EvaluateHoEligibility(partner, AsOf).ChangesOn!.Value;
        var underTwo = Engine((new LocalDate(2026, 1, 1), 2)).EvaluateHoEligibility(partner, AsOf).ChangesOn!.Value;
        var scheduled = Engine((new LocalDate(2026, 1, 1), 3), (lapse, 2));

        var single = scheduled.EvaluateHoEligibility(partner, AsOf);
        var batch = scheduled.EvaluateHoEligibility([partner, partner], AsOf);

        Assert.True(underTwo > lapse, $"{underTwo} after {lapse}");
        Assert.True(single.IsApproved);
        Assert.Equal(underTwo, single.ChangesOn);
        Assert.All(batch, d => Assert.Equal(single, d));
    }

    [Fact]
    public void A_refusal_nothing_would_lift_is_lifted_on_the_first_day_of_a_more_lenient_pending_version()
    {
        // Two POs where 3 are needed, and none to come: refused on every day under the 2026 figures; from 1 January 2027
        // two suffice.
        var partner = Partners.Certified(new[] { Time.Local(2026, 10, 1), Time.Local(2026, 11, 1) }.Select(Partners.DeliveredPo));
        var scheduled = Engine((2026, 1, 3), (2027, 1, 2));

        Assert.Null(Engine((2026, 1, 3)).EvaluateHoEligibility(partner, AsOf).ChangesOn);
        var single = scheduled.EvaluateHoEligibility(partner, AsOf);
        var batch = scheduled.EvaluateHoEligibility([partner, partner], AsOf);

        Assert.False(single.IsApproved);
        Assert.Equal(new LocalDate(2027, 1, 1), single.ChangesOn);
        Assert.All(batch, d => Assert.Equal(single, d));
    }

    [Theory]
    [InlineData("update window")]
    [InlineData("delivery window")]
    public void A_pending_version_that_differs_in_one_window_only_is_evaluated(string window)
    {
        // Four POs delivered (and last updated) from September to December: approved today. From 1 January 2027 a
        // 10-day update window or a 1-month delivery window leaves fewer than needed, so the approval ends that day.
        var partner = Partners.Certified(Enumerable.Range(9, 4).Select(m => Partners.DeliveredPo(Time.Local(2026, m, 1))));
        var stricter = window == "update window"
            ? ProgramPolicy.Default with { Version = "2027", OpportunityUpdateWindow = Period.FromDays(10) }
            : ProgramPolicy.Default with { Version = "2027", DeliveredPoWindow = Period.FromMonths(1) };
        var engine = Engine(new ScheduledPolicy(new LocalDate(2026, 1, 1), ProgramPolicy.Default with { Version = "2026" }), new ScheduledPolicy(new LocalDate(2027, 1, 1), stricter));

        var single = engine.EvaluateHoEligibility(partner, AsOf);

        Assert.True(single.IsApproved);
        Assert.Equal(new LocalDate(2027, 1, 1), single.ChangesOn);
        Assert.All(engine.EvaluateHoEligibility([partner, partner], AsOf), d => Assert.Equal(single, d));
    }

    [Fact]
    public void A_refusal_that_time_would_lift_is_looked_at_again_under_a_stricter_pending_version()
    {
        // Two POs delivered, a third delivered on 10 January: under the 2026 figures the refusal lifts that day; from
        // 1 January four are needed, so it never lifts.
        var partner = Partners.Certified(new[] { Time.Local(2026, 10, 1), Time.Local(2026, 11, 1), Time.Local(2027, 1, 10) }.Select(Partners.DeliveredPo));
        var alone = Engine((2026, 1, 3));
        var scheduled = Engine((2026, 1, 3), (2027, 1, 4));

        Assert.Equal(new LocalDate(2027, 1, 10), alone.EvaluateHoEligibility(partner, AsOf).ChangesOn);
        var single = scheduled.EvaluateHoEligibility(partner, AsOf);
        Assert.False(single.IsApproved);
        Assert.Null(single.ChangesOn);
        Assert.Equal(single, scheduled.EvaluateHoEligibility([partner], AsOf)[0]);
    }

    [Fact]
    public void An_approval_a_second_pending_version_ends_changes_on_that_version_s_first_day()
    {
        // Four POs: approved under 3 and under 4 required, refused from 1 February when 5 are.
        var partner = Partners.Certified(Enumerable.Range(9, 4).Select(m => Partners.DeliveredPo(Time.Local(2026, m, 1))));
        var scheduled = Engine((2026, 1, 3), (2027, 1, 4), (2027, 2, 5));

        var single = scheduled.EvaluateHoEligibility(partner, AsOf);
        var batch = scheduled.EvaluateHoEligibility([partner, partner], AsOf);

        Assert.True(single.IsApproved);
        Assert.Equal(new LocalDate(2027, 2, 1), single.ChangesOn);
        Assert.All(batch, d => Assert.Equal(single, d));
    }
}
