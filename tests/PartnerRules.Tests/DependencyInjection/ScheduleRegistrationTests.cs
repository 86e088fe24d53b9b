using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Tests.Engine;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.DependencyInjection;

public sealed class ScheduleRegistrationTests
{
    [Fact]
    public void A_configured_schedule_is_registered_and_the_engine_and_analyzer_use_it()
    {
        using var provider = new ServiceCollection().AddPartnerRules(o => o.Schedule = ScheduleTests.TwoYears).BuildServiceProvider();

        var engine = Assert.IsType<PartnerRulesEngine>(provider.GetRequiredService<IPartnerRulesEngine>());

        Assert.Same(ScheduleTests.TwoYears, provider.GetRequiredService<PolicySchedule>());
        Assert.Same(ScheduleTests.TwoYears, engine.Schedule);
        Assert.Same(engine, provider.GetRequiredService<IPolicyImpactAnalyzer>());
        Assert.Same(ScheduleTests.V2027, provider.GetRequiredService<ProgramPolicy>());
    }

    [Fact]
    public void Without_a_schedule_the_registered_schedule_holds_the_policy_on_every_date()
    {
        using var provider = new ServiceCollection().AddPartnerRules().BuildServiceProvider();

        var version = Assert.Single(provider.GetRequiredService<PolicySchedule>().Versions);

        Assert.Same(ProgramPolicy.Default, version.Policy);
    }

    [Fact]
    public void Lifecycles_under_a_schedule_are_created_under_the_version_in_force_on_the_clocks_date()
    {
        var clock = new FakeClock(Time.Utc(2026, 12, 31, 15, 59, 59));
        var lifecycles = new PartnerRulesLifecycles(clock, ScheduleTests.TwoYears);

        Assert.Same(ScheduleTests.V2027, lifecycles.Policy);
        Assert.NotNull(lifecycles.CreateDraft(new OpportunityId("O-1")));
        clock.Reset(Time.Utc(2025, 12, 31, 15, 59, 59));
        Assert.Throws<PolicyNotInForceException>(() => lifecycles.CreateDraft(new OpportunityId("O-2")));
        Assert.Equal("schedule", Assert.Throws<System.ArgumentNullException>(() => new PartnerRulesLifecycles(clock, (PolicySchedule)null!)).ParamName);
    }
}
