using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>The deadline sweeper on both databases: expiry exactly once, overdue reports at least once through the outbox.</summary>
public abstract class SweeperTests : DatabaseTests
{
    /// <summary>How many lifecycles the two-sweeper test sweeps.</summary>
    protected abstract int ManyLifecycles { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Stores <paramref name="count"/> specialist invitations created at the clock's instant, in batches (the test's set-up, not the store's path).</summary>
    private static async Task<List<LifecycleKey>> Invitations(PartnerRulesStore store, int count)
    {
        var keys = new List<LifecycleKey>(count);
        for (var start = 0; start < count; start += 1000)
        {
            await using var db = store.CreateContext();
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var invitation = store.Lifecycles.InviteSpecialist(new PartnerId("P-" + (i % 50)), new AccountId("E-" + i), 0);
                var row = new LifecycleRow();
                SnapshotRows.Fill(row, invitation);
                db.Lifecycles.Add(row);
                keys.Add(invitation.Key);
            }

            await db.SaveChangesAsync(Ct);
        }

        return keys;
    }

    private static async Task<Dictionary<string, int>> TransitionsPerKey(PartnerRulesStore store)
    {
        await using var db = store.CreateContext();
        return (await db.Transitions.AsNoTracking().GroupBy(t => t.LifecycleKey).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Ct))
            .ToDictionary(g => g.Key, g => g.Count);
    }

    [Fact]
    public async Task Overdue_offers_and_invitations_expire_once_and_each_overdue_obligation_is_reported_once()
    {
        var clock = TestData.Clock();
        var store = await Store(clock);
        var offer = store.Lifecycles.Offer(new OpportunityId("HO-1"), new PartnerId("P-1"), TestData.ApprovedHo);
        var invitation = store.Lifecycles.InviteSpecialist(new PartnerId("P-1"), new AccountId("13800000000"), 0);
        var invoice = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.ElectronicOrdinary);
        var draft = store.Lifecycles.CreateDraft(new OpportunityId("PO-1"));
        foreach (var lifecycle in new ILifecycle[] { offer, invitation, invoice, draft })
        {
            await store.AddAsync(lifecycle, cancellationToken: Ct);
        }

        var handler = new RecordingHandler();
        var sweeper = new PartnerRulesSweeper(store, handler);
        var early = await sweeper.SweepAsync(Ct);
        clock.Advance(Duration.FromDays(8));
        var due = await sweeper.SweepAsync(Ct);
        var again = await new PartnerRulesSweeper(store, handler).SweepAsync(Ct);

        Assert.Equal(new SweepResult(0, 0, 0, 0, []), early with { Problems = [] });
        Assert.Equal((2, 1, 3), (due.Expired, due.Reported, due.Delivered));
        Assert.Equal((0, 0, 0), (again.Expired, again.Reported, again.Delivered));
        Assert.Equal(OpportunityState.Expired, (await store.LoadAsync<OpportunityLifecycle>(offer.Key, Ct)).State);
        Assert.Equal(SpecialistInvitationState.Expired, (await store.LoadAsync<SpecialistInvitationLifecycle>(invitation.Key, Ct)).State);
        Assert.Equal("PartnerRules.Sweeper", Assert.Single(await store.HistoryAsync(offer.Key, Ct)).Actor);
        var received = handler.Received.OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
        Assert.Equal([ObligationCodes.HoOfferResponse, ObligationCodes.InvoiceElectronicReturn, ObligationCodes.StaffInvitationValidity], received.Select(o => o.Code));
        Assert.Equal(invoice.Key.Value + "|INVOICE.ELECTRONIC_RETURN|2026-03-02", received[1].DeduplicationKey);
        Assert.Equal("P-1/138****0000", received[2].SubjectId);
        Assert.Equal(new LocalDate(2026, 3, 7), received[0].DueOn);
    }

    [Fact]
    public async Task A_handler_that_fails_gets_the_obligation_again_once_its_claim_lapses()
    {
        var clock = TestData.Clock();
        var store = await Store(clock);
        await store.AddAsync(store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.ElectronicOrdinary), cancellationToken: Ct);
        var handler = new RecordingHandler { FailuresLeft = 1 };
        var sweeper = new PartnerRulesSweeper(store, handler, new PartnerRulesSweeperOptions { ClaimDuration = Duration.FromMinutes(5) });
        clock.Advance(Duration.FromDays(1));

        var failed = await sweeper.SweepAsync(Ct);
        var stillClaimed = await sweeper.SweepAsync(Ct);
        clock.Advance(Duration.FromMinutes(5));
        var retried = await sweeper.SweepAsync(Ct);

        Assert.Equal((1, 0), (failed.Reported, failed.Delivered));
        Assert.Contains("The host's mail server is down.", Assert.Single(failed.Problems).Problem, StringComparison.Ordinal);
        Assert.Equal(0, stillClaimed.Delivered);
        Assert.Equal(1, retried.Delivered);
        Assert.Single(handler.Received);
    }

    [Fact]
    public async Task A_sweep_killed_half_way_loses_nothing_and_doubles_nothing_when_restarted()
    {
        var clock = TestData.Clock();
        var store = await Store(clock);
        var keys = await Invitations(store, 30);
        clock.Advance(Duration.FromDays(8));
        using var kill = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var killer = new KillingHandler(kill, after: 3);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PartnerRulesSweeper(store, killer, new PartnerRulesSweeperOptions { BatchSize = 7 }).SweepAsync(kill.Token));
        var handler = new RecordingHandler();
        var resumed = await new PartnerRulesSweeper(store, handler, new PartnerRulesSweeperOptions { BatchSize = 7 }).SweepAsync(Ct);

        Assert.All(await TransitionsPerKey(store), pair => Assert.Equal(1, pair.Value));
        Assert.Equal(keys.Count, (await TransitionsPerKey(store)).Count);
        var delivered = killer.Received.Concat(handler.Received).Select(o => o.DeduplicationKey).ToList();
        Assert.Equal(keys.Count, delivered.Distinct().Count());
        Assert.Equal(keys.Count, delivered.Count);
        Assert.Empty(resumed.Problems);
    }

    [Fact]
    public async Task Two_sweepers_in_parallel_fire_each_due_transition_exactly_once()
    {
        var clock = TestData.Clock();
        var store = await Store(clock);
        var other = await Store(clock);
        var keys = await Invitations(store, ManyLifecycles);
        clock.Advance(Duration.FromDays(8));
        var handler = new RecordingHandler();

        var results = await Task.WhenAll(
            Task.Run(() => new PartnerRulesSweeper(store, handler, new PartnerRulesSweeperOptions { BatchSize = 200 }).SweepAsync(Ct), Ct),
            Task.Run(() => new PartnerRulesSweeper(other, handler, new PartnerRulesSweeperOptions { BatchSize = 200 }).SweepAsync(Ct), Ct));
        var perKey = await TransitionsPerKey(store);

        Assert.Equal(keys.Count, results.Sum(r => r.Expired));
        Assert.Equal(keys.Count, perKey.Count);
        Assert.All(perKey, pair => Assert.Equal(1, pair.Value));
        Assert.Equal(keys.Count, handler.Received.Select(o => o.DeduplicationKey).Distinct().Count());
        Assert.Empty(results.SelectMany(r => r.Problems));
    }

    [Fact]
    public async Task The_hosted_sweeper_runs_at_start_and_reports_healthy()
    {
        var clock = TestData.Clock();
        var store = await Store(clock);
        await store.AddAsync(store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.ElectronicOrdinary), cancellationToken: Ct);
        clock.Advance(Duration.FromDays(1));
        var handler = new SignallingHandler();
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IClock>(clock);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton<IOverdueObligationHandler>(handler);
        builder.Services.AddPartnerRulesDeadlines(o => o.Interval = TimeSpan.FromHours(1));
        using var host = builder.Build();
        var health = host.Services.GetRequiredService<PartnerRulesSweeperHealthCheck>();
        var before = await health.CheckHealthAsync(new HealthCheckContext(), Ct);
        var sweeper = host.Services.GetRequiredService<PartnerRulesSweeper>();
        using var swept = SweepFinished(sweeper);

        await host.StartAsync(Ct);
        var obligation = await handler.First.Task.WaitAsync(TimeSpan.FromMinutes(1), Ct);
        await swept.Finished.WaitAsync(TimeSpan.FromMinutes(1), Ct);
        var after = await health.CheckHealthAsync(new HealthCheckContext(), Ct);
        clock.Advance(Duration.FromHours(4));
        var stale = await health.CheckHealthAsync(new HealthCheckContext(), Ct);
        await host.StopAsync(Ct);

        Assert.Equal(HealthStatus.Degraded, before.Status);
        Assert.Equal(ObligationCodes.InvoiceElectronicReturn, obligation.Code);
        Assert.Equal(HealthStatus.Healthy, after.Status);
        Assert.Equal(HealthStatus.Unhealthy, stale.Status);
    }

    // The sweep's activity stops after the sweeper has recorded its success: no polling, no sleeping. Other tests'
    // sweeps stop activities too; only this sweeper's success completes the task.
    private static SweepSignal SweepFinished(PartnerRulesSweeper sweeper)
    {
        var signal = new SweepSignal();
        signal.Listener.ShouldListenTo = source => source.Name == PartnerRulesTelemetry.Name;
        signal.Listener.Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData;
        signal.Listener.ActivityStopped = activity =>
        {
            if (activity.OperationName == "partnerrules.sweep" && sweeper.LastSuccessAt is not null)
            {
                signal.Done.TrySetResult();
            }
        };
        ActivitySource.AddActivityListener(signal.Listener);
        return signal;
    }

    private sealed class SweepSignal : IDisposable
    {
        public ActivityListener Listener { get; } = new();

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Finished => Done.Task;

        public void Dispose() => Listener.Dispose();
    }

    private sealed class SignallingHandler : IOverdueObligationHandler
    {
        public TaskCompletionSource<OverdueObligation> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task HandleAsync(OverdueObligation obligation, CancellationToken cancellationToken)
        {
            First.TrySetResult(obligation);
            return Task.CompletedTask;
        }
    }

    /// <summary>Cancels the sweep (as a killed process would stop it) after handling a few obligations.</summary>
    private sealed class KillingHandler(CancellationTokenSource kill, int after) : IOverdueObligationHandler
    {
        public List<OverdueObligation> Received { get; } = [];

        public Task HandleAsync(OverdueObligation obligation, CancellationToken cancellationToken)
        {
            Received.Add(obligation);
            if (Received.Count == after)
            {
                kill.Cancel();
            }

            return Task.CompletedTask;
        }
    }
}

public sealed class SqliteSweeperTests : SweeperTests
{
    protected override int ManyLifecycles => 1000;

    protected override Database NewDatabase() => new SqliteDatabase();
}

public sealed class PostgresSweeperTests(PostgresServer server) : SweeperTests
{
    protected override int ManyLifecycles => 10_000;

    protected override Database NewDatabase() => new PostgresDatabase(server);

    protected override void RequireDatabase() => server.Require();
}
