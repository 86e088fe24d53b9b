using System;
using System.Collections.Generic;

namespace PartnerRules.Internal;

/// <summary>Guard clauses shared by the contracts; messages say what was wrong and what to do.</summary>
internal static class Guard
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

    /// <summary>
    /// Refuses a list in which two elements share a key: duplicates in the facts would be counted twice by the
    /// rules. Elements whose key is <paramref name="skip"/> (an unset id, reported by the engine's own guard) are
    /// not compared.
    /// </summary>
    public static IReadOnlyList<T> Unique<T, TKey>(IReadOnlyList<T> list, Func<T, TKey> key, TKey skip, Func<TKey, string> describe, string paramName)
        where TKey : IEquatable<TKey>
    {
        if (list.Count < 2)
        {
            return list;
        }

        var first = new Dictionary<TKey, int>();
        for (var i = 0; i < list.Count; i++)
        {
            var k = key(list[i]);
            if (k.Equals(skip))
            {
                continue;
            }

            if (first.TryGetValue(k, out var earlier))
            {
                throw new ArgumentException($"{paramName} lists {describe(k)} twice (at index {earlier} and {i}); list each once.", paramName);
            }

            first.Add(k, i);
        }

        return list;
    }
}
