using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace PartnerRules.Testing;

/// <summary>
/// An <see cref="ILifecycleStore"/> in memory with the behaviour of the database store (PartnerRules.EntityFrameworkCore):
/// snapshots kept as their JSON, revision checks, append-only history with actor and correlation id, idempotency keys
/// that expire by the clock, paged obligations, account erasure. For unit tests of code that takes an
/// <see cref="ILifecycleStore"/>; one instance per test.
/// </summary>
/// <remarks>Thread-safe: one lock around every call, so concurrent commands conflict as they would on a database.</remarks>
public sealed partial class InMemoryLifecycleStore : ILifecycleStore
{
    private static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();
    private readonly object _gate = new();
    private readonly Dictionary<string, Row> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoredTransition>> _history = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Fingerprint, CommandOutcome Outcome, Instant ExpiresAt)> _keys = new(StringComparer.Ordinal);
    private readonly Duration _idempotencyLifetime;
    private readonly IClock _clock;
    private readonly PolicySchedule _schedule;

    /// <summary>Creates an empty store.</summary>
    /// <param name="clock">The clock of restored lifecycles and idempotency keys (a <c>FakeClock</c> in tests).</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="idempotencyKeyLifetime">How long a key answers with its first outcome; null for 24 hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="idempotencyKeyLifetime"/> is not positive.</exception>
    public InMemoryLifecycleStore(IClock clock, ProgramPolicy? policy = null, Duration? idempotencyKeyLifetime = null)
        : this(clock, PolicySchedule.Always(policy ?? ProgramPolicy.Default), idempotencyKeyLifetime)
    {
    }

    /// <summary>Creates an empty store under a schedule of policy versions.</summary>
    /// <param name="clock">The clock of restored lifecycles and idempotency keys.</param>
    /// <param name="schedule">The policy versions.</param>
    /// <param name="idempotencyKeyLifetime">How long a key answers with its first outcome; null for 24 hours.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="schedule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="idempotencyKeyLifetime"/> is not positive.</exception>
    public InMemoryLifecycleStore(IClock clock, PolicySchedule schedule, Duration? idempotencyKeyLifetime = null)
    {
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _schedule = schedule ?? throw new ArgumentNullException(nameof(schedule));
        _idempotencyLifetime = idempotencyKeyLifetime ?? Duration.FromHours(24);
        if (_idempotencyLifetime <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(idempotencyKeyLifetime), "The idempotency-key lifetime must be positive.");
        }

        Lifecycles = new PartnerRulesLifecycles(clock, schedule);
    }

    /// <inheritdoc />
    public PartnerRulesLifecycles Lifecycles { get; }

    /// <summary>How many lifecycles are stored.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _rows.Count;
            }
        }
    }

    /// <summary>Replaces a stored lifecycle's JSON, as a damaged database row would hold it (for tests of a host's error handling).</summary>
    /// <param name="key">The stored lifecycle.</param>
    /// <param name="json">The text to hold instead.</param>
    /// <exception cref="LifecycleNotFoundException">None is stored under the key.</exception>
    public void Corrupt(LifecycleKey key, string json)
    {
        lock (_gate)
        {
            var row = _rows.TryGetValue(key.Value, out var found) ? found : throw new LifecycleNotFoundException(key);
            row.Json = json;
        }
    }
}
