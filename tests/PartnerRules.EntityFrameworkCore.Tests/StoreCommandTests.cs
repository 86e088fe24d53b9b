using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>
/// The contract's commands: add, load, save and fire by key, what each writes, and the revision checks that refuse a
/// stale write (a stale save, an expected revision, concurrent commands, a copy loaded before an erasure).
/// </summary>
public abstract class StoreCommandTests : StoreTests
{
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

/// <summary>The same commands on the in-memory store of PartnerRules.Testing.</summary>
public sealed class InMemoryStoreCommandTests : StoreCommandTests
{
    protected override Database NewDatabase() => new SqliteDatabase();

    protected override Task<ILifecycleStore> ContractStore(IClock clock, Duration? idempotencyLifetime = null) => InMemoryContract.Store(clock, idempotencyLifetime);

    protected override Task Corrupt(ILifecycleStore store, LifecycleKey key) => InMemoryContract.Corrupt(store, key);

    protected override Task<IReadOnlyList<string>> StoredTexts(ILifecycleStore store) => InMemoryContract.StoredTexts();
}

public sealed class SqliteStoreCommandTests : StoreCommandTests
{
    protected override Database NewDatabase() => new SqliteDatabase();
}

public sealed class PostgresStoreCommandTests(PostgresServer server) : StoreCommandTests
{
    protected override Database NewDatabase() => new PostgresDatabase(server);

    protected override void RequireDatabase() => server.Require();
}
