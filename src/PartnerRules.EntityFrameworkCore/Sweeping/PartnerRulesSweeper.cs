using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>What one sweep did.</summary>
/// <param name="Expired">HO offers and specialist invitations expired (their deadline had passed).</param>
/// <param name="Reported">Overdue obligations written to the outbox.</param>
/// <param name="Delivered">Outbox rows delivered to the handler.</param>
/// <param name="Conflicts">Lifecycles another writer changed meanwhile (left for the next sweep).</param>
/// <param name="Problems">Rows that could not be read or delivered, by key.</param>
public sealed record SweepResult(int Expired, int Reported, int Delivered, int Conflicts, IReadOnlyList<StoredRowProblem> Problems);

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
public sealed partial class PartnerRulesSweeper
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
