using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.EntityFrameworkCore;

// Reporting: each deadline that became overdue is marked reported and written to the outbox once, a batch per
// transaction; a batch that fails to save is taken again one row at a time.
public sealed partial class PartnerRulesSweeper
{
    /// <summary>
    /// Marks due deadlines reported and writes their outbox rows, a batch per transaction (each row at the revision read in
    /// it); a batch that fails to save is rolled back whole and its rows are taken one by one.
    /// </summary>
    private async Task<int> ReportAsync(Instant now, List<StoredRowProblem> problems, CancellationToken cancellationToken)
    {
        var nowTicks = SnapshotRows.Ticks(now);
        var reported = 0;
        (long Ticks, string Key)? after = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int read, written = 0;
            var staged = new List<LifecycleRow>();
            var saved = false;
            await using (var db = _store.CreateContext())
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var due = await DueRows.ToReport(db, nowTicks, after, _options.BatchSize, cancellationToken).ConfigureAwait(false);
                read = due.Count;
                if (read > 0)
                {
                    after = (due[^1].OverdueFrom!.Value, due[^1].Key);
                }

                var outbox = new List<OutboxRow>();
                foreach (var row in due)
                {
                    try
                    {
                        var snapshot = SnapshotRows.Read(row);
                        if (Describe(snapshot, now) is { IsOverdue: true } obligation)
                        {
                            staged.Add(row);
                            outbox.Add(OutboxRowFor(row.Key, snapshot.Kind, obligation, now));
                        }
                    }
                    catch (Exception ex) when (ex is JsonException or PartnerRulesException)
                    {
                        problems.Add(new StoredRowProblem(row.Key, ex.Message));
                    }
                }

                if (staged.Count > 0)
                {
                    var keys = outbox.ConvertAll(o => o.DeduplicationKey);
                    var existing = (await db.Outbox.AsNoTracking().Where(o => keys.Contains(o.DeduplicationKey)).Select(o => o.DeduplicationKey)
                        .ToListAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
                    for (var i = 0; i < staged.Count; i++)
                    {
                        staged[i].OverdueReportedFor = staged[i].OverdueFrom;
                        if (!existing.Contains(outbox[i].DeduplicationKey))
                        {
                            db.Outbox.Add(outbox[i]);
                            written++;
                        }
                    }

                    saved = await TryCommitAsync(db, transaction, cancellationToken).ConfigureAwait(false);
                }
            }

            if (saved)
            {
                reported += written;
            }
            else
            {
                foreach (var row in staged)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (await ReportOneAsync(row, now, cancellationToken).ConfigureAwait(false))
                    {
                        reported++;
                    }
                }
            }

            if (read < _options.BatchSize)
            {
                return reported;
            }
        }
    }

    /// <summary>Marks one row's deadline reported and writes its outbox row, in one transaction; false when another sweeper (or a save) got there first.</summary>
    private async Task<bool> ReportOneAsync(LifecycleRow row, Instant now, CancellationToken cancellationToken)
    {
        var snapshot = SnapshotRows.Read(row);
        var obligation = Describe(snapshot, now);
        if (obligation is null || !obligation.IsOverdue)
        {
            return false;
        }

        await using var db = _store.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var overdueFrom = row.OverdueFrom;
        var claimed = await db.Lifecycles
            .Where(r => r.Key == row.Key && r.Revision == row.Revision && r.OverdueFrom == overdueFrom && (r.OverdueReportedFor == null || r.OverdueReportedFor != overdueFrom))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.OverdueReportedFor, overdueFrom), cancellationToken).ConfigureAwait(false);
        if (claimed != 1)
        {
            return false;
        }

        var outbox = OutboxRowFor(row.Key, snapshot.Kind, obligation, now);
        if (await db.Outbox.AnyAsync(o => o.DeduplicationKey == outbox.DeduplicationKey, cancellationToken).ConfigureAwait(false))
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        db.Outbox.Add(outbox);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
