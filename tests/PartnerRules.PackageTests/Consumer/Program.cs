// A consumer of the packed PartnerRules packages: compiled and run by the package tests.
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartnerRules;
using PartnerRules.EntityFrameworkCore;
using PartnerRules.Testing;

var calendar = BusinessCalendar.China;
Console.WriteLine($"calendar: {calendar.AddBusinessDays(new LocalDate(2026, 9, 30), 3):uuuu-MM-dd}");

var policy = ProgramPolicy.Default;
Console.WriteLine($"policy: {policy.TimeZone.Id} {policy.RequiredDeliveredPos}");

var options = PartnerRulesJson.CreateOptions();
var record = new OpportunityRecord(new OpportunityId("O-1"), OpportunityOrigin.PartnerOriginated, Instant.FromUtc(2026, 11, 29, 16, 0));
Console.WriteLine($"json: {JsonSerializer.Serialize(record, options)}");

try
{
    calendar.IsBusinessDay(new LocalDate(2027, 1, 4));
}
catch (CalendarDataMissingException ex)
{
    Console.WriteLine($"missing: {ex.Year}");
}

// The engine and the lifecycles, from the packages, with their zh-CN resources.
var asOf = Instant.FromUtc(2026, 11, 29, 2, 0);
var engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN") });
var ho = engine.EvaluateHoEligibility(new PartnerProfile(new PartnerId("P-1"), PartnerStage.Registered, true), asOf);
Console.WriteLine($"ho: {ho.IsApproved} {string.Join(",", ho.Findings.Select(f => f.Code + "=" + f.Passed))}");
Console.WriteLine($"ho-zh: {ho.Findings[0].Message}");

System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
var clock = new FixedClock(asOf);
var association = CustomerAssociationLifecycle.Invite(new PartnerId("P-1"), AssociationMode.Resale, clock);
try
{
    association.Associate(new CustomerAccount(new AccountId("C-1"), asOf - Duration.FromDays(8)));
}
catch (InvalidTransitionException ex)
{
    Console.WriteLine($"association: {ex.Findings[0].Code} {ex.Findings[0].Message}");
}

var services = new ServiceCollection().AddPartnerRules();
Console.WriteLine($"di: {services.Count > 0}");

// Policy versions from a schedule document (partial policies), decisions naming their version, ChangesOn
// across the 2027 version, what-if, and lifecycles pinned to their version with a revision per write.
const string ScheduleJson = """
    { "versions": [
        { "effectiveFrom": "2026-01-01", "policy": { "version": "2026" } },
        { "effectiveFrom": "2027-01-01", "policy": { "version": "2027", "requiredDeliveredPos": 4 } } ] }
    """;
var schedule = JsonSerializer.Deserialize<PolicySchedule>(ScheduleJson, options)!;
var scheduled = new PartnerRulesEngine(new PartnerRulesOptions { Schedule = schedule });
var delivered = Enumerable.Range(1, 3).Select(i => new OpportunityRecord(new OpportunityId("PO-" + i), OpportunityOrigin.PartnerOriginated, asOf - Duration.FromDays(i))
    { SignedAt = asOf - Duration.FromDays(40 + i), DeliveredAt = asOf - Duration.FromDays(30 + i) }).ToArray();
var certified = new PartnerProfile(new PartnerId("P-2"), PartnerStage.Certified, true) { Opportunities = delivered };
var verdict = scheduled.EvaluateHoEligibility(certified, asOf);
Console.WriteLine($"schedule: {verdict.PolicyVersion} {verdict.IsApproved} {verdict.ChangesOn:uuuu-MM-dd}");
var impact = scheduled.CompareHoEligibility([certified], asOf, schedule.Find("2027"));
Console.WriteLine($"what-if: {impact.Evaluated} {impact.NewlyRefused}");
try
{
    JsonSerializer.Deserialize<ProgramPolicy>("""{ "requiredDeliveredPo": 4 }""", options);
}
catch (JsonException ex)
{
    Console.WriteLine($"policy-typo: {ex.Message.Contains("requiredDeliveredPo", StringComparison.Ordinal)}");
}

var lifecycles = new PartnerRulesLifecycles(new FixedClock(Instant.FromUtc(2026, 12, 30, 2, 0)), schedule);
var draft = lifecycles.CreateDraft(new OpportunityId("O-9"));
draft.Edit(new OpportunityForm { CustomerName = "Customer" });
var stored = JsonSerializer.Deserialize<OpportunitySnapshot>(JsonSerializer.Serialize(draft.ToSnapshot(), options), options)!;
var restored = new PartnerRulesLifecycles(new FixedClock(Instant.FromUtc(2027, 1, 5, 2, 0)), schedule).Restore(stored);
Console.WriteLine($"lifecycle: {restored.PolicyVersion} {restored.Revision} {restored.Version}");
try
{
    OpportunityLifecycle.Restore(stored with { PolicyVersion = "2099" }, clock);
}
catch (SnapshotRejectedException ex)
{
    Console.WriteLine($"rejected: {ex.SnapshotType} {ex.LifecycleId}");
}

