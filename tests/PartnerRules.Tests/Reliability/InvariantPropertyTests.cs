using System;
using System.Linq;
using CsCheck;
using NodaTime;
using PartnerRules;
using PartnerRules.Testing;

namespace PartnerRules.Tests.Reliability;

/// <summary>Invariants that must hold for every input (CsCheck shrinks any counterexample).</summary>
[Trait("Kind", "Randomised")]
public sealed class InvariantPropertyTests
{
    private static readonly PartnerRulesEngine Engine = new(new PartnerRulesOptions { Culture = System.Globalization.CultureInfo.InvariantCulture });

    private static readonly Gen<Money> Spend = Gen.Int[0, 12_000_000].Select(cents => Money.Cny(cents / 100m));

    private static readonly Gen<IncentiveClaim> Claims = Gen.Select(Gen.Enum<IncentiveKind>(), Gen.Enum<CustomerType>(), Spend.Array[0, 9], Gen.Select(Gen.Bool, Spend))
        .Select((kind, customer, spend, approval) => new IncentiveClaim(new PartnerId("P-1"), kind, customer)
        {
            MonthlySpend = spend,
            CommitteeApprovedAmount = approval.Item1 ? approval.Item2 : null,
        });

    [Fact]
    public void A_payable_incentive_never_exceeds_its_cap_and_is_never_negative() =>
        Claims.Sample(claim =>
        {
            var decision = Engine.EvaluateIncentive(claim);
            Assert.True(decision.Payable.Amount >= 0m);
            if (decision.Cap is { } cap)
            {
                Assert.True(decision.Payable <= cap, $"{decision.Payable} > {cap}");
                Assert.Equal(decision.IsCapped, decision.IsApproved && decision.Payable == cap && Uncapped(claim) > cap.Amount);
            }
            else
            {
                Assert.False(decision.IsCapped);
            }
        }, iter: 2_000);

    [Fact]
    public void An_incentive_never_falls_when_spend_rises() =>
        Gen.Select(Claims, Gen.Int[0, 8], Spend).Sample((claim, month, extra) =>
        {
            if (month >= claim.MonthlySpend.Count)
            {
                return;
            }

            var more = claim.MonthlySpend.ToArray();
            more[month] += extra;
            var before = Engine.EvaluateIncentive(claim);
            var after = Engine.EvaluateIncentive(claim with { MonthlySpend = more });

            Assert.Equal(before.IsApproved, after.IsApproved);
            Assert.True(after.Payable >= before.Payable, $"{after.Payable} < {before.Payable}");
        }, iter: 2_000);

    [Fact]
    public void More_delivered_POs_never_turn_an_eligible_partner_ineligible()
    {
        var asOf = TestDefaults.AsOf;
        var day = Gen.Int[-500, 30].Select(d => asOf + Duration.FromDays(d) + Duration.FromHours(d % 24));
        var partner = Gen.Select(Gen.Enum<PartnerStage>(), Gen.Bool, day.Array[0, 5], day.Array[0, 5])
            .Select((stage, pce, updates, deliveries) =>
            {
                var builder = new PartnerProfileBuilder().AtStage(stage).PceMember(pce);
                foreach (var update in updates)
                {
                    builder.WithPoUpdatedAt(update);
                }

                foreach (var delivery in deliveries)
                {
                    builder.WithDeliveredPo(delivery);
                }

                return builder;
            });

        Gen.Select(partner, day.Array[1, 4]).Sample((builder, extra) =>
        {
            var before = Engine.EvaluateHoEligibility(builder.Build(), asOf);
            foreach (var delivery in extra)
            {
                builder.WithDeliveredPo(delivery);
            }

            var after = Engine.EvaluateHoEligibility(builder.Build(), asOf);
            Assert.True(!before.IsApproved || after.IsApproved, "a delivered PO took eligibility away");
        }, iter: 1_000);
    }

    [Fact]
    public void AddBusinessDays_is_monotone_and_lands_on_business_days()
    {
        var calendar = BusinessCalendar.China;
        var date = Gen.Int[30, 1_050].Select(d => new LocalDate(2024, 1, 1).PlusDays(d));
        Gen.Select(date, Gen.Int[-20, 20], Gen.Int[-20, 20]).Sample((start, a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var first = calendar.AddBusinessDays(start, low);
            var second = calendar.AddBusinessDays(start, high);

            Assert.True(first <= second, $"{start} {low}:{first} > {high}:{second}");
            Assert.True(low == high || first < second);
            if (low != 0)
            {
                Assert.True(calendar.IsBusinessDay(first), $"{first} is not a business day");
            }

            if (high > 0)
            {
                Assert.Equal(second, calendar.AddBusinessDays(calendar.AddBusinessDays(start, high - 1), 1));
            }
        }, iter: 3_000);
    }

    private static decimal Uncapped(IncentiveClaim claim) => (claim.Kind, claim.Customer) switch
    {
        (IncentiveKind.FirstCommercialProject, CustomerType.New) => claim.MonthlySpend.Take(6).Sum(m => m.Amount),
        (IncentiveKind.Acceleration, CustomerType.New) => claim.MonthlySpend.Take(2).Sum(m => m.Amount),
        (IncentiveKind.Acceleration, CustomerType.Existing) => claim.CommitteeApprovedAmount?.Amount ?? 0m,
        _ => 50_000m,
    };
}
