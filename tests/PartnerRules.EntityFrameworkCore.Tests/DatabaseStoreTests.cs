using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore.Tests;

/// <summary>What only the database store does: real faults, several instances on one database, the schema, expired keys purged.</summary>
public abstract class DatabaseStoreTests : DatabaseTests
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
