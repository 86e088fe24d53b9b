using System;
using System.Diagnostics.CodeAnalysis;
using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>
/// Identifies an opportunity (机会点), partner-originated or Huawei-originated. Compared ordinally. <c>default(OpportunityId)</c> holds no value and is rejected by every
/// public entry point with an <see cref="ArgumentException"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct OpportunityId
#if NET7_0_OR_GREATER
    : ISpanParsable<OpportunityId>
#endif
{
    private const string Kind = "An opportunity id";

    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier's text: 1 to 128 characters, no control characters, no white space at either end (spaces inside are allowed).</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> breaks the format; the message says how.</exception>
    public OpportunityId(string value) => _value = IdentifierRule.Require(value, nameof(value), Kind);

    // For text IdentifierRule has already checked: no second check.
    private OpportunityId(string checkedValue, bool valid) => _value = valid ? checkedValue : null;

    /// <summary>The identifier's text; empty only for <c>default(OpportunityId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(OpportunityId)</c>, which holds no value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;

    /// <summary>Reads an identifier from text, as the constructor does, without throwing.</summary>
    /// <param name="s">The text; valid when the constructor would accept it.</param>
    /// <param name="id">The identifier, or <c>default(OpportunityId)</c> when the text is not valid.</param>
    /// <returns>True when <paramref name="s"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out OpportunityId id)
    {
        id = new OpportunityId(s!, valid: IdentifierRule.IsValid(s));
        return !id.IsDefault;
    }

    /// <summary>Reads an identifier from text without throwing (the <c>IParsable</c> form; <paramref name="provider"/> is ignored).</summary>
    /// <param name="s">The text; valid when the constructor would accept it.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <param name="result">The identifier, or <c>default(OpportunityId)</c> when the text is not valid.</param>
    /// <returns>True when <paramref name="s"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OpportunityId result) => TryParse(s, out result);

    /// <summary>Reads an identifier from text (the <c>IParsable</c> form; <paramref name="provider"/> is ignored).</summary>
    /// <param name="s">The text: 1 to 128 characters, no control characters, no white space at either end.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> breaks the format; the message says how.</exception>
    public static OpportunityId Parse(string s, IFormatProvider? provider) => new(IdentifierRule.Parse(s, Kind), valid: true);
#if NET7_0_OR_GREATER

    /// <summary>Reads an identifier from characters (the <c>ISpanParsable</c> form; <paramref name="provider"/> is ignored).</summary>
    /// <param name="s">The characters: 1 to 128, no control characters, no white space at either end.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> breaks the format; the message says how.</exception>
    public static OpportunityId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <summary>Reads an identifier from characters without throwing (the <c>ISpanParsable</c> form; <paramref name="provider"/> is ignored).</summary>
    /// <param name="s">The characters; valid when the constructor would accept them as a string.</param>
    /// <param name="provider">Ignored: identifiers do not depend on culture.</param>
    /// <param name="result">The identifier, or <c>default(OpportunityId)</c> when the characters are not valid.</param>
    /// <returns>True when <paramref name="s"/> is a valid identifier.</returns>
    // Longer input cannot be valid: refused before it is copied into a string.
    // Stryker disable once Conditional,Logical,Equality : the length check only saves a copy; TryParse(string) refuses an empty or too long value alike
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out OpportunityId result) =>
        TryParse(s.Length is > 0 and <= IdentifierRule.MaxLength ? s.ToString() : null, out result);
#endif
}
