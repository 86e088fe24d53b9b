using System.Linq;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Incentives;

/// <summary>The four rows of DOMAIN.md §5, their caps, and the two criteria.</summary>
public sealed class IncentiveAmountTests
{
    private static readonly PartnerId Partner = new("P-1");

    private static IncentiveClaim Claim(IncentiveKind kind, CustomerType customer, params decimal[] months) =>
        new(Partner, kind, customer) { MonthlySpend = months.Select(Money.Cny).ToArray() };

    private static IncentiveDecision Evaluate(IncentiveClaim claim) => Engines.English.EvaluateIncentive(claim);

    [Theory]
    [InlineData(10_000, 60_000, false)]
    [InlineData(50_000, 300_000, false)]  // exactly the cap: not lowered by it
    [InlineData(60_000, 300_000, true)]
    [InlineData(0, 0, false)]
    public void First_project_for_a_new_customer_pays_six_months_of_spend_capped_at_300000(decimal monthly, decimal payable, bool capped)
    {
        var decision = Evaluate(Claim(IncentiveKind.FirstCommercialProject, CustomerType.New, Enumerable.Repeat(monthly, 6).ToArray()));

        Assert.True(decision.IsApproved);
        Assert.Equal(Money.Cny(payable), decision.Payable);
        Assert.Equal(Money.Cny(300_000m), decision.Cap);
        Assert.Equal(capped, decision.IsCapped);
    }

    [Fact]
    public void Months_after_the_spend_window_are_ignored()
    {
        var decision = Evaluate(Claim(IncentiveKind.FirstCommercialProject, CustomerType.New, 1, 2, 3, 4, 5, 6.25m, 1_000_000));

        Assert.Equal(Money.Cny(21.25m), decision.Payable);
        Assert.False(decision.IsCapped);
        Assert.Equal("6 of 6 months of spend reported; the spend period is complete.", decision.Findings[0].Message);
    }

    [Fact]
    public void An_incomplete_spend_period_refuses_with_zero_payable_and_the_rows_cap()
    {
        var decision = Evaluate(Claim(IncentiveKind.FirstCommercialProject, CustomerType.New, 100_000, 100_000, 100_000, 100_000, 100_000));

        Assert.False(decision.IsApproved);
        Assert.Equal(new Finding(FindingCodes.IncentiveSpendPeriodComplete, false, "5 of 6 months of spend reported; the spend period is not complete.") { Count = 5, Required = 6 }, decision.Findings[0]);
        Assert.True(decision.Findings[1].Passed);
        Assert.Equal(Money.Cny(0m), decision.Payable);
        Assert.Equal(Money.Cny(300_000m), decision.Cap);
        Assert.False(decision.IsCapped);
        Assert.Null(decision.ChangesOn);
    }

    [Fact]
    public void First_project_for_an_existing_customer_pays_a_fixed_50000_without_a_cap()
    {
        var decision = Evaluate(Claim(IncentiveKind.FirstCommercialProject, CustomerType.Existing));

        Assert.True(decision.IsApproved);
        Assert.Equal(Money.Cny(50_000m), decision.Payable);
        Assert.Null(decision.Cap);
        Assert.False(decision.IsCapped);
        Assert.Equal(
            new[]
            {
                new Finding("INCENTIVE.SPEND_PERIOD_COMPLETE", true, "Does not apply: the incentive for an existing customer does not depend on monthly spend."),
                new Finding("INCENTIVE.COMMITTEE_APPROVAL", true, "Does not apply: only the acceleration incentive for an existing customer needs a committee approval."),
                new Finding("INCENTIVE.NEW_CUSTOMER_PRIOR_CASH", true, "Does not apply: the new-customer limit on prior cash concerns new customers only."),
            },
            decision.Findings);
    }

