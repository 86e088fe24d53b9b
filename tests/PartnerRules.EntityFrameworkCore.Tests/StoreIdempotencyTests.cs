using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>The contract's idempotency keys: a retried command gets its first outcome, a key used for another command is refused, an expired key is new.</summary>
public abstract class StoreIdempotencyTests : StoreTests
{
    [Theory]
    [InlineData("")]
    [InlineData("line\nbreak")]
    [InlineData(null)]
    public async Task A_bad_idempotency_key_is_refused_naming_the_context_and_nothing_is_written(string? key)
    {
        var store = await ContractStore(TestData.Clock());
        var invoice = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary);
        await store.AddAsync(invoice, cancellationToken: Ct);
        var context = new CommandContext(IdempotencyKey: key ?? new string('k', 201));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: context, cancellationToken: Ct));

        Assert.Equal("context", error.ParamName);
        Assert.StartsWith("An idempotency key holds 1 to 200 characters and no control characters", error.Message, StringComparison.Ordinal);
        Assert.Empty(await store.HistoryAsync(invoice.Key, Ct));
        Assert.False((await store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: new CommandContext(IdempotencyKey: new string('k', 200)), cancellationToken: Ct)).Replayed);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_outcome_without_a_second_transition()
    {
        var clock = TestData.Clock();
        var store = await ContractStore(clock);
        var invoice = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary);
        await store.AddAsync(invoice, cancellationToken: Ct);
        var context = new CommandContext(IdempotencyKey: "key-1");

        var first = await store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: context, cancellationToken: Ct);
        var again = await store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: context, cancellationToken: Ct);
        var reused = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => store.FireAsync(invoice.Key, InvoiceReturnTrigger.Complete, context: context, cancellationToken: Ct));

        Assert.False(first.Replayed);
        Assert.Equal(first with { Replayed = true }, again);
        Assert.Equal("key-1", reused.IdempotencyKey);
        Assert.Single(await store.HistoryAsync(invoice.Key, Ct));
    }

    [Fact]
    public async Task A_failed_command_stores_nothing_so_its_retry_runs_again_and_an_expired_key_is_new()
    {
        var clock = TestData.Clock();
        var store = await ContractStore(clock, Duration.FromHours(1));
        var invoice = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.SpecialVat);
        await store.AddAsync(invoice, cancellationToken: Ct);
        var context = new CommandContext(IdempotencyKey: "retry-1");

        // Rejecting needs a reason: refused, nothing stored, not even the key.
        await Assert.ThrowsAsync<ArgumentException>(() => store.FireAsync(invoice.Key, InvoiceReturnTrigger.Reject, context: context, cancellationToken: Ct));
        var retried = await store.FireAsync(invoice.Key, InvoiceReturnTrigger.Reject, "wrong amount", context, Ct);
        Assert.Equal("Rejected", retried.State);

        var other = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-2"), InvoiceKind.SpecialVat);
        await store.AddAsync(other, cancellationToken: Ct);
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => store.FireAsync(other.Key, InvoiceReturnTrigger.ConfirmRedLetter, context: context, cancellationToken: Ct));
        clock.Advance(Duration.FromHours(1));
        Assert.False((await store.FireAsync(other.Key, InvoiceReturnTrigger.ConfirmRedLetter, context: context, cancellationToken: Ct)).Replayed);
        clock.Advance(Duration.FromHours(1));
    }

    [Fact]
    public async Task An_idempotent_add_retried_returns_the_first_lifecycle()
    {
        var store = await ContractStore(TestData.Clock());
        var context = new CommandContext(IdempotencyKey: "create-INV-9");
        var first = await store.AddAsync(store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-9"), InvoiceKind.PaperOrdinary), context, Ct);
        var retry = await store.AddAsync(store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-9"), InvoiceKind.PaperOrdinary), context, Ct);

        Assert.Equal(first with { Replayed = true }, retry);
        Assert.Single(await store.FindKeysAsync(LifecycleKind.InvoiceReturn, "INV-9", Ct));
    }

    [Fact]
    public async Task One_idempotency_key_on_two_different_saves_from_one_revision_is_refused_not_replayed()
    {
        var store = await ContractStore(TestData.Clock());
        var draft = store.Lifecycles.CreateDraft(new OpportunityId("PO-1"));
        await store.AddAsync(draft, cancellationToken: Ct);
        var context = new CommandContext(IdempotencyKey: "save-1");
        var alice = await store.LoadAsync<OpportunityLifecycle>(draft.Key, Ct);
        var bob = await store.LoadAsync<OpportunityLifecycle>(draft.Key, Ct);
        alice.Edit(new OpportunityForm { CustomerName = "Alice's customer" });
        bob.Edit(new OpportunityForm { CustomerName = "Bob's customer" });

        var first = await store.SaveAsync(alice, 0, context, Ct);
        var again = await store.SaveAsync(alice, 0, context, Ct);
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => store.SaveAsync(bob, 0, context, Ct));

        Assert.Equal(first with { Replayed = true }, again);
        Assert.Equal("Alice's customer", (await store.LoadAsync<OpportunityLifecycle>(draft.Key, Ct)).Form.CustomerName);
    }
}

/// <summary>The same idempotency keys on the in-memory store of PartnerRules.Testing.</summary>
public sealed class InMemoryStoreIdempotencyTests : StoreIdempotencyTests
{
    protected override Database NewDatabase() => new SqliteDatabase();

    protected override Task<ILifecycleStore> ContractStore(IClock clock, Duration? idempotencyLifetime = null) => InMemoryContract.Store(clock, idempotencyLifetime);

    protected override Task Corrupt(ILifecycleStore store, LifecycleKey key) => InMemoryContract.Corrupt(store, key);

    protected override Task<IReadOnlyList<string>> StoredTexts(ILifecycleStore store) => InMemoryContract.StoredTexts();
}

public sealed class SqliteStoreIdempotencyTests : StoreIdempotencyTests
{
    protected override Database NewDatabase() => new SqliteDatabase();
}

public sealed class PostgresStoreIdempotencyTests(PostgresServer server) : StoreIdempotencyTests
{
    protected override Database NewDatabase() => new PostgresDatabase(server);

    protected override void RequireDatabase() => server.Require();
}
