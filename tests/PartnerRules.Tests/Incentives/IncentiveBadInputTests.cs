using System;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Incentives;

/// <summary>A bad claim is an ArgumentException naming the parameter, never a refused decision.</summary>
public sealed class IncentiveBadInputTests
{
    private static readonly IncentiveClaim NewCustomer = new(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.New);

    [Fact]
    public void A_null_claim_is_rejected() =>
        Assert.Equal("claim", Assert.ThrowsAny<ArgumentException>(() => Engines.English.EvaluateIncentive(null!)).ParamName);

    [Fact]
    public void A_claim_without_a_partner_is_rejected() =>
        Assert.Equal("claim", Assert.Throws<ArgumentException>(() => Engines.English.EvaluateIncentive(NewCustomer with { Partner = default })).ParamName);

    [Fact]
    public void A_null_spend_list_is_rejected_when_the_claim_is_built() =>
        Assert.ThrowsAny<ArgumentException>(() => NewCustomer with { MonthlySpend = null! });

    public static TheoryData<string, Money[], Money?> BadClaims => new()
    {
        { "negative spend", new[] { Money.Cny(1m), Money.Cny(-0.01m) }, null },
        { "default money", new[] { Money.Cny(1m), default(Money) }, null },
        { "mixed currencies", new[] { Money.Cny(1m), new Money(1m, "USD") }, null },
        { "another currency", new[] { new Money(1m, "USD") }, null },
        { "negative committee amount", Array.Empty<Money>(), Money.Cny(-1m) },
        { "committee amount in another currency", Array.Empty<Money>(), new Money(1m, "EUR") },
        { "default committee amount", Array.Empty<Money>(), default(Money) },
    };

    [Theory]
    [MemberData(nameof(BadClaims))]
    public void Bad_amounts_are_rejected(string why, Money[] spend, Money? approved)
    {
        var claim = NewCustomer with { MonthlySpend = spend, CommitteeApprovedAmount = approved };

        var error = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateIncentive(claim));

        Assert.Equal("claim", error.ParamName);
        Assert.False(string.IsNullOrEmpty(why));
    }
}

public sealed class IncentiveBadInputMessageTests
{
    private static readonly IncentiveClaim NewCustomer = new(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.New);

    public static TheoryData<string, string> Cases() => new()
    {
        { "null claim", "An incentive claim is required. (Parameter 'claim')" },
        { "default partner", "The claim's Partner is default(PartnerId); set the claiming partner's id. (Parameter 'claim')" },
        { "default spend", "The claim's MonthlySpend[1] is default(Money), which has no currency; create it with new Money(amount, currency). (Parameter 'claim')" },
        { "negative spend", "The claim's MonthlySpend[1] is negative (-0.01 CNY); amounts must be zero or more. (Parameter 'claim')" },
        { "mixed currencies", "The claim mixes currencies: MonthlySpend[1] is USD, earlier months are CNY. Report every month in CNY. (Parameter 'claim')" },
        { "another currency", "The claim's MonthlySpend[0] is in USD; claims are in the programme currency CNY. (Parameter 'claim')" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_claim_says_exactly_what_is_wrong(string why, string message)
    {
        IncentiveClaim? claim = why switch
        {
            "null claim" => null,
            "default partner" => NewCustomer with { Partner = default },
            "default spend" => NewCustomer with { MonthlySpend = [Money.Cny(1m), default] },
            "negative spend" => NewCustomer with { MonthlySpend = [Money.Cny(1m), Money.Cny(-0.01m)] },
            "mixed currencies" => NewCustomer with { MonthlySpend = [Money.Cny(1m), new Money(1m, "USD")] },
            "another currency" => NewCustomer with { MonthlySpend = [new Money(1m, "USD")] },
            _ => throw new ArgumentOutOfRangeException(nameof(why)),
        };

        Assert.Equal(message, Assert.ThrowsAny<ArgumentException>(() => Engines.English.EvaluateIncentive(claim!)).Message);
    }
}
