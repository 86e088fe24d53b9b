using System;

namespace PartnerRules.Internal;

/// <summary>
/// The one format rule of every identifier type, shared by their constructors (ArgumentException),
/// Parse (FormatException), TryParse (false) and, through Parse, the JSON converter (JsonException).
/// </summary>
/// <remarks>
/// Messages never echo the text given: account ids can be phone numbers, and exception messages
/// must not carry personal data.
/// </remarks>
internal static class IdentifierRule
{
    /// <summary>The most UTF-16 characters an identifier may hold (storage columns and logs stay bounded).</summary>
    public const int MaxLength = 128;

    /// <summary>What is wrong with <paramref name="value"/> as an identifier, or null when it is valid.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="kind">The identifier's kind with its article, capitalised: "A partner id", "An opportunity id".</param>
    public static string? Problem(string value, string kind)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{kind} needs a non-blank value; an empty or whitespace-only string was given.";
        }

        if (value.Length > MaxLength)
        {
            return $"{kind} needs 1 to {MaxLength} characters; {value.Length} were given.";
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]))
        {
            return $"{kind} cannot start or end with white space (spaces inside are allowed); trim it.";
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]))
            {
                return $"{kind} cannot hold control characters (tabs, line breaks and the like); one is at index {i}.";
            }
        }

        return null;
    }

    /// <summary>The constructors' check: <paramref name="value"/> itself, or an ArgumentException naming <paramref name="paramName"/>.</summary>
    public static string Require(string? value, string paramName, string kind)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"{kind} needs a value; null was given.");
        }

        var problem = Problem(value, kind);
        return problem is null ? value : throw new ArgumentException(problem, paramName);
    }

    /// <summary>Parse's check (the IParsable convention): <paramref name="s"/> itself, or a FormatException saying what was wrong.</summary>
    public static string Parse(string? s, string kind)
    {
        if (s is null)
        {
            throw new ArgumentNullException(nameof(s), $"{kind} needs a value; null was given.");
        }

        var problem = Problem(s, kind);
        return problem is null ? s : throw new FormatException(problem);
    }

    /// <summary>TryParse's check: true when <paramref name="s"/> is a valid identifier.</summary>
    // Stryker disable once String : the kind only appears in the problem's text, which IsValid does not read
    public static bool IsValid(string? s) => s is not null && Problem(s, string.Empty) is null;
}
