using System;
using System.Collections.Generic;

namespace PartnerRules.Internal;

/// <summary>Guard clauses shared by the contracts; messages say what was wrong and what to do.</summary>
internal static class Guard
{
    public static string Identifier(string? value, string paramName, string kind)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"A {kind} needs a value; null was given.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"A {kind} needs a non-blank value; an empty or whitespace-only string was given.", paramName);
        }

        return value;
    }

    /// <summary>Copies a list into an immutable array, rejecting a null list and null elements.</summary>
    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, $"{paramName} must be a list (use an empty list for none), not null.");
        }

        if (value.Count == 0)
        {
            return Array.Empty<T>();
        }

        var copy = new T[value.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = value[i] ?? throw new ArgumentException($"{paramName} holds null at index {i}; every element must be set.", paramName);
        }

        return copy;
    }
}