// The store on a SQLite file, wired as docs/persistence.md shows, and the in-memory store of PartnerRules.Testing
// through the same interface.
var storeClock = new SteppingClock(Instant.FromUtc(2026, 11, 30, 2, 0));
var database = Path.Combine(Path.GetTempPath(), $"partnerrules-consumer-{Guid.NewGuid():N}.db");
var host = new ServiceCollection()
    .AddSingleton<IClock>(storeClock)
    .AddPartnerRules()
    .AddPartnerRulesStore(o => o.Database = db => db.UseSqlite($"Data Source={database};Pooling=False"))
    .AddSingleton<IOverdueObligationHandler, Handled>()
    .AddPartnerRulesDeadlines()
    .BuildServiceProvider();
await host.GetRequiredService<PartnerRulesStore>().EnsureSchemaAsync();
Console.WriteLine($"store: {await Drive(host.GetRequiredService<ILifecycleStore>())}");
var databaseStore = host.GetRequiredService<ILifecycleStore>();
var keys = await databaseStore.FindKeysAsync(LifecycleKind.Opportunity, "O-store");
Console.WriteLine($"history: {string.Join(", ", (await databaseStore.HistoryAsync(keys[0])).Select(t => t.Trigger + " by " + t.Actor))}");
var invitation = databaseStore.Lifecycles.InviteSpecialist(new PartnerId("P-1"), new AccountId("13800000000"), 0);
await databaseStore.AddAsync(invitation);
storeClock.Now += Duration.FromDays(8);
var swept = await host.GetRequiredService<PartnerRulesSweeper>().SweepAsync();
Console.WriteLine($"swept: expired={swept.Expired} reported={swept.Reported} delivered={swept.Delivered} handled={string.Join(",", Handled.Codes)}");
var page = await databaseStore.ObligationsAsync(storeClock.Now, overdueOnly: true);
Console.WriteLine($"obligations: {page.Items.Count} problems={page.Problems.Count}");
await host.DisposeAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
File.Delete(database);
Console.WriteLine($"in-memory: {await Drive(new InMemoryLifecycleStore(storeClock))}");

// The same on PostgreSQL when the package test gives a server (nothing else changes but the provider).
if (Environment.GetEnvironmentVariable("PARTNERRULES_CONSUMER_POSTGRES") is { Length: > 0 } postgres)
{
    var onPostgres = new PartnerRulesStore(new PartnerRulesStoreOptions { Database = db => db.UseNpgsql(postgres) }, storeClock);
    await onPostgres.EnsureSchemaAsync();
    Console.WriteLine($"store-postgres: {await Drive(onPostgres)}");
}

static async Task<string> Drive(ILifecycleStore store)
{
    var draft = store.Lifecycles.CreateDraft(new OpportunityId("O-store"));
    var created = await store.AddAsync(draft, new CommandContext("alice", IdempotencyKey: "create-1"));
    var again = await store.AddAsync(store.Lifecycles.CreateDraft(new OpportunityId("O-store")), new CommandContext("alice", IdempotencyKey: "create-1"));
    var loaded = await store.LoadAsync<OpportunityLifecycle>(created.Key);
    loaded.Edit(new OpportunityForm { CustomerName = "Customer", CloudServices = ["ECS"], ContactedLocalSalesTeam = true, EstimatedValue = Money.Cny(500_000m), ExpectedCloseDate = new LocalDate(2027, 3, 31) });
    loaded.Fire(OpportunityTrigger.Submit);
    var saved = await store.SaveAsync(loaded, created.Revision, new CommandContext("alice", "req-1"));
    var conflict = false;
    try
    {
        await store.SaveAsync(loaded, created.Revision);
    }
    catch (ConcurrencyConflictException)
    {
        conflict = true;
    }

    return $"{saved.State} {saved.Revision} replayed={again.Replayed} conflict={conflict}";
}

internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}

internal sealed class SteppingClock(Instant start) : IClock
{
    public Instant Now { get; set; } = start;

    public Instant GetCurrentInstant() => Now;
}

internal sealed class Handled : IOverdueObligationHandler
{
    public static List<string> Codes { get; } = [];

    public Task HandleAsync(OverdueObligation obligation, CancellationToken cancellationToken)
    {
        Codes.Add(obligation.Code);
        return Task.CompletedTask;
    }
}
