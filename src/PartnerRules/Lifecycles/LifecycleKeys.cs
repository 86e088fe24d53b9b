using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace PartnerRules.Lifecycles;

/// <summary>
/// Keys for snapshots written before keys existed: derived from what identifies the lifecycle (its kind, its natural id —
/// never a personal account — and the instant it began), so every read of the same snapshot gives the same key and two
/// lifecycles of one subject begun at different instants get different keys.
/// </summary>
internal static class LifecycleKeys
{
    public static LifecycleKey Derive(LifecycleKind kind, string naturalId, Instant createdAt)
    {
        var text = string.Format(CultureInfo.InvariantCulture, "{0}|{1}|{2}", kind, naturalId, createdAt.ToUnixTimeTicks());
#if NET5_0_OR_GREATER
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
#else
        byte[] hash;
        using (var sha = SHA256.Create())
        {
            hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        }
#endif

        var hex = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return LifecycleKey.Parse(hex.ToString(), null);
    }

    /// <summary>The state's name as its enum declares it.</summary>
    public static string StateName<TState>(TState state)
        where TState : struct, Enum => state.ToString();
}
