using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>A database per test and a store over it, on SQLite or PostgreSQL.</summary>
public abstract class DatabaseTests : IAsyncLifetime
{
    private readonly List<Database> _databases = [];

    protected abstract Database NewDatabase();

    protected virtual void RequireDatabase()
    {
    }

    protected Database Db { get; private set; } = null!;

    protected FaultInjector Faults { get; } = new();

    public virtual ValueTask InitializeAsync()
    {
        Db = NewDatabase();
        _databases.Add(Db);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<PartnerRulesStore> Store(IClock clock, Duration? idempotencyLifetime = null)
    {
        RequireDatabase();
        var store = new PartnerRulesStore(new PartnerRulesStoreOptions
        {
            Database = b => Db.Use(b).AddInterceptors(Faults),
            IdempotencyKeyLifetime = idempotencyLifetime ?? Duration.FromHours(24),
        }, clock, TestData.Policy);
        await store.EnsureSchemaAsync(TestContext.Current.CancellationToken);
        return store;
    }

}

/// <summary>The store's contract, run on SQLite and on PostgreSQL (the two classes at the end).</summary>
public abstract class StoreTests : DatabaseTests
{
    /// <summary>The store under test: the database store here, the in-memory one in <see cref="InMemoryStoreTests"/>.</summary>
    protected virtual async Task<ILifecycleStore> ContractStore(IClock clock, Duration? idempotencyLifetime = null) => await Store(clock, idempotencyLifetime);

    /// <summary>Makes a stored row unreadable, as a damaged row would be.</summary>
    protected virtual async Task Corrupt(ILifecycleStore store, LifecycleKey key)
    {
        await using var db = ((PartnerRulesStore)store).CreateContext();
        await db.Lifecycles.Where(r => r.Key == key.Value).ExecuteUpdateAsync(r => r.SetProperty(x => x.Snapshot, "{ not json"), TestContext.Current.CancellationToken);
    }

    /// <summary>Every text the store holds for its lifecycles.</summary>
    protected virtual async Task<IReadOnlyList<string>> StoredTexts(ILifecycleStore store)
    {
        await using var db = ((PartnerRulesStore)store).CreateContext();
        return await db.Lifecycles.Select(r => r.Snapshot + "|" + r.AccountId).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static System.Threading.CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_lifecycle_added_and_loaded_is_the_same_and_filed_under_its_natural_ids()
    {
        var clock = TestData.Clock();
        var store = await ContractStore(clock);
        var first = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary);
        first.Fire(InvoiceReturnTrigger.ReceiveOriginal);
        clock.Advance(Duration.FromMinutes(1));
        var again = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary);

        var outcome = await store.AddAsync(first, cancellationToken: Ct);
        await store.AddAsync(again, cancellationToken: Ct);
        var loaded = await store.LoadAsync<InvoiceReturnLifecycle>(first.Key, Ct);

        Assert.Equal(new CommandOutcome(first.Key, 1, "OriginalReceived", false), outcome);
        Assert.Equal(first.ToSnapshot(), loaded.ToSnapshot());
        Assert.Equal([first.Key, again.Key], await store.FindKeysAsync(LifecycleKind.InvoiceReturn, "INV-1", Ct));
        Assert.Null(await store.FindAsync(LifecycleKey.New(), Ct));
        await Assert.ThrowsAsync<LifecycleNotFoundException>(() => store.LoadAsync<ILifecycle>(LifecycleKey.New(), Ct));
        Assert.Equal("T", (await Assert.ThrowsAsync<ArgumentException>(() => store.LoadAsync<OpportunityLifecycle>(first.Key, Ct))).ParamName);
        await Assert.ThrowsAsync<LifecycleAlreadyStoredException>(() => store.AddAsync(first, cancellationToken: Ct));
    }

    [Fact]
    public async Task A_stale_save_is_a_conflict_naming_both_revisions_and_writes_nothing()
    {
        var clock = TestData.Clock();
        var store = await ContractStore(clock);
        var draft = store.Lifecycles.CreateDraft(new OpportunityId("PO-1"));
        await store.AddAsync(draft, cancellationToken: Ct);
        var alice = await store.LoadAsync<OpportunityLifecycle>(draft.Key, Ct);
        var bob = await store.LoadAsync<OpportunityLifecycle>(draft.Key, Ct);

        alice.Edit(new OpportunityForm { CustomerName = "Alice's customer" });
        bob.Edit(new OpportunityForm { CustomerName = "Bob's customer" });
        await store.SaveAsync(alice, expectedRevision: 0, cancellationToken: Ct);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(bob, expectedRevision: 0, cancellationToken: Ct));

