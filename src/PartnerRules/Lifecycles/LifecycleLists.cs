using System;
using System.Collections.Generic;
using PartnerRules.Internal;

namespace PartnerRules.Lifecycles;

/// <summary>Copies and compares the lists that lifecycle records hold (content equality, so a JSON round trip gives an equal record).</summary>
internal static class LifecycleLists
{
    /// <summary>Copies <paramref name="value"/> into a fresh array; null stays null so that <c>Restore</c> can report it.</summary>
    public static IReadOnlyList<T> CopyOrNull<T>(IReadOnlyList<T>? value)
    {
        if (value is null)
        {
            return null!;
        }

        if (value.Count == 0)
        {
            return Array.Empty<T>();
        }

        var copy = new T[value.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = value[i];
        }

        return Array.AsReadOnly(copy);
    }

    /// <summary>Content equality of two lists (shared with the contracts: see <see cref="SequenceEquality"/>).</summary>
    public static bool Equal<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) => SequenceEquality.Equal(a, b);

    /// <summary>A hash over the list's content, consistent with <see cref="Equal{T}"/>.</summary>
    public static int Hash<T>(IReadOnlyList<T>? list) => SequenceEquality.Hash(list);
}
