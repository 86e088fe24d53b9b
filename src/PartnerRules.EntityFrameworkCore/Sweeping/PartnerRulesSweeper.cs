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

/// <summary>Receives each obligation that has become overdue: implemented by the host (mail, a ticket, a message bus).</summary>
/// <remarks>
/// Delivery is at least once: after a crash or a failed call the same obligation comes again, with the same
/// <see cref="OverdueObligation.DeduplicationKey"/>; a handler that must act once records the keys it has handled.
/// A handler that throws is called again once its claim lapses (<see cref="PartnerRulesSweeperOptions.ClaimDuration"/>).
/// </remarks>
public interface IOverdueObligationHandler
{
    /// <summary>Handles one overdue obligation.</summary>
    /// <param name="obligation">What became overdue.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the obligation is handled.</returns>
    Task HandleAsync(OverdueObligation obligation, CancellationToken cancellationToken);
}

/// <summary>An obligation that has become overdue.</summary>
/// <param name="DeduplicationKey">The same for every delivery of this obligation: the lifecycle's key, the code and the due date.</param>
/// <param name="Key">The lifecycle.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Code">The obligation's code, such as <c>INVOICE.PAPER_RETURN</c>.</param>
/// <param name="SubjectId">The subject as <c>Obligation.SubjectId</c> names it (an account masked).</param>
/// <param name="DueOn">The last day on time.</param>
/// <param name="OverdueFrom">The instant it became overdue.</param>
public sealed record OverdueObligation(string DeduplicationKey, LifecycleKey Key, LifecycleKind Kind, string Code, string SubjectId, LocalDate DueOn, Instant OverdueFrom);

/// <summary>What one sweep did.</summary>
/// <param name="Expired">HO offers and specialist invitations expired (their deadline had passed).</param>
/// <param name="Reported">Overdue obligations written to the outbox.</param>
/// <param name="Delivered">Outbox rows delivered to the handler.</param>
/// <param name="Conflicts">Lifecycles another writer changed meanwhile (left for the next sweep).</param>
/// <param name="Problems">Rows that could not be read or delivered, by key.</param>
public sealed record SweepResult(int Expired, int Reported, int Delivered, int Conflicts, IReadOnlyList<StoredRowProblem> Problems);

/// <summary>How often and how much the sweeper works.</summary>
public sealed class PartnerRulesSweeperOptions
{
    /// <summary>The pause between two sweeps of the hosted service. Default: 1 minute.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Rows read per query. Default: 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a sweeper holds an outbox row while its handler runs; another sweeper takes it after that. Default: 5 minutes.</summary>
    public Duration ClaimDuration { get; set; } = Duration.FromMinutes(5);

    /// <summary>The actor recorded on the transitions the sweeper makes. Default: "PartnerRules.Sweeper".</summary>
    public string Actor { get; set; } = "PartnerRules.Sweeper";

    internal void Validate()
    {
        if (Interval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"PartnerRulesSweeperOptions.Interval must be positive (was {Interval}).", nameof(Interval));
        }

        if (BatchSize is < 1 or > 10_000)
        {
            throw new ArgumentException($"PartnerRulesSweeperOptions.BatchSize must be 1 to 10,000 (was {BatchSize}).", nameof(BatchSize));
        }

        if (ClaimDuration <= Duration.Zero)
        {
            throw new ArgumentException($"PartnerRulesSweeperOptions.ClaimDuration must be positive (was {ClaimDuration}).", nameof(ClaimDuration));
        }

        if (string.IsNullOrWhiteSpace(Actor))
        {
            throw new ArgumentException("PartnerRulesSweeperOptions.Actor needs a name.", nameof(Actor));
        }
    }
}

/// <summary>
/// Fires the deadlines that fire themselves and reports the rest: expires HO offers and specialist invitations past their
/// deadline, writes each obligation that has become overdue to the outbox in the same transaction that finds it, and
/// delivers the outbox to the host's <see cref="IOverdueObligationHandler"/>.
/// </summary>
/// <remarks>
/// Several sweepers (on several hosts) may run at once over one database: a transition is saved only at the revision it
/// was decided on, so no transition is fired twice; an outbox row is written once per deadline (a unique key) and
/// claimed by one sweeper at a time. A sweep stopped half-way (a crash, a cancellation) leaves whole transactions only;
/// the next sweep carries on. <see cref="SweepAsync"/> is what the hosted service calls at each interval.
/// </remarks>
public sealed class PartnerRulesSweeper
{
    private readonly PartnerRulesStore _store;
    private readonly IOverdueObligationHandler _handler;
    private readonly PartnerRulesSweeperOptions _options;

    /// <summary>Creates the sweeper.</summary>
    /// <param name="store">The store to sweep.</param>
    /// <param name="handler">Where overdue obligations go.</param>
    /// <param name="options">Batch size, claim duration and actor; null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> or <paramref name="handler"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public PartnerRulesSweeper(PartnerRulesStore store, IOverdueObligationHandler handler, PartnerRulesSweeperOptions? options = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _options = options ?? new PartnerRulesSweeperOptions();
        _options.Validate();
    }

    /// <summary>When the last sweep finished without an error, by the store's clock; null before the first.</summary>
    public Instant? LastSuccessAt { get; private set; }

    /// <summary>The error of the last sweep, if it failed; null after a successful one.</summary>
    public Exception? LastError { get; private set; }

    /// <summary>The options in use.</summary>
    public PartnerRulesSweeperOptions Options => _options;

    /// <summary>One sweep: expire, report, deliver; each in batches until nothing is left that is due now.</summary>
    /// <param name="cancellationToken">Stops the sweep between two transactions.</param>
    /// <returns>What the sweep did.</returns>
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken = default)
    {
        using var activity = PartnerRulesTelemetry.Source.StartActivity("partnerrules.sweep");
        try
        {
            var now = _store.Clock.GetCurrentInstant();
            var problems = new List<StoredRowProblem>();
            var (expired, conflicts) = await ExpireAsync(now, problems, cancellationToken).ConfigureAwait(false);
            var reported = await ReportAsync(now, problems, cancellationToken).ConfigureAwait(false);
            var delivered = await DeliverAsync(problems, cancellationToken).ConfigureAwait(false);
            PartnerRulesTelemetry.Sweeps.Add(1);
            activity?.SetTag("partnerrules.expired", expired);
            activity?.SetTag("partnerrules.reported", reported);
            LastSuccessAt = _store.Clock.GetCurrentInstant();
            LastError = null;
            return new SweepResult(expired, reported, delivered, conflicts, problems);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LastError = ex;
            throw;
        }
    }

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

    /// <summary>Saves a batch and commits it; false when the save failed (rolled back when the transaction is disposed: the caller takes the rows one by one).</summary>
    private static async Task<bool> TryCommitAsync(PartnerRulesDbContext db, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
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

    private Obligation? Describe(ILifecycleSnapshot snapshot, Instant now) =>
        snapshot is IObligationSource source && Obligations.Report([source], now, _store.Schedule) is { Running.Count: > 0 } report ? report.Running[0] : null;

    private static OutboxRow OutboxRowFor(string key, LifecycleKind kind, Obligation obligation, Instant now) => new()
    {
        DeduplicationKey = key + "|" + obligation.Code + "|" + obligation.DueOn.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        LifecycleKey = key,
        Kind = kind.ToString(),
        Obligation = obligation.Code,
        SubjectId = obligation.SubjectId,
        DueOn = SnapshotRows.Date(obligation.DueOn),
        OverdueFrom = SnapshotRows.Ticks(obligation.OverdueFrom),
        CreatedAt = SnapshotRows.Ticks(now),
    };
}
