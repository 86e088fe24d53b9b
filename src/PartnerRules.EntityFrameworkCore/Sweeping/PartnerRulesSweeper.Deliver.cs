using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.EntityFrameworkCore;

// Delivery: outbox rows claimed a batch at a time, handed to the host's handler while the claim lasts, then marked
// delivered or released.
public sealed partial class PartnerRulesSweeper
{
    /// <summary>
    /// Claims a batch of outbox rows in one transaction, hands them to the handler one by one while the claim lasts, then
    /// marks the handled ones delivered in one statement. A row whose handler failed stays claimed (delivered again once
    /// the claim lapses); rows not reached because the sweep was cancelled are released.
    /// </summary>
    private async Task<int> DeliverAsync(List<StoredRowProblem> problems, CancellationToken cancellationToken)
    {
        var delivered = 0;
        long afterId = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claimedAt = _store.Clock.GetCurrentInstant();
            var until = claimedAt + _options.ClaimDuration;
            var untilTicks = SnapshotRows.Ticks(until);
            List<OutboxRow> claimed;
            await using (var db = _store.CreateContext())
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                claimed = await DueRows.ToDeliver(db, SnapshotRows.Ticks(claimedAt), afterId, _options.BatchSize, cancellationToken).ConfigureAwait(false);
                foreach (var row in claimed)
                {
                    row.ClaimedUntil = untilTicks;
                    row.Attempts++;
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            var done = new List<long>(claimed.Count);
            var failed = new HashSet<long>();
            try
            {
                foreach (var row in claimed)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (_store.Clock.GetCurrentInstant() >= until)
                    {
                        // The claim has lapsed: another sweeper may hold these rows now.
                        break;
                    }

                    try
                    {
                        await _handler.HandleAsync(Obligation(row), cancellationToken).ConfigureAwait(false);
                        done.Add(row.Id);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // Left claimed: delivered again once the claim lapses.
                        failed.Add(row.Id);
                        problems.Add(new StoredRowProblem(row.LifecycleKey, $"The overdue-obligation handler failed for {row.DeduplicationKey}: {ex.Message}"));
                    }
                }
            }
            finally
            {
                // Not cancellable: what was handled is recorded even when the sweep is being stopped.
                var release = claimed.Where(r => !failed.Contains(r.Id) && !done.Contains(r.Id)).Select(r => r.Id).ToList();
                await FinishAsync(done, release, untilTicks).ConfigureAwait(false);
            }

            delivered += done.Count;
            if (claimed.Count < _options.BatchSize)
            {
                PartnerRulesTelemetry.OverdueReported.Add(delivered);
                return delivered;
            }

            afterId = claimed[^1].Id;
        }
    }

    /// <summary>Marks the handled rows delivered and releases this claim on the rows not reached, in one transaction.</summary>
    private async Task FinishAsync(List<long> done, List<long> release, long claimedUntil)
    {
        if (done.Count == 0 && release.Count == 0)
        {
            return;
        }

        var deliveredAt = SnapshotRows.Ticks(_store.Clock.GetCurrentInstant());
        await using var db = _store.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
        if (done.Count > 0)
        {
            await db.Outbox.Where(o => done.Contains(o.Id)).ExecuteUpdateAsync(o => o.SetProperty(x => x.DeliveredAt, deliveredAt), CancellationToken.None).ConfigureAwait(false);
        }

        if (release.Count > 0)
        {
            await db.Outbox.Where(o => release.Contains(o.Id) && o.DeliveredAt == null && o.ClaimedUntil == claimedUntil)
                .ExecuteUpdateAsync(o => o.SetProperty(x => x.ClaimedUntil, (long?)null), CancellationToken.None).ConfigureAwait(false);
        }

        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private static OverdueObligation Obligation(OutboxRow row) =>
        new(row.DeduplicationKey, new LifecycleKey(row.LifecycleKey), Enum.Parse<LifecycleKind>(row.Kind), row.Obligation, row.SubjectId,
            new LocalDate(row.DueOn.Year, row.DueOn.Month, row.DueOn.Day), SnapshotRows.Instant(row.OverdueFrom));
}
