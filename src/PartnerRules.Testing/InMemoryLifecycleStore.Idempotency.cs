using System;
using System.Linq;

namespace PartnerRules.Testing;

// Idempotency keys: a command's fingerprint, and its first outcome replayed while the key lives; a key used again for
// another command is refused.
public sealed partial class InMemoryLifecycleStore
{
    private CommandOutcome? Replay(CommandContext context, string fingerprint)
    {
        if (context.IdempotencyKey is not { } key)
        {
            return null;
        }

        if (key.Length is 0 or > 200 || key.Any(char.IsControl))
        {
            throw new ArgumentException("An idempotency key holds 1 to 200 characters and no control characters (CommandContext.IdempotencyKey).", nameof(context));
        }

        if (!_keys.TryGetValue(key, out var stored) || stored.ExpiresAt <= _clock.GetCurrentInstant())
        {
            return null;
        }

        return stored.Fingerprint == fingerprint ? stored.Outcome with { Replayed = true } : throw new IdempotencyKeyReusedException(key);
    }

    private CommandOutcome Remember(CommandContext context, string fingerprint, CommandOutcome outcome)
    {
        if (context.IdempotencyKey is { } key)
        {
            _keys[key] = (fingerprint, outcome, _clock.GetCurrentInstant() + _idempotencyLifetime);
        }

        return outcome;
    }

    private static string Fingerprint(params string?[] parts) => string.Join("\u001f", parts.Select(p => p ?? "\u0000"));
}
