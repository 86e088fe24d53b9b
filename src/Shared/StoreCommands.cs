using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace PartnerRules.Internal;

// The expected-revision rules of ILifecycleStore, compiled into each store (PartnerRules.EntityFrameworkCore and
// PartnerRules.Testing) so both refuse alike.
internal static class StoreCommands
{
    /// <summary>The command's idempotency key, checked (a bad one names the parameter <c>context</c>); null when it has none.</summary>
    public static string? IdempotencyKey(CommandContext context)
    {
        if (context.IdempotencyKey is not { } key)
        {
            return null;
        }

        return key.Length is 0 or > 200 || key.Any(char.IsControl)
            ? throw new ArgumentException("An idempotency key holds 1 to 200 characters and no control characters (CommandContext.IdempotencyKey).", nameof(context))
            : key;
    }

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

    /// <summary>Refuses <c>default(LifecycleKey)</c>.</summary>
    public static void RequireKey(LifecycleKey key)
    {
        if (key.IsDefault)
        {
            throw new ArgumentException("default(LifecycleKey) holds no value: pass the key of a stored lifecycle.", nameof(key));
        }
    }

    /// <summary>The arguments of <c>ExecuteAsync</c>.</summary>
    public static void CheckCommand<T>(LifecycleKey key, string commandName, Action<T> command)
    {
        RequireKey(key);
        if (string.IsNullOrEmpty(commandName))
        {
            throw new ArgumentException("A command name is needed: it tells a repeated idempotency key from a reused one.", nameof(commandName));
        }

        if (command is null)
        {
            throw new ArgumentNullException(nameof(command));
        }
    }

    /// <summary>The lifecycle as the type the caller asked for.</summary>
    public static T As<T>(ILifecycle lifecycle)
        where T : class, ILifecycle =>
        lifecycle as T ?? throw new ArgumentException($"Lifecycle {lifecycle.Key} is a {lifecycle.Kind} lifecycle, not a {typeof(T).Name}.", nameof(T));

    /// <summary>Fires a trigger given as an enum on the lifecycle it drives.</summary>
    public static void Fire<TTrigger>(ILifecycle lifecycle, TTrigger trigger, string? reason)
        where TTrigger : struct, Enum
    {
        switch (lifecycle, (object)trigger)
        {
            case (OpportunityLifecycle l, OpportunityTrigger t):
                l.Fire(t, reason);
                break;
            case (InvoiceReturnLifecycle l, InvoiceReturnTrigger t):
                l.Fire(t, reason);
                break;
            case (CustomerAssociationLifecycle l, AssociationTrigger t):
                l.Fire(t, reason);
                break;
            case (IncentiveSettlementLifecycle l, SettlementTrigger t):
                l.Fire(t, reason);
                break;
            case (SpecialistInvitationLifecycle l, SpecialistInvitationTrigger t):
                l.Fire(t, reason);
                break;
            default:
                throw new ArgumentException($"{typeof(TTrigger).Name} does not drive a {lifecycle.Kind} lifecycle ({lifecycle.Key}).", nameof(trigger));
        }
    }

    /// <summary>The arguments of <c>SaveAsync</c>; returns the context to use.</summary>
    public static CommandContext CheckSave(ILifecycle lifecycle, long expectedRevision, CommandContext? context)
    {
        if (lifecycle is null)
        {
            throw new ArgumentNullException(nameof(lifecycle));
        }

        if (lifecycle.Revision < expectedRevision)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The lifecycle is at revision {0}, below the expected revision {1}: pass the revision it was loaded at.", lifecycle.Revision, expectedRevision), nameof(expectedRevision));
        }

        context ??= CommandContext.None;
        CheckExpectedRevision(context, expectedRevision);
        return context;
    }

    /// <summary>
    /// What identifies a save for its idempotency key: the change itself, so the same key with other changes from the same
    /// revision is refused, not replayed. Serialised only when the command carries a key (nothing else reads it).
    /// </summary>
    public static string?[] SaveCommand(ILifecycle lifecycle, long expectedRevision, CommandContext context, JsonSerializerOptions json)
    {
        if (context.IdempotencyKey is null)
        {
            return [];
        }

        var changed = lifecycle.ToSnapshot();
        return ["save", lifecycle.Key.Value, expectedRevision.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(changed, changed.GetType(), json)];
    }
}
