using System;
using System.Collections.Generic;

namespace PartnerRules.Internal;

/// <summary>Guard clauses shared by the contracts; messages say what was wrong and what to do.</summary>
internal static partial class Guard
{
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
