using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.EntityFrameworkCore;

// The write every command ends in, the sweeper's too: the stale-revision check, the row and its new transitions staged,
// the save, and the telemetry of what was saved.
public sealed partial class PartnerRulesStore
{
    /// <summary>Writes the changed row, its new transitions and the idempotency key; a stale revision is a conflict and writes nothing.</summary>
    internal async Task<CommandOutcome> Commit(PartnerRulesDbContext db, LifecycleRow row, ILifecycle lifecycle, long expectedRevision, CommandContext context, string? fingerprint,
        CancellationToken cancellationToken, Func<PartnerRulesDbContext, Task>? alongside = null)
    {
        if (row.Revision != expectedRevision)
        {
            PartnerRulesTelemetry.Conflicts.Add(1);
            throw new ConcurrencyConflictException(lifecycle.Key, expectedRevision, row.Revision);
        }

        var transitions = Stage(db, row, lifecycle, context);
        var outcome = new CommandOutcome(lifecycle.Key, row.Revision, row.State, Replayed: false);
        if (fingerprint is not null)
        {
            Remember(db, context, fingerprint, outcome);
        }

        if (alongside is not null)
        {
            await alongside(db).ConfigureAwait(false);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            PartnerRulesTelemetry.Conflicts.Add(1);
            await using var check = CreateContext();
            var actual = await check.Lifecycles.AsNoTracking().Where(r => r.Key == row.Key).Select(r => (long?)r.Revision).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            throw new ConcurrencyConflictException(lifecycle.Key, expectedRevision, actual);
        }
        catch (DbUpdateException)
        {
            await using var check = CreateContext();
            if (fingerprint is not null && await Idempotent(check, context, fingerprint, cancellationToken).ConfigureAwait(false) is { } raced)
            {
                return raced;
            }

            // Two saves of the same revision: the other one's transitions came first.
            var actual = await check.Lifecycles.AsNoTracking().Where(r => r.Key == row.Key).Select(r => (long?)r.Revision).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (actual != expectedRevision)
            {
                PartnerRulesTelemetry.Conflicts.Add(1);
                throw new ConcurrencyConflictException(lifecycle.Key, expectedRevision, actual);
            }

            throw;
        }

        Saved(transitions);
        return outcome;
    }

    /// <summary>Fills the tracked <paramref name="row"/> from <paramref name="lifecycle"/> and adds its new transitions, without saving; returns how many.</summary>
    internal static int Stage(PartnerRulesDbContext db, LifecycleRow row, ILifecycle lifecycle, CommandContext context)
    {
        var storedVersion = row.Version;
        if (lifecycle.Version < storedVersion)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "The lifecycle holds {0} transitions, fewer than the {1} stored: it is not a later copy of the stored one.", lifecycle.Version, storedVersion), nameof(lifecycle));
        }

        var snapshot = SnapshotRows.Fill(row, lifecycle);
        var transitions = SnapshotRows.NewTransitions(snapshot, storedVersion, context).ToList();
        db.Transitions.AddRange(transitions);
        return transitions.Count;
    }

    internal static void Saved(int transitions)
    {
        PartnerRulesTelemetry.Commands.Add(1);
        if (transitions > 0)
        {
            PartnerRulesTelemetry.Transitions.Add(transitions);
        }
    }
}
