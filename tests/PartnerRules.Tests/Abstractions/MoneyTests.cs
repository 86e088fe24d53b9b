using System;
using System.Globalization;
using PartnerRules;

namespace PartnerRules.Tests.Abstractions;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("cny")]
    [InlineData("CN")]
    [InlineData("CNYY")]
    [InlineData("C1Y")]
    [InlineData("")]
    [InlineData("ÇNY")]
    public void A_currency_that_is_not_three_upper_case_letters_is_rejected(string currency)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, currency));
        Assert.Equal("currency", ex.ParamName);
    }

    [Fact]
    public void A_null_currency_is_rejected() =>
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new Money(1m, null!)).ParamName);

    [Fact]
    public void Cny_creates_yuan() => Assert.Equal(new Money(5m, "CNY"), Money.Cny(5m));

    [Fact]
    public void Addition_and_subtraction_keep_the_currency()
    {
        Assert.Equal(Money.Cny(7.5m), Money.Cny(5m) + Money.Cny(2.5m));
        Assert.Equal(Money.Cny(2.5m), Money.Cny(5m) - Money.Cny(2.5m));
        Assert.Equal(Money.Cny(7.5m), Money.Cny(5m).Add(Money.Cny(2.5m)));
        Assert.Equal(Money.Cny(-1m), Money.Cny(1m).Subtract(Money.Cny(2m)));
    }

    [Fact]
    public void Mixing_currencies_is_rejected()
    {
        var usd = new Money(1m, "USD");
        Assert.Throws<ArgumentException>(() => Money.Cny(1m) + usd);
        Assert.Throws<ArgumentException>(() => Money.Cny(1m) - usd);
        Assert.Throws<ArgumentException>(() => Money.Cny(1m) < usd);
        Assert.Throws<ArgumentException>(() => Money.Cny(1m).CompareTo(usd));
        Assert.Throws<ArgumentException>(() => Money.Min(Money.Cny(1m), usd));
    }

    [Fact]
    public void Default_money_cannot_take_part_in_arithmetic()
    {
        Assert.True(default(Money).IsDefault);
        Assert.Throws<ArgumentException>(() => default(Money) + Money.Cny(1m));
    }

    [Fact]
    public void Comparisons_order_amounts_of_one_currency()
    {
        Assert.True(Money.Cny(1m) < Money.Cny(2m));
        Assert.True(Money.Cny(2m) > Money.Cny(1m));
        Assert.True(Money.Cny(2m) <= Money.Cny(2.00m));
        Assert.True(Money.Cny(2m) >= Money.Cny(2m));
        Assert.Equal(Money.Cny(1m), Money.Min(Money.Cny(1m), Money.Cny(2m)));
        Assert.Equal(Money.Cny(2m), Money.Max(Money.Cny(1m), Money.Cny(2m)));
    }

    [Theory]
    [InlineData("1.0", "1.00")]
    [InlineData("1.00", "1.0")]
    public void Min_and_max_of_equal_amounts_return_the_first_operand(string first, string second)
    {
        var a = Money.Cny(decimal.Parse(first, CultureInfo.InvariantCulture));
        var b = Money.Cny(decimal.Parse(second, CultureInfo.InvariantCulture));

        Assert.Equal(first, Money.Min(a, b).Amount.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(first, Money.Max(a, b).Amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Equal_amounts_with_different_scale_are_equal()
    {
        Assert.Equal(Money.Cny(1.0m), Money.Cny(1.00m));
        Assert.Equal(Money.Cny(1.0m).GetHashCode(), Money.Cny(1.00m).GetHashCode());
    }

    [Fact]
    public void ToString_is_culture_independent()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("300000.00 CNY", Money.Cny(300_000m).ToString());
            Assert.Equal("0.125 CNY", Money.Cny(0.125m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
