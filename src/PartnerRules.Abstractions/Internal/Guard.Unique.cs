using System;
using System.Collections.Generic;

namespace PartnerRules.Internal;

// Apart from Guard.cs, which PartnerRules also compiles: only the contracts refuse duplicate facts.
internal static partial class Guard
{
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
