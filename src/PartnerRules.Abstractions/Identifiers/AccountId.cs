using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>
/// Identifies a Huawei Cloud account: an employee's personal account or a customer's account. Compared ordinally. <c>default(AccountId)</c> holds no value and is rejected by every
/// public entry point with an <see cref="System.ArgumentException"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct AccountId
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier's text; neither null, empty nor whitespace.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="value"/> is empty or whitespace.</exception>
    public AccountId(string value) => _value = Guard.Identifier(value, nameof(value), "account id");

    /// <summary>The identifier's text; empty only for <c>default(AccountId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(AccountId)</c>, which holds no value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;
}
