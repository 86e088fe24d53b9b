using System;
using System.Linq;
using NodaTime;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>What-if refuses what the decisions it compares would refuse, and says how many problems a proposal has.</summary>
public sealed class WhatIfCheckTests
{
    private static readonly Instant AsOf = Time.Local(2026, 12, 20);

    [Fact]
    public void A_bad_partner_or_instant_is_refused_as_a_batch_refuses_it()
    {
        var proposal = ProgramPolicy.Default with { Version = "p" };
        var engine = ScheduleTests.Engine;

        Assert.Equal("partners", Assert.Throws<ArgumentNullException>(() => engine.CompareHoEligibility(null!, AsOf, proposal)).ParamName);
        var unset = Assert.Throws<ArgumentException>(() => engine.CompareHoEligibility([ScheduleTests.ThreeDeliveries, new PartnerProfile(default, PartnerStage.Certified, true)], AsOf, proposal));
        Assert.Equal(("partners", "The partner profile at index 1 has Id default(PartnerId); set the partner's id. (Parameter 'partners')"), (unset.ParamName, unset.Message));
        var far = Assert.Throws<ArgumentException>(() => engine.CompareHoEligibility([ScheduleTests.ThreeDeliveries], Instant.MaxValue, proposal));
        Assert.Equal("asOf", far.ParamName);
        Assert.Equal("claims", Assert.Throws<ArgumentNullException>(() => engine.CompareIncentives(null!, proposal)).ParamName);
    }

    [Fact]
    public void Comparing_no_partners_and_no_claims_evaluates_nothing_and_changes_nothing()
    {
        var proposal = ProgramPolicy.Default with { Version = "p", RequiredDeliveredPos = 1 };

        var partners = ScheduleTests.Engine.CompareHoEligibility([], AsOf, proposal);
        var claims = ScheduleTests.Engine.CompareIncentives([], proposal);

        Assert.Equal((0, 0, 0, 0), (partners.Evaluated, partners.NewlyApproved, partners.NewlyRefused, partners.Changes.Count));
        Assert.Equal((0, 0, 0, 0), (claims.Evaluated, claims.NewlyApproved, claims.NewlyRefused, claims.Changes.Count));
    }

    [Fact]
    public void A_proposal_s_problems_are_counted_in_the_message()
    {
        var one = Assert.Throws<ArgumentException>(() => ScheduleTests.Engine.CompareHoEligibility([], AsOf, ProgramPolicy.Default with { RequiredDeliveredPos = -1 }));
        Assert.StartsWith("The proposed policy is invalid (1 problem): RequiredDeliveredPos ", one.Message, StringComparison.Ordinal);

        var two = Assert.Throws<ArgumentException>(() => ScheduleTests.Engine.CompareHoEligibility([], AsOf, ProgramPolicy.Default with
        {
            RequiredDeliveredPos = -1,
            TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"],
        }));
        Assert.StartsWith("The proposed policy is invalid (2 problems): RequiredDeliveredPos ", two.Message, StringComparison.Ordinal);
        Assert.EndsWith("; the proposal's TimeZone is Europe/Paris, the schedule's is Asia/Shanghai. (Parameter 'proposal')", two.Message, StringComparison.Ordinal);

        var currency = Assert.Throws<ArgumentException>(() => ScheduleTests.Engine.CompareHoEligibility([], AsOf, ProgramPolicy.Default with { Currency = "USD" }));
        Assert.Contains("the proposal's Currency is USD, the schedule's is CNY", currency.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_claim_pays_zero_and_names_its_version()
    {
        var claim = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.New)
        {
            MonthlySpend = [Money.Cny(1m)],
            ProjectStartedOn = new LocalDate(2026, 3, 1),
        };

        var decision = ScheduleTests.Engine.EvaluateIncentive(claim);

        Assert.False(decision.IsApproved);
        Assert.Equal(Money.Zero("CNY"), decision.Payable);
        Assert.False(decision.IsCapped);
        Assert.Equal("2026", decision.PolicyVersion);
    }
}
