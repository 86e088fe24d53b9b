using System;
using System.Globalization;

namespace PartnerRules.Internal;

// The expected-revision rules of ILifecycleStore, compiled into each store (PartnerRules.EntityFrameworkCore and
// PartnerRules.Testing) so both refuse alike.
internal static class StoreCommands
{
    /// <summary>A new lifecycle has no revision to expect.</summary>
    public static void RefuseExpectedRevision(CommandContext context)
    {
        if (context.ExpectedRevision is { } expected)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "A new lifecycle has no stored revision to expect (ExpectedRevision is {0}): leave it unset when adding.", expected), nameof(context));
        }
    }

    /// <summary>SaveAsync's expected revision and the context's must agree.</summary>
    public static void CheckExpectedRevision(CommandContext context, long expectedRevision)
    {
        if (context.ExpectedRevision is { } expected && expected != expectedRevision)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The context expects revision {0} and the call {1}: pass one revision, the one the lifecycle was loaded at.", expected, expectedRevision), nameof(context));
        }
    }

    /// <summary>The expected revision as part of a command's fingerprint.</summary>
    public static string Expected(CommandContext context) =>
        context.ExpectedRevision?.ToString(CultureInfo.InvariantCulture) ?? "stored";

    /// <summary>Refuses a command whose client read another revision than the one stored.</summary>
    public static void CheckStoredRevision(CommandContext context, LifecycleKey key, long stored)
    {
        if (context.ExpectedRevision is { } expected && expected != stored)
        {
            throw new ConcurrencyConflictException(key, expected, stored);
        }
    }
}
