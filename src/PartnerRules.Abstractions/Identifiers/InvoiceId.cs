using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>
/// Identifies an invoice that Huawei Cloud issued to a partner. Compared ordinally. <c>default(InvoiceId)</c> holds no value and is rejected by every
/// public entry point with an <see cref="System.ArgumentException"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct InvoiceId
{
    private readonly string? _value;

    /// <summary>Creates the identifier.</summary>
    /// <param name="value">The identifier's text; neither null, empty nor whitespace.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="value"/> is empty or whitespace.</exception>
    public InvoiceId(string value) => _value = Guard.Identifier(value, nameof(value), "invoice id");

    /// <summary>The identifier's text; empty only for <c>default(InvoiceId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default(InvoiceId)</c>, which holds no value.</summary>
    public bool IsDefault => _value is null;

    /// <summary>Returns <see cref="Value"/>.</summary>
    public override string ToString() => Value;
}
