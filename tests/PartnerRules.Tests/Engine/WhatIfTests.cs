using System;
using System.Linq;
using CsCheck;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.Tests.DependencyInjection;
using PartnerRules.Tests.Eligibility;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>What-if on the engine: who a proposed policy affects, without logging anything as decided.</summary>
public sealed class WhatIfTests
{
    private static readonly Instant AsOf = Time.Local(2026, 12, 20);

    private static readonly ProgramPolicy FourPos = ProgramPolicy.Default with { Version = "proposal", RequiredDeliveredPos = 4 };

    private static readonly PartnerProfile FourDeliveries = Partners.Certified(
        Enumerable.Range(1, 4).Select(m => Partners.DeliveredPo(Time.Local(2026, 8 + m, 1))));

    [Fact]
    public void A_stricter_proposal_lists_the_partners_it_refuses_with_the_criterion_that_changed()
    {
        var partners = new[] { ScheduleTests.ThreeDeliveries, FourDeliveries, ScheduleTests.ThreeDeliveries };

        var impact = ScheduleTests.Engine.CompareHoEligibility(partners, AsOf, FourPos);

        Assert.Equal((3, 0, 2), (impact.Evaluated, impact.NewlyApproved, impact.NewlyRefused));
        Assert.Equal(2, impact.Changes.Count);
        Assert.All(impact.Changes, c => Assert.Same(ScheduleTests.ThreeDeliveries, c.Subject));
        Assert.Equal([FindingCodes.HoDevelopmentPath], impact.Changes[0].ChangedCriteria);
        Assert.Equal(("2026", "proposal"), (impact.Changes[0].Baseline.PolicyVersion, impact.Changes[0].Proposal.PolicyVersion));
    }

    [Fact]
    public void A_proposal_on_incentives_lists_claims_whose_payable_changes()
    {
        var claims = new[] { 2026, 2027 }.Select(year => new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.New)
        {
            MonthlySpend = Enumerable.Repeat(Money.Cny(60_000m), 6).ToArray(),
            ProjectStartedOn = new LocalDate(year, 3, 1),
        }).ToArray();

        var impact = ScheduleTests.Engine.CompareIncentives(claims, ProgramPolicy.Default with { Version = "cap-250k", FirstProjectNewCustomerCap = Money.Cny(250_000m) });

        Assert.Equal((2, 0, 0), (impact.Evaluated, impact.NewlyApproved, impact.NewlyRefused));
        var change = Assert.Single(impact.Changes);
        Assert.Same(claims[0], change.Subject);
        Assert.Equal(Money.Cny(300_000m), ((IncentiveDecision)change.Baseline).Payable);
        Assert.Equal(Money.Cny(250_000m), ((IncentiveDecision)change.Proposal).Payable);
    }

    [Fact]
    public void What_if_logs_nothing_as_decided()
    {
        var logs = new CollectingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        var engine = new PartnerRulesEngine(new PartnerRulesOptions { Schedule = ScheduleTests.TwoYears }, factory.CreateLogger<PartnerRulesEngine>());

        engine.CompareHoEligibility([ScheduleTests.ThreeDeliveries], AsOf, FourPos);
        Assert.Empty(logs.Events);
        engine.EvaluateHoEligibility(ScheduleTests.ThreeDeliveries, AsOf);
        Assert.Single(logs.Events);
    }

    [Fact]
    public void An_invalid_proposal_is_refused_listing_every_problem()
    {
        var proposal = ProgramPolicy.Default with
        {
            RequiredDeliveredPos = -1,
            Currency = "USD",
            TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"],
        };

        var error = Assert.Throws<ArgumentException>(() => ScheduleTests.Engine.CompareHoEligibility([ScheduleTests.ThreeDeliveries], AsOf, proposal));

        Assert.Equal("proposal", error.ParamName);
        Assert.Contains("RequiredDeliveredPos", error.Message, StringComparison.Ordinal);
        Assert.Contains("Europe/Paris", error.Message, StringComparison.Ordinal);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ScheduleTests.Engine.CompareIncentives([], null!));
    }

    [Fact]
    public void What_if_over_many_chunks_equals_comparing_the_two_batches()
    {
        var proposal = ProgramPolicy.Default with { Version = "proposal", RequiredDeliveredPos = 2, OpportunityUpdateWindow = Period.FromDays(60) };
        var underProposal = new PartnerRulesEngine(new PartnerRulesOptions { Policy = proposal, Culture = Engines.EnglishCulture });
        var asOf = Time.Local(2026, 6, 20);

        ScheduledChangesOnPropertyTests.PartnerGen.Array[130, 330].Sample(partners =>
        {
            var expected = PolicyImpact.Compare(partners, ScheduleTests.Engine.EvaluateHoEligibility(partners, asOf), underProposal.EvaluateHoEligibility(partners, asOf));

            var impact = ScheduleTests.Engine.CompareHoEligibility(partners, asOf, proposal);

            Assert.Equal(expected, impact);
            Assert.NotEmpty(impact.Changes);
        }, iter: 5);
    }

    [Fact]
    public void What_if_over_no_partners_finds_no_change()
    {
        var impact = ScheduleTests.Engine.CompareHoEligibility([], AsOf, FourPos);

        Assert.Equal((0, 0, 0, 0), (impact.Evaluated, impact.NewlyApproved, impact.NewlyRefused, impact.Changes.Count));
    }
}

