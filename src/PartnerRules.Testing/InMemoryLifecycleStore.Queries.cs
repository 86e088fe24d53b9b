using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PartnerRules.Internal;

namespace PartnerRules.Testing;

// The reads: one lifecycle, the keys of a subject, a history, and the running obligations in pages.
public sealed partial class InMemoryLifecycleStore
{
    /// <inheritdoc />
    public Task<ILifecycle?> FindAsync(LifecycleKey key, CancellationToken cancellationToken = default)
    {
        StoreCommands.RequireKey(key);
        Row? row;
        lock (_gate)
        {
            _rows.TryGetValue(key.Value, out row);
        }

        return Task.FromResult(row is null ? null : Lifecycles.Restore(row.Read()));
    }

    /// <inheritdoc />
    public async Task<T> LoadAsync<T>(LifecycleKey key, CancellationToken cancellationToken = default)
        where T : class, ILifecycle =>
        StoreCommands.As<T>(await FindAsync(key, cancellationToken).ConfigureAwait(false) ?? throw new LifecycleNotFoundException(key));

    /// <inheritdoc />
    public Task<IReadOnlyList<LifecycleKey>> FindKeysAsync(LifecycleKind kind, string naturalId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(naturalId))
        {
            throw new ArgumentException("A natural id (opportunity, invoice or project) is needed.", nameof(naturalId));
        }

        lock (_gate)
        {
            IReadOnlyList<LifecycleKey> keys = _rows.Values.Where(r => r.Kind == kind && r.NaturalId == naturalId)
                .OrderBy(r => r.CreatedAt).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => new LifecycleKey(r.Key)).ToList();
            return Task.FromResult(keys);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredTransition>> HistoryAsync(LifecycleKey key, CancellationToken cancellationToken = default)
    {
        StoreCommands.RequireKey(key);
        lock (_gate)
        {
            IReadOnlyList<StoredTransition> history = _history.TryGetValue(key.Value, out var list) ? list.ToList() : [];
            return Task.FromResult(history);
        }
    }

    /// <inheritdoc />
    public Task<ObligationPage> ObligationsAsync(Instant now, bool overdueOnly = false, int pageSize = 100, string? continueAfter = null, CancellationToken cancellationToken = default)
    {
        if (pageSize is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, "A page holds 1 to 1,000 obligations.");
        }

        var after = ParseContinuation(continueAfter, nameof(continueAfter));
        List<Row> rows;
        lock (_gate)
        {
            rows = _rows.Values.Where(r => r.OverdueFrom is { } o && (!overdueOnly || o <= now)
                    && (after is not { } a || o > a.At || (o == a.At && string.CompareOrdinal(r.Key, a.Key) > 0)))
                .OrderBy(r => r.OverdueFrom).ThenBy(r => r.Key, StringComparer.Ordinal).Take(pageSize).ToList();
        }

        var items = new List<StoredObligation>();
        var problems = new List<StoredRowProblem>();
        foreach (var row in rows)
        {
            try
            {
                var snapshot = row.Read();
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
            catch (Exception ex) when (ex is JsonException or PartnerRulesException)
            {
                problems.Add(new StoredRowProblem(row.Key, ex.Message));
            }
        }

        var next = rows.Count == pageSize ? rows[rows.Count - 1].OverdueFrom!.Value.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture) + ":" + rows[rows.Count - 1].Key : null;
        return Task.FromResult(new ObligationPage(items, problems, next));
    }

    private static (Instant At, string Key)? ParseContinuation(string? text, string paramName)
    {
        if (text is null)
        {
            return null;
        }

        var colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1 || !TryTicks(text, colon, out var ticks))
        {
            throw new ArgumentException("Not a continuation this store returned: pass ObligationPage.ContinueAfter as it was.", paramName);
        }

        return (Instant.FromUnixTimeTicks(ticks), text.Substring(colon + 1));
    }

#pragma warning disable CA1846 // netstandard2.0 has no span overload of long.TryParse.
    private static bool TryTicks(string text, int colon, out long ticks) => long.TryParse(text.Substring(0, colon), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out ticks);
#pragma warning restore CA1846
}
