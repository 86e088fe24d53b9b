using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PartnerRules.EntityFrameworkCore.Storage;
using PartnerRules.Internal;

namespace PartnerRules.EntityFrameworkCore;

// Idempotency keys: a command's fingerprint, and its first outcome replayed while the key lives; a key used again for
// another command is refused, and expired keys are purged.
public sealed partial class PartnerRulesStore
{
    /// <summary>Deletes the idempotency keys whose lifetime has passed.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number deleted.</returns>
    public async Task<int> PurgeExpiredIdempotencyKeysAsync(CancellationToken cancellationToken = default)
    {
        var now = SnapshotRows.Ticks(Clock.GetCurrentInstant());
        await using var db = CreateContext();
        return await db.IdempotencyKeys.Where(k => k.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The first outcome of a live idempotency key used for the same command; null when the key is new, expired or absent.</summary>
    private async Task<CommandOutcome?> Idempotent(PartnerRulesDbContext db, CommandContext context, string fingerprint, CancellationToken cancellationToken)
    {
        if (StoreCommands.IdempotencyKey(context) is not { } key)
        {
            return null;
        }

        var now = SnapshotRows.Ticks(Clock.GetCurrentInstant());
        var stored = await _keyByName(db, key, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.ExpiresAt <= now)
        {
            return null;
        }

        if (stored.Fingerprint != fingerprint)
        {
            throw new IdempotencyKeyReusedException(key);
        }

        PartnerRulesTelemetry.Replays.Add(1);
        return new CommandOutcome(new LifecycleKey(stored.LifecycleKey), stored.Revision, stored.State, Replayed: true);
    }

    private void Remember(PartnerRulesDbContext db, CommandContext context, string fingerprint, CommandOutcome outcome)
    {
        if (context.IdempotencyKey is not { } key)
        {
            return;
        }

        var now = Clock.GetCurrentInstant();
        var row = new IdempotencyRow
        {
            Key = key,
            Fingerprint = fingerprint,
            LifecycleKey = outcome.Key.Value,
            Revision = outcome.Revision,
            State = outcome.State,
            CreatedAt = SnapshotRows.Ticks(now),
            ExpiresAt = SnapshotRows.Ticks(now + _idempotencyLifetime),
        };

        // An expired key of the same name is replaced in the same transaction.
        var nowTicks = row.CreatedAt;
        var expired = _keyExpired(db, key, nowTicks);
        if (expired)
        {
            db.IdempotencyKeys.Update(row);
        }
        else
        {
            db.IdempotencyKeys.Add(row);
        }
    }

    /// <summary>A command's identity for its idempotency key: a SHA-256 of its parts, so no personal data is stored in it.</summary>
    internal static string Fingerprint(params string?[] parts)
    {
        var text = string.Join("\u001f", parts.Select(p => p ?? "\u0000"));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
