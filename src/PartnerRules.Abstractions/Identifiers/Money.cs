using System;
using System.Globalization;

namespace PartnerRules;

/// <summary>
/// An amount of money: a <see cref="decimal"/> amount in an ISO 4217 currency (three upper-case
/// letters). Arithmetic and comparisons require one currency and throw
/// <see cref="ArgumentException"/> otherwise. <c>default(Money)</c> has no currency and is rejected
/// wherever money is required.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares amounts numerically (1.0 CNY equals 1.00 CNY).</remarks>
public readonly record struct Money : IComparable<Money>
{
    /// <summary>The currency of the programme's amounts by default: Chinese yuan.</summary>
    public const string CnyCode = "CNY";

    private readonly string? _currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; may be negative (a difference), though claims reject negative spend.</param>
    /// <param name="currency">An ISO 4217 code: exactly three upper-case letters A–Z, such as "CNY".</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case letters.</exception>
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        _currency = ValidateCurrency(currency, nameof(currency));
    }

    /// <summary>The amount.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 currency code; empty only for <c>default(Money)</c>.</summary>
    public string Currency => _currency ?? string.Empty;

    /// <summary>True for <c>default(Money)</c>, which has no currency.</summary>
    public bool IsDefault => _currency is null;

    /// <summary>An amount in Chinese yuan (CNY).</summary>
    /// <param name="amount">The amount.</param>
    public static Money Cny(decimal amount) => new(amount, CnyCode);

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">An ISO 4217 code.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case letters.</exception>
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>Adds two amounts of one currency.</summary>
    /// <exception cref="ArgumentException">The currencies differ, or either operand is <c>default</c>.</exception>
    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount, SameCurrency(a, b));

    /// <summary>Subtracts two amounts of one currency.</summary>
    /// <exception cref="ArgumentException">The currencies differ, or either operand is <c>default</c>.</exception>
    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount, SameCurrency(a, b));

    /// <summary>Adds two amounts of one currency (the named form of <c>+</c>).</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public Money Add(Money other) => this + other;

    /// <summary>Subtracts an amount of the same currency (the named form of <c>-</c>).</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public Money Subtract(Money other) => this - other;

    /// <summary>The smaller of two amounts of one currency; <paramref name="a"/> when they are equal (1.0 and 1.00 keep the first's scale).</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money Min(Money a, Money b) => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>The larger of two amounts of one currency; <paramref name="a"/> when they are equal (1.0 and 1.00 keep the first's scale).</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money Max(Money a, Money b) => a.CompareTo(b) >= 0 ? a : b;

    /// <summary>Compares amounts of one currency.</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>True when <paramref name="a"/> is less than <paramref name="b"/>.</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;

    /// <summary>True when <paramref name="a"/> is greater than <paramref name="b"/>.</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;

    /// <summary>True when <paramref name="a"/> is at most <paramref name="b"/>.</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <=(Money a, Money b) => a.CompareTo(b) <= 0;

    /// <summary>True when <paramref name="a"/> is at least <paramref name="b"/>.</summary>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >=(Money a, Money b) => a.CompareTo(b) >= 0;

    /// <summary>The amount in invariant culture, then the currency: "300000.00 CNY".</summary>
    public override string ToString() =>
        Amount.ToString("0.00##", CultureInfo.InvariantCulture) + " " + Currency;

    private static string SameCurrency(Money a, Money b)
    {
        if (a._currency is null || b._currency is null)
        {
            throw new ArgumentException("default(Money) has no currency; create money with new Money(amount, currency) or Money.Cny(amount).");
        }

        if (!string.Equals(a._currency, b._currency, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot combine {a._currency} with {b._currency}: convert to one currency first.");
        }

        return a._currency;
    }

    private static string ValidateCurrency(string? currency, string paramName)
    {
        if (currency is null)
        {
            throw new ArgumentNullException(paramName, "A currency is required: an ISO 4217 code such as \"CNY\".");
        }

        if (currency.Length != 3 || !IsUpperAscii(currency[0]) || !IsUpperAscii(currency[1]) || !IsUpperAscii(currency[2]))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code: use three upper-case letters A-Z, such as \"CNY\".", paramName);
        }

        return currency;
    }

    private static bool IsUpperAscii(char c) => c is >= 'A' and <= 'Z';
}
