using System.Collections.Generic;

namespace PartnerRules.Internal;

/// <summary>Content equality for the lists that records hold, so a JSON round trip gives an equal record.</summary>
internal static class SequenceEquality
{
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

    // Stryker disable once all : hash mixing only; any deterministic mix (even skipping the loop, or hashing every list as 0) keeps equal lists hashing equal, which is the whole contract
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
            for (var i = 0; i < list.Count; i++)
            {
                hash = (hash * 397) ^ (list[i] is null ? 0 : comparer.GetHashCode(list[i]!));
            }

            return hash;
        }
    }
}
