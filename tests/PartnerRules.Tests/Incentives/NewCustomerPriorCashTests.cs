using System;
using System.Linq;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Incentives;

/// <summary>DOMAIN.md §5: a claimed new customer whose stated prior cash exceeds the policy's limit (1,000 CNY) is refused by its own criterion.</summary>
public sealed class NewCustomerPriorCashTests
{
    private const string Code = "INCENTIVE.NEW_CUSTOMER_PRIOR_CASH";

    private static readonly IncentiveClaim NewCustomer =
        new(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.New) { MonthlySpend = Enumerable.Repeat(Money.Cny(100m), 6).ToArray() };

    private static Finding PriorCashFinding(IncentiveDecision decision) => decision.Findings.Single(f => f.Code == Code);

    [Fact]
    public void The_criterion_comes_after_the_existing_incentive_criteria()
    {
        var decision = Engines.English.EvaluateIncentive(NewCustomer);

        Assert.Equal(["INCENTIVE.SPEND_PERIOD_COMPLETE", "INCENTIVE.COMMITTEE_APPROVAL", Code], decision.Findings.Select(f => f.Code));
    }

    [Theory]
    [InlineData("1000.00", true)]   // at most the limit: still new
    [InlineData("1000.01", false)]  // one fen over: not new
    [InlineData("0", true)]
    public void A_new_customer_with_stated_prior_cash_over_the_limit_is_refused(string priorCash, bool approved)
    {
        var amount = decimal.Parse(priorCash, System.Globalization.CultureInfo.InvariantCulture);
        var decision = Engines.English.EvaluateIncentive(NewCustomer with { CustomerPriorCash = Money.Cny(amount) });

        Assert.Equal(approved, decision.IsApproved);
        Assert.Equal(approved, PriorCashFinding(decision).Passed);
        Assert.Equal(approved ? Money.Cny(600m) : Money.Cny(0m), decision.Payable);
    }

    [Fact]
    public void The_refusal_names_the_prior_cash_and_the_limit_in_both_languages()
    {
        var claim = NewCustomer with { CustomerPriorCash = Money.Cny(1_500m) };

        Assert.Equal("The customer had paid 1500.00 CNY before the opportunity was verified, more than the new-customer limit of 1000.00 CNY: the customer is not new.",
            PriorCashFinding(Engines.English.EvaluateIncentive(claim)).Message);
        Assert.Equal("商机审核通过前客户已付现金1500.00 CNY，超过新客户上限1000.00 CNY：该客户不是新客户。",
            PriorCashFinding(Engines.Chinese.EvaluateIncentive(claim)).Message);
    }

    [Fact]
    public void A_claim_that_does_not_state_prior_cash_passes_and_says_it_was_not_checked()
    {
        var finding = PriorCashFinding(Engines.English.EvaluateIncentive(NewCustomer));

        Assert.True(finding.Passed);
        Assert.Equal("Not checked: the claim does not state the customer's cash paid before the opportunity was verified (new-customer limit 1000.00 CNY).", finding.Message);
    }

    [Fact]
    public void For_an_existing_customer_the_criterion_does_not_apply()
    {
        var claim = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.Existing) { CustomerPriorCash = Money.Cny(1_000_000m) };

        var decision = Engines.English.EvaluateIncentive(claim);

        Assert.True(decision.IsApproved);
        Assert.Equal("Does not apply: the new-customer limit on prior cash concerns new customers only.", PriorCashFinding(decision).Message);
    }

    [Fact]
    public void The_limit_is_the_policys()
    {
        var engine = new PartnerRulesEngine(new PartnerRulesOptions { Policy = ProgramPolicy.Default with { NewCustomerPriorCashLimit = Money.Cny(2_000m) }, Culture = Engines.EnglishCulture });

        Assert.True(engine.EvaluateIncentive(NewCustomer with { CustomerPriorCash = Money.Cny(1_500m) }).IsApproved);
        Assert.False(engine.EvaluateIncentive(NewCustomer with { CustomerPriorCash = Money.Cny(2_000.01m) }).IsApproved);
    }

    [Fact]
    public void A_negative_or_foreign_currency_prior_cash_is_bad_input()
    {
        Assert.Equal("claim", Assert.Throws<ArgumentException>(() => Engines.English.EvaluateIncentive(NewCustomer with { CustomerPriorCash = Money.Cny(-1m) })).ParamName);
        Assert.Equal("claim", Assert.Throws<ArgumentException>(() => Engines.English.EvaluateIncentive(NewCustomer with { CustomerPriorCash = new Money(1m, "USD") })).ParamName);
    }

    [Fact]
    public void Prior_cash_takes_part_in_equality_and_round_trips_through_json()
    {
        var claim = NewCustomer with { CustomerPriorCash = Money.Cny(999m) };
        var options = PartnerRulesJson.CreateOptions();

        Assert.NotEqual(NewCustomer, claim);
        Assert.Equal(claim, NewCustomer with { CustomerPriorCash = Money.Cny(999m) });
        Assert.Equal(claim.GetHashCode(), (NewCustomer with { CustomerPriorCash = Money.Cny(999m) }).GetHashCode());
        Assert.Equal(claim, System.Text.Json.JsonSerializer.Deserialize<IncentiveClaim>(System.Text.Json.JsonSerializer.Serialize(claim, options), options));
        Assert.Null(System.Text.Json.JsonSerializer.Deserialize<IncentiveClaim>("""{"Partner":"P-1","Kind":"Acceleration","Customer":"New"}""", options)!.CustomerPriorCash);
    }
}
