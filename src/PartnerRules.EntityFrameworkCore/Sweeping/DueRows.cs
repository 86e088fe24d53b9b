using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>
/// The sweeper's batches: due rows read, tracked, inside the caller's write transaction, so a batch is decided and
/// written as one unit. SQLite's transaction (<c>BEGIN IMMEDIATE</c>) holds the database's write lock from its start, so
/// a second sweeper reads only after the first has committed and never sees the same rows due. On PostgreSQL the rows are
/// locked with <c>FOR UPDATE SKIP LOCKED</c>: two sweepers take different rows, and a save that read a row before the
/// sweeper locked it fails its revision check after the sweeper commits.
/// </summary>
internal static class DueRows
{
    private const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private static readonly string Opportunity = nameof(LifecycleKind.Opportunity);
    private static readonly string Invitation = nameof(LifecycleKind.SpecialistInvitation);
    private static readonly string Offered = nameof(OpportunityState.Offered);
    private static readonly string Invited = nameof(SpecialistInvitationState.Invited);

    /// <summary>HO offers and specialist invitations whose deadline has passed, after <paramref name="after"/>, in deadline order.</summary>
    public static Task<List<LifecycleRow>> ToExpire(PartnerRulesDbContext db, long now, (long Ticks, string Key)? after, int take, CancellationToken cancellationToken) =>
        ByDeadline(db, """
            "OverdueFrom" <= {0} AND (("Kind" = {1} AND "State" = {2}) OR ("Kind" = {3} AND "State" = {4}))
            """, [now, Opportunity, Offered, Invitation, Invited], after, take).ToListAsync(cancellationToken);

    /// <summary>Rows whose deadline has passed and is not yet reported, after <paramref name="after"/>, in deadline order.</summary>
    public static Task<List<LifecycleRow>> ToReport(PartnerRulesDbContext db, long now, (long Ticks, string Key)? after, int take, CancellationToken cancellationToken) =>
        ByDeadline(db, """
            "OverdueFrom" <= {0} AND ("OverdueReportedFor" IS NULL OR "OverdueReportedFor" <> "OverdueFrom")
            """, [now], after, take).ToListAsync(cancellationToken);

    /// <summary>
    /// Rows with a running deadline (<paramref name="now"/>: only those overdue by then), after <paramref name="after"/>,
    /// in deadline order, untracked and unlocked: a page of <c>ObligationsAsync</c>, which seeks as the sweeper does.
    /// </summary>
    public static Task<List<LifecycleRow>> Running(PartnerRulesDbContext db, long? now, (long Ticks, string Key)? after, int take, CancellationToken cancellationToken) =>
        (now is { } overdueBy
            ? ByDeadline(db, "\"OverdueFrom\" <= {0}", [overdueBy], after, take, lockRows: false)
            : ByDeadline(db, "\"OverdueFrom\" IS NOT NULL", [], after, take, lockRows: false)).AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>Outbox rows not delivered and not claimed (or whose claim has lapsed), after <paramref name="afterId"/>.</summary>
    public static Task<List<OutboxRow>> ToDeliver(PartnerRulesDbContext db, long now, long afterId, int take, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName == Npgsql)
        {
            return db.Outbox.FromSql($"""
                SELECT * FROM partnerrules_outbox
                WHERE "DeliveredAt" IS NULL AND "Id" > {afterId} AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" <= {now})
                ORDER BY "Id" LIMIT {take} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
        }

        return db.Outbox.Where(o => o.DeliveredAt == null && o.Id > afterId && (o.ClaimedUntil == null || o.ClaimedUntil <= now))
            .OrderBy(o => o.Id).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Lifecycle rows matching <paramref name="condition"/> (placeholders <c>{0}</c>… over <paramref name="arguments"/>;
    /// the text is this class's own, never input), on the deadline index (<c>OverdueFrom</c>, <c>Key</c>), from the
    /// position after the previous batch.
    /// </summary>
    /// <remarks>
    /// The position is a row-value comparison, <c>("OverdueFrom", "Key") &gt; (t, k)</c>, which both databases seek in the
    /// index: written as <c>OverdueFrom &gt; t OR (OverdueFrom = t AND Key &gt; k)</c>, SQLite read every row after the
    /// position and sorted them for each batch (279 ms a batch half-way through 100,000 invitations due the same day, which
    /// share one overdue instant; 1.3 ms as a row value). SQLite without statistics also preferred the (Kind, NaturalId)
    /// index for the kind conditions: INDEXED BY keeps it on the deadline index.
    /// </remarks>
    private static IQueryable<LifecycleRow> ByDeadline(PartnerRulesDbContext db, string condition, object[] arguments, (long Ticks, string Key)? after, int take, bool lockRows = true)
    {
        var postgres = db.Database.ProviderName == Npgsql;
        var parameters = new List<object>(arguments);
        var sql = new StringBuilder("SELECT * FROM partnerrules_lifecycles");
        if (!postgres)
        {
            sql.Append(" INDEXED BY \"IX_partnerrules_lifecycles_OverdueFrom_Key\"");
        }

        sql.Append(" WHERE ").Append(condition);
        if (after is { } position)
        {
            sql.Append(CultureInfo.InvariantCulture, $" AND (\"OverdueFrom\", \"Key\") > ({{{parameters.Count}}}, {{{parameters.Count + 1}}})");
            parameters.Add(position.Ticks);
            parameters.Add(position.Key);
        }

        sql.Append(CultureInfo.InvariantCulture, $" ORDER BY \"OverdueFrom\", \"Key\" LIMIT {{{parameters.Count}}}");
        parameters.Add(take);
        if (postgres && lockRows)
        {
            sql.Append(" FOR UPDATE SKIP LOCKED");
        }

#pragma warning disable EF1002 // The SQL text is built from this class's constants; every value is a parameter.
        return db.Lifecycles.FromSqlRaw(sql.ToString(), [.. parameters]);
#pragma warning restore EF1002
    }
}
