using System;
using System.Linq;
using NodaTime;
using PartnerRules.Tests.Eligibility;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>The engine under a two-version schedule: which version decides, its name on the decision, and ChangesOn across it.</summary>
public sealed class ScheduleTests
{
    internal static readonly ProgramPolicy V2026 = ProgramPolicy.Default with { Version = "2026" };

    internal static readonly ProgramPolicy V2027 = ProgramPolicy.Default with
    {
        Version = "2027",
        RequiredDeliveredPos = 4,
        FirstProjectNewCustomerCap = Money.Cny(250_000m),
    };

    internal static readonly PolicySchedule TwoYears = new([new(new LocalDate(2026, 1, 1), V2026), new(new LocalDate(2027, 1, 1), V2027)]);

    internal static readonly PartnerRulesEngine Engine = new(new PartnerRulesOptions { Schedule = TwoYears, Culture = Engines.EnglishCulture });

    /// <summary>Three deliveries in the autumn of 2026, the last update on 1 December: eligible under 2026, not under 2027.</summary>
    internal static readonly PartnerProfile ThreeDeliveries = Partners.Certified(
        new[] { Time.Local(2026, 10, 1), Time.Local(2026, 11, 1), Time.Local(2026, 12, 1) }.Select(Partners.DeliveredPo));

    [Fact]
    public void Without_a_schedule_the_engine_runs_its_policy_on_every_date()
    {
        var engine = Engines.English;

        Assert.Single(engine.Schedule.Versions);
        Assert.Same(engine.Policy, engine.Schedule.Versions[0].Policy);
        Assert.Equal(LocalDate.MinIsoValue, engine.Schedule.Versions[0].EffectiveFrom);
        Assert.Equal("default", engine.EvaluateHoEligibility(ThreeDeliveries, Time.Local(2026, 12, 31)).PolicyVersion);
    }

    [Fact]
    public void A_schedule_wins_over_the_policy_and_the_policy_is_its_newest_version()
    {
        var engine = new PartnerRulesEngine(new PartnerRulesOptions { Policy = null!, Schedule = TwoYears });

        Assert.Same(TwoYears, engine.Schedule);
        Assert.Same(V2027, engine.Policy);
    }

    [Fact]
    public void The_last_second_of_2026_is_decided_by_2026_and_the_verdict_flips_on_the_first_day_of_2027()
    {
        var decision = Engine.EvaluateHoEligibility(ThreeDeliveries, Time.Utc(2026, 12, 31, 15, 59, 59));

        Assert.True(decision.IsApproved);
        Assert.Equal("2026", decision.PolicyVersion);
        Assert.Equal(new LocalDate(2027, 1, 1), decision.ChangesOn);
        Flip.AssertExact(decision, Time.Utc(2026, 12, 31, 15, 59, 59), at => Engine.EvaluateHoEligibility(ThreeDeliveries, at));
    }

    [Fact]
    public void The_programmes_midnight_is_decided_by_2027()
    {
        var decision = Engine.EvaluateHoEligibility(ThreeDeliveries, Time.Utc(2026, 12, 31, 16, 0, 0));

        Assert.False(decision.IsApproved);
        Assert.Equal("2027", decision.PolicyVersion);
        Assert.Contains(decision.Findings, f => f.Code == FindingCodes.HoDevelopmentPath && !f.Passed);
    }

    [Fact]
    public void A_future_version_that_changes_nothing_for_the_partner_leaves_ChangesOn_as_time_alone_makes_it()
    {
        var schedule = new PolicySchedule([new(new LocalDate(2026, 1, 1), V2026), new(new LocalDate(2027, 1, 1), V2026 with { Version = "2027", StaffLinkPartnerLimit = 5 })]);
        var engine = new PartnerRulesEngine(new PartnerRulesOptions { Schedule = schedule, Culture = Engines.EnglishCulture });
        var asOf = Time.Local(2026, 12, 20);

        var decision = engine.EvaluateHoEligibility(ThreeDeliveries, asOf);

        Assert.Equal(Engines.English.EvaluateHoEligibility(ThreeDeliveries, asOf).ChangesOn, decision.ChangesOn);
        Assert.True(decision.ChangesOn > new LocalDate(2027, 1, 1));
        Flip.AssertExact(decision, asOf, at => engine.EvaluateHoEligibility(ThreeDeliveries, at));
    }

    [Fact]
    public void A_partner_refused_for_good_stays_refused_under_every_later_version()
    {
        var registered = ThreeDeliveries with { Stage = PartnerStage.Registered };
        var outsider = ThreeDeliveries with { IsPceMember = false };
        var asOf = Time.Local(2026, 12, 20);

        foreach (var partner in new[] { registered, outsider })
        {
            var decision = Engine.EvaluateHoEligibility(partner, asOf);

            Assert.False(decision.IsApproved);
            Assert.Null(decision.ChangesOn);
            Assert.Equal(decision, Engine.EvaluateHoEligibility([partner], asOf)[0]);
            Assert.False(Engine.EvaluateHoEligibility(partner, Time.EndOf(new LocalDate(2027, 1, 1))).IsApproved);
        }
    }

    [Fact]
    public void A_batch_decides_like_single_evaluations_across_versions()
    {
        var partners = Enumerable.Range(0, 70).Select(i => i % 2 == 0 ? ThreeDeliveries : Partners.Certified(
            Enumerable.Range(1, 4).Select(m => Partners.DeliveredPo(Time.Local(2026, 8 + m, 1))))).ToArray();
        var asOf = Time.Local(2026, 12, 30);

        var batch = Engine.EvaluateHoEligibility(partners, asOf);

        Assert.Equal(partners.Select(p => Engine.EvaluateHoEligibility(p, asOf)), batch);
        Assert.Equal(new LocalDate(2027, 1, 1), batch[0].ChangesOn);
        Assert.NotEqual(new LocalDate(2027, 1, 1), batch[1].ChangesOn);
    }

    [Fact]
    public void Before_the_first_version_nothing_is_in_force()
    {
        var error = Assert.Throws<PolicyNotInForceException>(() => Engine.EvaluateHoEligibility(ThreeDeliveries, Time.Utc(2025, 12, 31, 15, 59, 59)));

        Assert.Equal(new LocalDate(2025, 12, 31), error.Date);
        Assert.Equal(new LocalDate(2026, 1, 1), error.FirstEffectiveFrom);
        Assert.Throws<PolicyNotInForceException>(() => Engine.EvaluateHoEligibility([ThreeDeliveries], Time.Local(2025, 6, 1)));
        Assert.Throws<PolicyNotInForceException>(() => Engine.EvaluateStaffLink(new PartnerId("P-1"), new PersonalAccount(new AccountId("A-1"), Site.International), Time.Local(2025, 6, 1)));
    }

    [Fact]
    public void Staff_links_name_the_version_in_force_on_the_evaluation_date()
    {
        var account = new PersonalAccount(new AccountId("A-1"), Site.International);

        Assert.Equal("2026", Engine.EvaluateStaffLink(new PartnerId("P-1"), account, Time.Utc(2026, 12, 31, 15, 59, 59)).PolicyVersion);
        Assert.Equal("2027", Engine.EvaluateStaffLink(new PartnerId("P-1"), account, Time.Utc(2026, 12, 31, 16, 0, 0)).PolicyVersion);
    }
}
