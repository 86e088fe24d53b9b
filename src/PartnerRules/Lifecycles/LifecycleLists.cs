using System;
using System.Collections.Generic;

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

    public static bool Equal<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.Count != b.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Count; i++)
        {
            if (!comparer.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return 0;
        }

        var comparer = EqualityComparer<T>.Default;
        unchecked
        {
            var hash = list.Count;
            // Stryker disable once Equality,Arithmetic,Bitwise,Conditional : hash mixing only; any deterministic mix (even skipping the loop) keeps equal lists hashing equal, which is the whole contract
            for (var i = 0; i < list.Count; i++)
            {
                hash = (hash * 397) ^ (list[i] is null ? 0 : comparer.GetHashCode(list[i]!));
            }

            return hash;
        }
    }
}