    [Theory]
    [InlineData(70_000, 80_000, 150_000, false)]
    [InlineData(100_000, 100_000, 150_000, true)]
    [InlineData(0.01, 0.02, 0.03, false)]
    public void Acceleration_for_a_new_customer_pays_two_months_of_spend_capped_at_150000(decimal first, decimal second, decimal payable, bool capped)
    {
        var decision = Evaluate(Claim(IncentiveKind.Acceleration, CustomerType.New, first, second, 999_999));

        Assert.True(decision.IsApproved);
        Assert.Equal(Money.Cny(payable), decision.Payable);
        Assert.Equal(Money.Cny(150_000m), decision.Cap);
        Assert.Equal(capped, decision.IsCapped);
    }

    [Fact]
    public void Acceleration_for_a_new_customer_needs_two_months_reported()
    {
        var decision = Evaluate(Claim(IncentiveKind.Acceleration, CustomerType.New, 100_000));

        Assert.False(decision.IsApproved);
        Assert.Equal("1 of 2 months of spend reported; the spend period is not complete.", decision.Findings[0].Message);
        Assert.Equal(Money.Cny(0m), decision.Payable);
        Assert.Equal(Money.Cny(150_000m), decision.Cap);
    }

    [Theory]
    [InlineData(12_000, 12_000, false)]
    [InlineData(20_000, 20_000, false)]
    [InlineData(25_000, 20_000, true)]
    [InlineData(0, 0, false)] // zero is an approval of zero
    public void Acceleration_for_an_existing_customer_pays_the_committee_amount_capped_at_20000(decimal approved, decimal payable, bool capped)
    {
        var claim = Claim(IncentiveKind.Acceleration, CustomerType.Existing) with { CommitteeApprovedAmount = Money.Cny(approved) };

        var decision = Evaluate(claim);

        Assert.True(decision.IsApproved);
        Assert.Equal(Money.Cny(payable), decision.Payable);
        Assert.Equal(Money.Cny(20_000m), decision.Cap);
        Assert.Equal(capped, decision.IsCapped);
    }

    [Fact]
    public void Acceleration_for_an_existing_customer_without_a_committee_amount_is_refused()
    {
        var decision = Evaluate(Claim(IncentiveKind.Acceleration, CustomerType.Existing));

        Assert.False(decision.IsApproved);
        Assert.Equal(
            new Finding("INCENTIVE.COMMITTEE_APPROVAL", false, "No committee-approved amount: the acceleration incentive for an existing customer needs the amount the ecosystem committee approved."),
            decision.Findings[1]);
        Assert.Equal(Money.Cny(0m), decision.Payable);
        Assert.Equal(Money.Cny(20_000m), decision.Cap);
    }

    [Fact]
    public void The_committee_amount_is_stated_in_the_finding()
    {
        var claim = Claim(IncentiveKind.Acceleration, CustomerType.Existing) with { CommitteeApprovedAmount = Money.Cny(12_345.5m) };

        Assert.Equal("The ecosystem committee approved 12345.50 CNY.", Evaluate(claim).Findings[1].Message);
    }

    [Fact]
    public void A_policy_in_another_currency_pays_in_that_currency()
    {
        var policy = ProgramPolicy.Default with
        {
            Currency = "USD",
            FirstProjectNewCustomerCap = new Money(40_000m, "USD"),
            FirstProjectExistingCustomerAmount = new Money(7_000m, "USD"),
            AccelerationNewCustomerCap = new Money(20_000m, "USD"),
            AccelerationExistingCustomerCap = new Money(3_000m, "USD"),
            NewCustomerPriorCashLimit = new Money(150m, "USD"),
        };
        var engine = new PartnerRulesEngine(new PartnerRulesOptions { Policy = policy, Culture = Engines.EnglishCulture });

        var refused = engine.EvaluateIncentive(new IncentiveClaim(Partner, IncentiveKind.Acceleration, CustomerType.Existing));

        Assert.Equal(new Money(0m, "USD"), refused.Payable);
        Assert.Equal(new Money(3_000m, "USD"), refused.Cap);
    }
}
