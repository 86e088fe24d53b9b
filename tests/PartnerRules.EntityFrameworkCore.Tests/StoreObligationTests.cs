using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>The contract's running obligations: read in pages, each listed once, a corrupt row named without failing its page.</summary>
public abstract class StoreObligationTests : StoreTests
{
    [Fact]
    public async Task Obligations_are_read_in_pages_and_a_corrupt_row_is_named_without_failing_the_page()
    {
        var clock = TestData.Clock();
        var store = await ContractStore(clock);
        var keys = new List<LifecycleKey>();
        for (var i = 0; i < 5; i++)
        {
            var invoice = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-" + i), InvoiceKind.ElectronicOrdinary);
            await store.AddAsync(invoice, cancellationToken: Ct);
            keys.Add(invoice.Key);
            clock.Advance(Duration.FromDays(1));
        }

        await store.AddAsync(store.Lifecycles.CreateDraft(new OpportunityId("PO-1")), cancellationToken: Ct);
        await Corrupt(store, keys[1]);

        var first = await store.ObligationsAsync(clock.GetCurrentInstant(), pageSize: 2, cancellationToken: Ct);
        var second = await store.ObligationsAsync(clock.GetCurrentInstant(), pageSize: 2, continueAfter: first.ContinueAfter, cancellationToken: Ct);
        var third = await store.ObligationsAsync(clock.GetCurrentInstant(), pageSize: 2, continueAfter: second.ContinueAfter, cancellationToken: Ct);
        var overdue = await store.ObligationsAsync(TestData.Start + Duration.FromDays(1), overdueOnly: true, cancellationToken: Ct);

        Assert.Equal([keys[0]], first.Items.Select(o => o.Key));
        Assert.Equal(keys[1].Value, Assert.Single(first.Problems).Key);
        Assert.Equal([keys[2], keys[3]], second.Items.Select(o => o.Key));
        Assert.Equal([keys[4]], third.Items.Select(o => o.Key));
        Assert.Null(third.ContinueAfter);
        Assert.Equal("INV-4", third.Items[0].Obligation.SubjectId);
        Assert.Equal(ObligationCodes.InvoiceElectronicReturn, third.Items[0].Obligation.Code);
        Assert.Equal([keys[0]], overdue.Items.Select(o => o.Key));
        Assert.Equal("continueAfter", (await Assert.ThrowsAsync<ArgumentException>(() => store.ObligationsAsync(clock.GetCurrentInstant(), continueAfter: "nonsense", cancellationToken: Ct))).ParamName);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ObligationsAsync(clock.GetCurrentInstant(), pageSize: 0, cancellationToken: Ct));
    }

    [Fact]
    public async Task Pages_through_obligations_due_at_one_instant_list_each_once_in_key_order()
    {
        var clock = TestData.Clock();
        var store = await ContractStore(clock);
        var keys = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var invoice = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-" + i), InvoiceKind.ElectronicOrdinary);
            await store.AddAsync(invoice, cancellationToken: Ct);
            keys.Add(invoice.Key.Value);
        }

        clock.Advance(Duration.FromDays(30));
        var seen = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await store.ObligationsAsync(clock.GetCurrentInstant(), overdueOnly: true, pageSize: 3, continueAfter: next, cancellationToken: Ct);
            seen.AddRange(page.Items.Select(o => o.Key.Value));
            next = page.ContinueAfter;
            pages++;
        }
        while (next is not null);

        Assert.Equal(3, pages);
        Assert.Equal(keys.Order(StringComparer.Ordinal), seen);
    }
}

/// <summary>The same obligations on the in-memory store of PartnerRules.Testing.</summary>
public sealed class InMemoryStoreObligationTests : StoreObligationTests
{
    protected override Database NewDatabase() => new SqliteDatabase();

    protected override Task<ILifecycleStore> ContractStore(IClock clock, Duration? idempotencyLifetime = null) => InMemoryContract.Store(clock, idempotencyLifetime);

    protected override Task Corrupt(ILifecycleStore store, LifecycleKey key) => InMemoryContract.Corrupt(store, key);

    protected override Task<IReadOnlyList<string>> StoredTexts(ILifecycleStore store) => InMemoryContract.StoredTexts();
}

public sealed class SqliteStoreObligationTests : StoreObligationTests
{
    protected override Database NewDatabase() => new SqliteDatabase();
}

public sealed class PostgresStoreObligationTests(PostgresServer server) : StoreObligationTests
{
    protected override Database NewDatabase() => new PostgresDatabase(server);

    protected override void RequireDatabase() => server.Require();
}
