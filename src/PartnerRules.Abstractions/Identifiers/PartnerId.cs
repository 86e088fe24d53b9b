using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>
/// Identifies a partner account in the programme. Compared ordinally. <c>default(PartnerId)</c> holds no value and is rejected by every
/// public entry point with an <see cref="System.ArgumentException"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct PartnerId
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier's text; neither null, empty nor whitespace.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="value"/> is empty or whitespace.</exception>
    public PartnerId(string value) => _value = Guard.Identifier(value, nameof(value), "partner id");

    /// <summary>The identifier's text; empty only for <c>default(PartnerId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(PartnerId)</c>, which holds no value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;
}
