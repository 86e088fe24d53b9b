using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>How the store reaches its database, and how long idempotency keys are kept.</summary>
public sealed class PartnerRulesStoreOptions
{
    /// <summary>
    /// Chooses the database, such as <c>o => o.UseSqlite("Data Source=partnerrules.db")</c> or
    /// <c>o => o.UseNpgsql(connectionString)</c>. Required.
    /// </summary>
    public Action<DbContextOptionsBuilder>? Database { get; set; }

    /// <summary>How long an idempotency key answers with its first outcome; after that the key may be used again. Default: 24 hours.</summary>
    public Duration IdempotencyKeyLifetime { get; set; } = Duration.FromHours(24);

    internal void Validate()
    {
        if (Database is null)
        {
            throw new ArgumentException("PartnerRulesStoreOptions.Database is not set: choose the database, such as o => o.UseSqlite(\"Data Source=partnerrules.db\").", nameof(Database));
        }

        if (IdempotencyKeyLifetime <= Duration.Zero)
        {
            throw new ArgumentException($"PartnerRulesStoreOptions.IdempotencyKeyLifetime must be positive (was {IdempotencyKeyLifetime}).", nameof(IdempotencyKeyLifetime));
        }
    }
}

