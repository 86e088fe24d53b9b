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

    /// <summary>
    /// SQLite only. True (the default): every commit waits for the disk (<c>PRAGMA synchronous=FULL</c>), so nothing
    /// committed is lost, even to a power cut. False: <c>synchronous=NORMAL</c>, which SQLite recommends with write-ahead
    /// logging: a commit waits for no flush to disk (one saved transition takes about 1 ms instead of one disk flush, 4–8 ms
    /// on the machines measured in benchmarks/README.md); an application crash still loses nothing, and a power cut or an
    /// operating-system crash may lose the last commits but never leaves the database inconsistent. Ignored on PostgreSQL,
    /// whose durability is the server's setting.
    /// </summary>
    public bool SqliteDurableCommits { get; set; } = true;

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

