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
