using System;
using System.Linq;
using NodaTime;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>Incentives under a schedule: the version in force on the project's start date governs the whole claim.</summary>
public sealed class ScheduledIncentiveTests
{
    private static IncentiveClaim Claim(LocalDate? startedOn) =>
        new(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.New)
        {
            MonthlySpend = Enumerable.Repeat(Money.Cny(60_000m), 6).ToArray(),
            ProjectStartedOn = startedOn,
        };

    [Fact]
    public void A_2026_claim_and_a_2027_claim_under_one_schedule_are_capped_by_their_own_versions()
    {
        var claim2026 = ScheduleTests.Engine.EvaluateIncentive(Claim(new LocalDate(2026, 12, 31)));
        var claim2027 = ScheduleTests.Engine.EvaluateIncentive(Claim(new LocalDate(2027, 1, 1)));

        Assert.Equal((Money.Cny(300_000m), "2026"), (claim2026.Payable, claim2026.PolicyVersion));
        Assert.Equal((Money.Cny(250_000m), "2027"), (claim2027.Payable, claim2027.PolicyVersion));
        Assert.True(claim2026.IsCapped && claim2027.IsCapped);
    }

    [Fact]
    public void Under_several_versions_a_claim_without_a_start_date_is_bad_input_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => ScheduleTests.Engine.EvaluateIncentive(Claim(null)));

        Assert.Equal("claim", error.ParamName);
        Assert.Contains("ProjectStartedOn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_one_version_a_claim_may_have_no_start_date()
    {
        var decision = Engines.English.EvaluateIncentive(Claim(null));

        Assert.Equal((Money.Cny(300_000m), "default"), (decision.Payable, decision.PolicyVersion));
    }

    [Fact]
    public void A_project_started_before_the_first_version_has_no_policy()
    {
        var error = Assert.Throws<PolicyNotInForceException>(() => ScheduleTests.Engine.EvaluateIncentive(Claim(new LocalDate(2025, 12, 31))));

        Assert.Equal(new LocalDate(2025, 12, 31), error.Date);
    }
}