        Assert.Equal((draft.Key, 0L, (long?)1), (conflict.Key, conflict.ExpectedRevision, conflict.ActualRevision));
        Assert.Contains("expected revision 0, the store holds 1", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("Alice's customer", (await store.LoadAsync<OpportunityLifecycle>(draft.Key, Ct)).Form.CustomerName);
    }

    [Fact]
    public async Task Firing_by_key_saves_the_transition_with_its_actor_and_correlation()
    {
        var clock = TestData.Clock();
        var store = await ContractStore(clock);
        var offer = store.Lifecycles.Offer(new OpportunityId("HO-1"), new PartnerId("P-1"), TestData.ApprovedHo);
        await store.AddAsync(offer, cancellationToken: Ct);
        clock.Advance(Duration.FromHours(1));

        var outcome = await store.FireAsync(offer.Key, OpportunityTrigger.Accept, context: new CommandContext("alice@partner", "req-7"), cancellationToken: Ct);
        var history = await store.HistoryAsync(offer.Key, Ct);
        var loaded = await store.LoadAsync<OpportunityLifecycle>(offer.Key, Ct);

        Assert.Equal(new CommandOutcome(offer.Key, 1, "Active", false), outcome);
        Assert.Equal([new StoredTransition(1, TestData.Start + Duration.FromHours(1), "Offered", "Active", "Accept", null, "alice@partner", "req-7")], history);
        Assert.Equal(OpportunityState.Active, loaded.State);
        Assert.Equal(new PartnerId("P-1"), loaded.Partner);
        await Assert.ThrowsAsync<InvalidTransitionException>(() => store.FireAsync(offer.Key, OpportunityTrigger.Accept, cancellationToken: Ct));
        Assert.Equal("trigger", (await Assert.ThrowsAsync<ArgumentException>(() => store.FireAsync(offer.Key, InvoiceReturnTrigger.Complete, cancellationToken: Ct))).ParamName);
        Assert.Single(await store.HistoryAsync(offer.Key, Ct));
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
    public async Task A_command_naming_the_revision_its_client_read_is_refused_when_the_store_holds_another_and_replays_after_success()
    {
        var store = await ContractStore(TestData.Clock());
        var invoice = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary);
        await store.AddAsync(invoice, cancellationToken: Ct);

        // A client that read revision 1 (there is none yet): refused before the trigger runs, nothing written.
        var stale = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: new CommandContext { ExpectedRevision = 1 }, cancellationToken: Ct));
        var context = new CommandContext(IdempotencyKey: "if-match-0") { ExpectedRevision = 0 };
        var first = await store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: context, cancellationToken: Ct);

        // The response was lost: the same request again gets the first outcome though the store has moved on.
        var retried = await store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: context, cancellationToken: Ct);
        var otherRevision = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() =>
            store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: context with { ExpectedRevision = 1 }, cancellationToken: Ct));
        var edit = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.ExecuteAsync<InvoiceReturnLifecycle>(invoice.Key, "complete", i => i.Fire(InvoiceReturnTrigger.Complete), new CommandContext { ExpectedRevision = 0 }, Ct));

        Assert.Equal((1L, (long?)0), (stale.ExpectedRevision, stale.ActualRevision));
        Assert.Equal(new CommandOutcome(invoice.Key, 1, "OriginalReceived", Replayed: false), first);
        Assert.Equal(first with { Replayed = true }, retried);
        Assert.Equal("if-match-0", otherRevision.IdempotencyKey);
        Assert.Equal((0L, (long?)1), (edit.ExpectedRevision, edit.ActualRevision));
        Assert.Single(await store.HistoryAsync(invoice.Key, Ct));
    }

    [Fact]
    public async Task An_expected_revision_is_refused_on_add_must_agree_with_a_save_and_is_never_negative()
    {
        var store = await ContractStore(TestData.Clock());
        var draft = store.Lifecycles.CreateDraft(new OpportunityId("PO-1"));

        var onAdd = await Assert.ThrowsAsync<ArgumentException>(() => store.AddAsync(draft, new CommandContext { ExpectedRevision = 0 }, Ct));
        await store.AddAsync(draft, cancellationToken: Ct);
        draft.Edit(new OpportunityForm { CustomerName = "C" });
        var onSave = await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(draft, 0, new CommandContext { ExpectedRevision = 1 }, Ct));
        var saved = await store.SaveAsync(draft, 0, new CommandContext { ExpectedRevision = 0 }, Ct);

        Assert.Equal("context", onAdd.ParamName);
        Assert.Contains("leave it unset when adding", onAdd.Message, StringComparison.Ordinal);
        Assert.Equal("context", onSave.ParamName);
        Assert.Contains("The context expects revision 1 and the call 0", onSave.Message, StringComparison.Ordinal);
        Assert.Equal(1, saved.Revision);
        Assert.Equal("ExpectedRevision", Assert.Throws<ArgumentOutOfRangeException>(() => new CommandContext { ExpectedRevision = -1 }).ParamName);
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

    [Fact]
    public async Task Concurrent_commands_on_one_lifecycle_apply_exactly_once_each_with_contiguous_revisions()
    {
        var store = await ContractStore(TestData.Clock());
        var draft = store.Lifecycles.CreateDraft(new OpportunityId("PO-1"));
        await store.AddAsync(draft, cancellationToken: Ct);

        var attempts = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            try
            {
                return (CommandOutcome?)await store.ExecuteAsync<OpportunityLifecycle>(draft.Key, "edit-" + i, l => l.Edit(new OpportunityForm { CustomerName = "C" + i }), cancellationToken: Ct);
            }
            catch (ConcurrencyConflictException)
            {
                return null;
            }
        }, Ct));
        var outcomes = (await Task.WhenAll(attempts)).Where(o => o is not null).Select(o => o!).ToList();
        var stored = await store.LoadAsync<OpportunityLifecycle>(draft.Key, Ct);

        Assert.NotEmpty(outcomes);
        Assert.Equal(Enumerable.Range(1, outcomes.Count).Select(r => (long)r), outcomes.Select(o => o.Revision).Order());
        Assert.Equal(outcomes.Count, stored.Revision);
    }

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

    [Fact]
    public async Task An_erased_account_is_replaced_everywhere_and_a_stale_copy_cannot_write_it_back()
    {
        var clock = TestData.Clock();
        var store = await ContractStore(clock);
        var account = new AccountId("13800000000");
        var invitation = store.Lifecycles.InviteSpecialist(new PartnerId("P-1"), account, 0);
        await store.AddAsync(invitation, cancellationToken: Ct);
        var stale = await store.LoadAsync<SpecialistInvitationLifecycle>(invitation.Key, Ct);

        var erased = await store.EraseAccountAsync(account, new AccountId("erased-1"), Ct);
        var loaded = await store.LoadAsync<SpecialistInvitationLifecycle>(invitation.Key, Ct);
        stale.Fire(SpecialistInvitationTrigger.Expire);

        Assert.Equal(1, erased);
        Assert.Equal(new AccountId("erased-1"), loaded.Account);
        Assert.Equal(invitation.Key, loaded.Key);
        Assert.Equal(1, loaded.Revision);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(stale, 0, cancellationToken: Ct));
        Assert.DoesNotContain(await StoredTexts(store), text => text.Contains("13800000000", StringComparison.Ordinal));
    }

}

