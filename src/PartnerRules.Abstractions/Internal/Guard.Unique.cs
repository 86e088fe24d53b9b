using System;
using System.Collections.Generic;

namespace PartnerRules.Internal;

// Apart from Guard.cs, which PartnerRules also compiles: only the contracts refuse duplicate facts.
internal static partial class Guard
{
    /// <summary>Lists up to this long are checked pair by pair; longer ones through a dictionary.</summary>
    internal const int PairwiseUpTo = 16;

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

        // A partner's opportunities or an account's links are a handful: comparing each with those before it costs
        // less than hashing them into a dictionary, and allocates nothing (a population is read a profile at a time).
        if (list.Count <= PairwiseUpTo)
        {
            for (var i = 1; i < list.Count; i++)
            {
                var k = key(list[i]);
                if (!k.Equals(skip))
                {
                    for (var j = 0; j < i; j++)
                    {
                        if (k.Equals(key(list[j])))
                        {
                            throw Twice(describe(k), j, i, paramName);
                        }
                    }
                }
            }

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
                throw Twice(describe(k), earlier, i, paramName);
            }

            first.Add(k, i);
        }

        return list;
    }

    private static ArgumentException Twice(string what, int earlier, int index, string paramName) =>
        new($"{paramName} lists {what} twice (at index {earlier} and {index}); list each once.", paramName);
}
