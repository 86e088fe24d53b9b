using System;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

/// <summary>Schedule refusals and the what-if item's text, word for word.</summary>
public sealed class PolicyTextTests
{
    private static readonly LocalDate Julian = new(2026, 6, 1, CalendarSystem.Julian);

    [Fact]
    public void A_schedule_refuses_a_date_outside_the_ISO_calendar_naming_the_calendar()
    {
        var error = Assert.Throws<ArgumentException>(() => PolicyScheduleTests.TwoVersions.InForceOn(Julian));

        Assert.Equal("The date must be in the ISO calendar, not Julian. (Parameter 'date')", error.Message);
    }

    [Fact]
    public void A_scheduled_version_refuses_an_effective_date_outside_the_ISO_calendar_whether_built_or_changed()
    {
        var version = new ScheduledPolicy(new LocalDate(2026, 1, 1), PolicyScheduleTests.V2026);

        var built = Assert.Throws<ArgumentException>(() => new ScheduledPolicy(Julian, PolicyScheduleTests.V2026));
        var changed = Assert.Throws<ArgumentException>(() => version with { EffectiveFrom = Julian });

        Assert.Equal("An effective date must be in the ISO calendar, not Julian. (Parameter 'EffectiveFrom')", built.Message);
        Assert.Equal("An effective date must be in the ISO calendar, not Julian. (Parameter 'EffectiveFrom')", changed.Message);
    }

    [Fact]
    public void A_scheduled_version_refuses_a_null_policy_whether_built_or_changed()
    {
        var version = new ScheduledPolicy(new LocalDate(2026, 1, 1), PolicyScheduleTests.V2026);

        var built = Assert.Throws<ArgumentNullException>(() => new ScheduledPolicy(new LocalDate(2026, 1, 1), null!));
        var changed = Assert.Throws<ArgumentNullException>(() => version with { Policy = null! });

        Assert.Equal("A scheduled version needs its policy; null was given. (Parameter 'Policy')", built.Message);
        Assert.Equal("A scheduled version needs its policy; null was given. (Parameter 'Policy')", changed.Message);
    }

    [Fact]
    public void An_impact_item_prints_its_subject_both_decisions_and_the_changed_criteria()
    {
        var baseline = PolicyImpactTests.Ho(true, true, true);
        var proposal = PolicyImpactTests.Ho(true, false, false);

        var item = new PolicyImpactItem<string>("P-1", baseline, proposal);

        Assert.Equal(
            $"PolicyImpactItem {{ Subject = P-1, Baseline = {baseline}, Proposal = {proposal}, ChangedCriteria = [ HO.SHARES_OPPORTUNITIES, HO.DEVELOPMENT_PATH ] }}",
            item.ToString());
    }
}
