using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using PartnerRules.EntityFrameworkCore.Storage;
using PartnerRules.Internal;

namespace PartnerRules.EntityFrameworkCore;

// The reads: one lifecycle, the keys of a subject, a history, and the running obligations in pages read from indexed columns.
public sealed partial class PartnerRulesStore
{
    /// <summary>The lifecycle stored under <paramref name="key"/>, restored under its policy version; null when none is.</summary>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    /// <exception cref="SnapshotRejectedException">The stored snapshot fails its checks (a stored-data fault).</exception>
    /// <exception cref="JsonException">The stored JSON does not read.</exception>
    public async Task<ILifecycle?> FindAsync(LifecycleKey key, CancellationToken cancellationToken = default)
    {
        StoreCommands.RequireKey(key);
        await using var db = CreateContext();
        var row = await _rowByKeyUntracked(db, key.Value, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Lifecycles.Restore(SnapshotRows.Read(row));
    }

    /// <summary>The lifecycle stored under <paramref name="key"/>, as its type.</summary>
    /// <typeparam name="T">The lifecycle type, such as <see cref="OpportunityLifecycle"/>, or <see cref="ILifecycle"/>.</typeparam>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>, or the lifecycle is not a <typeparamref name="T"/>.</exception>
    /// <exception cref="LifecycleNotFoundException">None is stored under the key.</exception>
    /// <exception cref="SnapshotRejectedException">The stored snapshot fails its checks (a stored-data fault).</exception>
    public async Task<T> LoadAsync<T>(LifecycleKey key, CancellationToken cancellationToken = default)
        where T : class, ILifecycle
    {
        var lifecycle = await FindAsync(key, cancellationToken).ConfigureAwait(false) ?? throw new LifecycleNotFoundException(key);
        return StoreCommands.As<T>(lifecycle);
    }

    /// <summary>The keys of the lifecycles of one subject, oldest first: every return of an invoice, every settlement of a project, the lifecycle of an opportunity.</summary>
    /// <param name="kind">Opportunity, invoice return or incentive settlement (the kinds with a natural id of their own).</param>
    /// <param name="naturalId">The opportunity, invoice or project id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="naturalId"/> is null or empty.</exception>
    public async Task<IReadOnlyList<LifecycleKey>> FindKeysAsync(LifecycleKind kind, string naturalId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(naturalId))
        {
            throw new ArgumentException("A natural id (opportunity, invoice or project) is needed.", nameof(naturalId));
        }

        var kindName = kind.ToString();
        await using var db = CreateContext();
        var keys = await db.Lifecycles.AsNoTracking().Where(r => r.Kind == kindName && r.NaturalId == naturalId)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Key).Select(r => r.Key).ToListAsync(cancellationToken).ConfigureAwait(false);
        return keys.ConvertAll(k => new LifecycleKey(k));
    }

    /// <summary>The stored transitions of a lifecycle with who made them, oldest first; empty when none is stored.</summary>
    /// <param name="key">The lifecycle's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is <c>default</c>.</exception>
    public async Task<IReadOnlyList<StoredTransition>> HistoryAsync(LifecycleKey key, CancellationToken cancellationToken = default)
    {
        StoreCommands.RequireKey(key);
        await using var db = CreateContext();
        var rows = await db.Transitions.AsNoTracking().Where(t => t.LifecycleKey == key.Value).OrderBy(t => t.Sequence)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ConvertAll(t => new StoredTransition(t.Sequence, SnapshotRows.Instant(t.At), t.From, t.To, t.Trigger, t.Reason, t.Actor, t.CorrelationId));
    }

    /// <summary>
    /// One page of the running obligations, earliest overdue instant first, read from indexed columns (never every
    /// snapshot): each described as <c>Obligations.Report</c> does, under the lifecycle's own policy version. A row that
    /// cannot be read is listed in <see cref="ObligationPage.Problems"/> with its key and does not fail the page.
    /// </summary>
    /// <param name="now">The instant that decides <c>IsOverdue</c>.</param>
    /// <param name="overdueOnly">True for the overdue ones only.</param>
    /// <param name="pageSize">1 to 1,000 rows. Default: 100.</param>
    /// <param name="continueAfter">The previous page's <see cref="ObligationPage.ContinueAfter"/>; null for the first page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1 to 1,000.</exception>
    /// <exception cref="ArgumentException"><paramref name="continueAfter"/> is not a value this method returned.</exception>
    public async Task<ObligationPage> ObligationsAsync(Instant now, bool overdueOnly = false, int pageSize = 100, string? continueAfter = null, CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds 1 to 1,000 obligations.");
        }

        using var activity = PartnerRulesTelemetry.Source.StartActivity("partnerrules.obligations");
        var after = Continuation.Parse(continueAfter, nameof(continueAfter));
        var nowTicks = SnapshotRows.Ticks(now);
        await using var db = CreateContext();
        var rows = await DueRows.Running(db, overdueOnly ? nowTicks : null, after is { } position ? (position.Ticks, position.Key) : null, pageSize, cancellationToken).ConfigureAwait(false);
        var items = new List<StoredObligation>(rows.Count);
        var problems = new List<StoredRowProblem>();
        foreach (var row in rows)
        {
            try
            {
                var snapshot = SnapshotRows.Read(row);
                var report = Obligations.Report([(IObligationSource)snapshot], now, _schedule);
                if (report.Problems.Count > 0)
                {
                    problems.Add(new StoredRowProblem(row.Key, report.Problems[0].Reason));
                }
                else if (report.Running.Count > 0)
                {
                    items.Add(new StoredObligation(snapshot.Key, snapshot.Kind, report.Running[0]));
                }
            }
            catch (Exception ex) when (ex is JsonException or PartnerRulesException or InvalidCastException)
            {
                problems.Add(new StoredRowProblem(row.Key, ex.Message));
            }
        }

        var next = rows.Count == pageSize ? Continuation.Format(rows[^1].OverdueFrom!.Value, rows[^1].Key) : null;
        return new ObligationPage(items, problems, next);
    }

    /// <summary>The position after which the next page starts: the overdue instant's ticks and the key.</summary>
    private readonly record struct Continuation(long Ticks, string Key)
    {
        public static string Format(long ticks, string key) => ticks.ToString(CultureInfo.InvariantCulture) + ":" + key;

        public static Continuation? Parse(string? text, string paramName)
        {
            if (text is null)
            {
                return null;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || colon == text.Length - 1 || !long.TryParse(text.AsSpan(0, colon), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks))
            {
                throw new ArgumentException("Not a continuation this store returned: pass ObligationPage.ContinueAfter as it was.", paramName);
            }

            return new Continuation(ticks, text[(colon + 1)..]);
        }
    }
}
