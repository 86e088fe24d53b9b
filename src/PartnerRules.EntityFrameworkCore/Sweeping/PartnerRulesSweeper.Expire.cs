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

// Expiry: HO offers and specialist invitations past their deadline fire Expire, a batch per transaction with their overdue
// reports; a batch that fails to save is taken again one row at a time.
public sealed partial class PartnerRulesSweeper
{
    /// <summary>
    /// Expires due offers and invitations a batch per transaction: each row at the revision read in that transaction, with
    /// its transition and overdue report. A batch that fails to save (a row changed or reported meanwhile) is rolled back
    /// whole and its rows are taken one by one, each in its own transaction, as before batching.
    /// </summary>
    private async Task<(int Expired, int Conflicts)> ExpireAsync(Instant now, List<StoredRowProblem> problems, CancellationToken cancellationToken)
    {
        var nowTicks = SnapshotRows.Ticks(now);
        var context = new CommandContext(_options.Actor);
        int expired = 0, conflicts = 0;
        (long Ticks, string Key)? after = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int read, transitions = 0;
            var staged = new List<string>();
            var saved = false;
            await using (var db = _store.CreateContext())
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var due = await DueRows.ToExpire(db, nowTicks, after, _options.BatchSize, cancellationToken).ConfigureAwait(false);
                read = due.Count;
                if (read > 0)
                {
                    after = (due[^1].OverdueFrom!.Value, due[^1].Key);
                }

                foreach (var row in due)
                {
                    try
                    {
                        if (StageExpiry(db, row, now, context) is { } count)
                        {
                            staged.Add(row.Key);
                            transitions += count;
                        }
                    }
                    catch (Exception ex) when (ex is JsonException or PartnerRulesException)
                    {
                        problems.Add(new StoredRowProblem(row.Key, ex.Message));
                    }
                }

                if (staged.Count > 0)
                {
                    saved = await TryCommitAsync(db, transaction, cancellationToken).ConfigureAwait(false);
                }
            }

            if (saved)
            {
                expired += staged.Count;
                PartnerRulesTelemetry.Commands.Add(staged.Count);
                PartnerRulesTelemetry.Transitions.Add(transitions);
            }
            else
            {
                foreach (var key in staged)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    try
                    {
                        if (await ExpireOneAsync(key, now, context, cancellationToken).ConfigureAwait(false))
                        {
                            expired++;
                        }
                    }
                    catch (Exception ex) when (ex is ConcurrencyConflictException or DbUpdateException)
                    {
                        // Another sweeper or a save got there first (its outbox row or its revision): the next sweep looks again.
                        conflicts++;
                    }
                    catch (Exception ex) when (ex is JsonException or PartnerRulesException)
                    {
                        problems.Add(new StoredRowProblem(key, ex.Message));
                    }
                }
            }

            if (read < _options.BatchSize)
            {
                PartnerRulesTelemetry.Expired.Add(expired);
                return (expired, conflicts);
            }
        }
    }

    /// <summary>Fires Expire on a tracked row read in this transaction and adds its transition and overdue report; null when it is not due after all.</summary>
    private int? StageExpiry(PartnerRulesDbContext db, LifecycleRow row, Instant now, CommandContext context)
    {
        if (Expire(row, now) is not (var lifecycle, var obligation, var reportedAlready))
        {
            return null;
        }

        var transitions = PartnerRulesStore.Stage(db, row, lifecycle, context);
        if (!reportedAlready && obligation is not null)
        {
            db.Outbox.Add(OutboxRowFor(row.Key, lifecycle.Kind, obligation, now));
        }

        return transitions;
    }

    /// <summary>
    /// Restores a row and fires Expire when it is an HO offer or a specialist invitation past its deadline: the lifecycle,
    /// the obligation that became overdue, and whether it was reported before; null when the row is not due after all.
    /// </summary>
    private (ILifecycle Lifecycle, Obligation? Obligation, bool ReportedAlready)? Expire(LifecycleRow row, Instant now)
    {
        if (row.OverdueFrom is not { } overdueFrom || overdueFrom > SnapshotRows.Ticks(now))
        {
            return null;
        }

        var lifecycle = _store.Lifecycles.Restore(SnapshotRows.Read(row));
        if (lifecycle.Deadline is not { } deadline || !deadline.IsOverdue(now))
        {
            return null;
        }

        var obligation = Describe(lifecycle.ToSnapshot(), now);
        switch (lifecycle)
        {
            case OpportunityLifecycle offer when offer.State == OpportunityState.Offered:
                offer.Fire(OpportunityTrigger.Expire);
                break;
            case SpecialistInvitationLifecycle invitation when invitation.State == SpecialistInvitationState.Invited:
                invitation.Fire(SpecialistInvitationTrigger.Expire);
                break;
            default:
                return null;
        }

        return (lifecycle, obligation, row.OverdueReportedFor == overdueFrom);
    }

    /// <summary>Expires one lifecycle at the revision read now, writing its overdue report in the same transaction.</summary>
    private async Task<bool> ExpireOneAsync(string key, Instant now, CommandContext context, CancellationToken cancellationToken)
    {
        await using var db = _store.CreateContext();
        var row = await db.Lifecycles.SingleOrDefaultAsync(r => r.Key == key, cancellationToken).ConfigureAwait(false);
        if (row is null || Expire(row, now) is not (var lifecycle, var obligation, var reportedAlready))
        {
            return false;
        }

        await _store.Commit(db, row, lifecycle, row.Revision, context, fingerprint: null, cancellationToken, alongside: d =>
        {
            if (!reportedAlready && obligation is not null)
            {
                d.Outbox.Add(OutboxRowFor(row.Key, lifecycle.Kind, obligation, now));
            }

            return Task.CompletedTask;
        }).ConfigureAwait(false);
        return true;
    }
}