/// <summary>What only the database store does: real faults, several instances on one database, the schema, expired keys purged.</summary>
public abstract class DatabaseStoreTests : StoreTests
{
    private static System.Threading.CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_fault_in_the_middle_of_a_save_leaves_the_stored_lifecycle_exactly_as_before(bool dropConnection)
    {
        var clock = TestData.Clock();
        var store = await Store(clock);
        var invoice = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary);
        await store.AddAsync(invoice, cancellationToken: Ct);
        var before = (await store.LoadAsync<InvoiceReturnLifecycle>(invoice.Key, Ct)).ToSnapshot();

        Faults.DropConnection = dropConnection;
        Faults.Armed = true;
        await Assert.ThrowsAnyAsync<Exception>(() => store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: new CommandContext(IdempotencyKey: "k"), cancellationToken: Ct));
        Faults.Armed = false;

        Assert.Equal(before, (await store.LoadAsync<InvoiceReturnLifecycle>(invoice.Key, Ct)).ToSnapshot());
        Assert.Empty(await store.HistoryAsync(invoice.Key, Ct));
        Assert.False((await store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: new CommandContext(IdempotencyKey: "k"), cancellationToken: Ct)).Replayed);
    }

    [Fact]
    public async Task Two_store_instances_on_one_database_see_each_others_writes_and_conflicts()
    {
        var clock = TestData.Clock();
        var a = await Store(clock);
        var b = await Store(clock);
        var draft = a.Lifecycles.CreateDraft(new OpportunityId("PO-1"));
        await a.AddAsync(draft, cancellationToken: Ct);

        var onB = await b.LoadAsync<OpportunityLifecycle>(draft.Key, Ct);
        onB.Edit(new OpportunityForm { CustomerName = "from B" });
        await b.SaveAsync(onB, 0, cancellationToken: Ct);
        draft.Edit(new OpportunityForm { CustomerName = "from A" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => a.SaveAsync(draft, 0, cancellationToken: Ct));
        Assert.Equal("from B", (await a.LoadAsync<OpportunityLifecycle>(draft.Key, Ct)).Form.CustomerName);
    }

    [Fact]
    public async Task The_schema_is_created_once_and_a_newer_schema_is_refused()
    {
        var store = await Store(TestData.Clock());
        await store.EnsureSchemaAsync(Ct);
        await using (var db = store.CreateContext())
        {
            await db.Schema.ExecuteUpdateAsync(r => r.SetProperty(x => x.Version, 99), Ct);
        }

        var refused = await Assert.ThrowsAsync<StoreSchemaException>(() => store.EnsureSchemaAsync(Ct));
        Assert.Contains("schema version 99, newer than this library's 1", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_without_a_database_are_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => new PartnerRulesStore(new PartnerRulesStoreOptions(), TestData.Clock()));

        Assert.Equal("Database", error.ParamName);
    }

    [Fact]
    public async Task Expired_idempotency_keys_are_purged()
    {
        var clock = TestData.Clock();
        var store = await Store(clock, Duration.FromHours(1));
        var invoice = store.Lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary);
        await store.AddAsync(invoice, new CommandContext(IdempotencyKey: "a"), Ct);
        await store.FireAsync(invoice.Key, InvoiceReturnTrigger.ReceiveOriginal, context: new CommandContext(IdempotencyKey: "b"), cancellationToken: Ct);

        Assert.Equal(0, await store.PurgeExpiredIdempotencyKeysAsync(Ct));
        clock.Advance(Duration.FromHours(1));
        Assert.Equal(2, await store.PurgeExpiredIdempotencyKeysAsync(Ct));
    }
}

