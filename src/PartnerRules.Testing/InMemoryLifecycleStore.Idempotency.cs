using System;
using System.Linq;
using PartnerRules.Internal;

namespace PartnerRules.Testing;

// Idempotency keys: a command's fingerprint, and its first outcome replayed while the key lives; a key used again for
// another command is refused.
public sealed partial class InMemoryLifecycleStore
{
    private CommandOutcome? Replay(CommandContext context, string fingerprint)
    {
        if (StoreCommands.IdempotencyKey(context) is not { } key)
        {
            return null;
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
