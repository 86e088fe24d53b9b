using System;

namespace PartnerRules.Tests.Support;

/// <summary>Assertions for hand-written value equality, shared by the contract and snapshot equality tests.</summary>
internal static class EqualityAssert
{
    /// <summary>Neither value equals the other, in both directions.</summary>
    public static void Differs<T>(T original, T changed)
        where T : IEquatable<T>
    {
        Assert.False(original.Equals(changed));
        Assert.False(changed.Equals(original));
    }

    /// <summary>A distinct copy is equal with an equal hash code, and the value never equals null.</summary>
    public static void EqualCopy<T>(T original, T copy)
        where T : class, IEquatable<T>
    {
        Assert.NotSame(original, copy);
        Assert.True(original.Equals(copy));
        Assert.Equal(original.GetHashCode(), copy.GetHashCode());
        Assert.False(original.Equals((T?)null));
    }
}