/// <summary>The same contract on the in-memory store of PartnerRules.Testing.</summary>
public sealed class InMemoryStoreTests : StoreTests
{
    protected override Database NewDatabase() => new SqliteDatabase();

    protected override Task<ILifecycleStore> ContractStore(IClock clock, Duration? idempotencyLifetime = null) =>
        Task.FromResult<ILifecycleStore>(new PartnerRules.Testing.InMemoryLifecycleStore(clock, TestData.Policy, idempotencyLifetime));

    protected override Task Corrupt(ILifecycleStore store, LifecycleKey key)
    {
        ((PartnerRules.Testing.InMemoryLifecycleStore)store).Corrupt(key, "{ not json");
        return Task.CompletedTask;
    }

    protected override Task<IReadOnlyList<string>> StoredTexts(ILifecycleStore store) => Task.FromResult<IReadOnlyList<string>>([]);
}

public sealed class SqliteStoreTests : DatabaseStoreTests
{
    protected override Database NewDatabase() => new SqliteDatabase();

    [Fact]
    public async Task The_sqlite_file_runs_in_write_ahead_logging()
    {
        var store = await Store(TestData.Clock());
        await using var db = store.CreateContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(true, 2L)]
    [InlineData(false, 1L)]
    public async Task Commits_wait_for_the_disk_unless_the_host_chooses_normal_synchronous(bool durable, long expected)
    {
        var store = new PartnerRulesStore(new PartnerRulesStoreOptions { Database = b => Db.Use(b), SqliteDurableCommits = durable }, TestData.Clock(), TestData.Policy);
        await store.EnsureSchemaAsync(TestContext.Current.CancellationToken);
        await store.AddAsync(store.Lifecycles.CreateDraft(new OpportunityId("PO-1")), cancellationToken: TestContext.Current.CancellationToken);
        await using var db = store.CreateContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";

        // 2 is FULL, SQLite's default; 1 is NORMAL.
        Assert.Equal(expected, (long?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class PostgresStoreTests(PostgresServer server) : DatabaseStoreTests
{
    protected override Database NewDatabase() => new PostgresDatabase(server);

    protected override void RequireDatabase() => server.Require();
}
