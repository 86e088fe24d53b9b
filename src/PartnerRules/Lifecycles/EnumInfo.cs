using System;
using System.Collections.Generic;

namespace PartnerRules.Lifecycles;

/// <summary>The values of an enum in order, and a fast, allocation-free definedness check.</summary>
internal static class EnumInfo<T>
    where T : struct, Enum
{
    /// <summary>Every defined value, in enum order.</summary>
    public static T[] Values { get; } = Load();

    // Declared after Values: static initialisers run in textual order.
    private static readonly HashSet<T> Defined = [.. Values];

    public static bool IsDefined(T value) => Defined.Contains(value);

    /// <summary>The defined values' names, comma-separated, for a refusal's "use one of".</summary>
    public static string Listed => string.Join(", ", Values);

    private static T[] Load()
    {
#if NET
        return Enum.GetValues<T>();
#else
        return (T[])Enum.GetValues(typeof(T));
#endif
    }
}
