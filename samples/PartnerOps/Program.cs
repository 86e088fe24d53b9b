// PartnerOps: a partner-operations API on PartnerRules and its store (PartnerRules.EntityFrameworkCore).
// Lifecycles live in SQLite; every write names the revision it read (If-Match) and may carry an Idempotency-Key;
// a hosted sweeper expires unanswered HO offers and hands overdue obligations to OverdueObligationLog.
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartnerOps;
using PartnerRules;
using PartnerRules.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);
builder.Services.ConfigureHttpJsonOptions(o => PartnerRulesJson.Configure(o.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails().AddExceptionHandler<LifecycleProblems>();

builder.Services.AddPartnerRules(o => o.Policy = ProgramPolicy.Default with { HoOfferResponseTime = Period.FromDays(5) });
builder.Services.AddPartnerRulesStore(o => o.Database = db =>
    db.UseSqlite(builder.Configuration.GetConnectionString("PartnerRules") ?? "Data Source=partnerops.db"));
builder.Services.AddSingleton<IOverdueObligationHandler, OverdueObligationLog>();
builder.Services.AddPartnerRulesDeadlines();
builder.Services.AddHealthChecks().AddCheck<PartnerRulesSweeperHealthCheck>("deadlines");
builder.Services.AddSingleton<PartnerDirectory>();

var app = builder.Build();
app.UseExceptionHandler();
await app.Services.GetRequiredService<PartnerRulesStore>().EnsureSchemaAsync();

app.MapGet("/partners/{id}/ho-eligibility", (PartnerId id, PartnerDirectory partners, IPartnerRulesEngine engine, IClock clock) =>
    partners.Find(id) is { } partner ? Results.Ok(engine.EvaluateHoEligibility(partner, clock.GetCurrentInstant())) : Results.NotFound());
app.MapPost("/partners/{id}/ho-offers", async (PartnerId id, NewOffer body, PartnerDirectory partners, IPartnerRulesEngine engine, IClock clock, ILifecycleStore store, HttpContext http) =>
{
    if (partners.Find(id) is not { } partner)
    {
        return Results.NotFound();
    }

    var eligibility = engine.EvaluateHoEligibility(partner, clock.GetCurrentInstant());
    return http.Created("/opportunities", await store.AddAsync(store.Lifecycles.Offer(body.Opportunity, id, eligibility), http.Command()));
});

app.MapPost("/opportunities", async (NewOpportunity body, ILifecycleStore store, HttpContext http) =>
    http.Created("/opportunities", await store.AddAsync(store.Lifecycles.CreateDraft(body.Id), http.Command())));
app.MapGet("/opportunities/{key}", async (LifecycleKey key, ILifecycleStore store, HttpContext http) =>
    http.Read(await store.LoadAsync<OpportunityLifecycle>(key)));
app.MapPut("/opportunities/{key}/form", async (LifecycleKey key, IfMatch expected, OpportunityForm form, ILifecycleStore store, HttpContext http) =>
    http.Written(await store.ExecuteAsync<OpportunityLifecycle>(key, IfMatch.Edit(form), opportunity => opportunity.Edit(form), http.Command(expected))));
app.MapPost("/opportunities/{key}/{trigger}", async (LifecycleKey key, OpportunityTrigger trigger, IfMatch expected, Because? because, ILifecycleStore store, HttpContext http) =>
    http.Written(await store.FireAsync(key, trigger, because?.Reason, http.Command(expected))));

app.MapPost("/invoice-returns", async (NewInvoiceReturn body, ILifecycleStore store, HttpContext http) =>
    http.Created("/invoice-returns", await store.AddAsync(store.Lifecycles.RequestInvoiceReturn(body.Invoice, body.Kind), http.Command())));
app.MapGet("/invoice-returns/{key}", async (LifecycleKey key, ILifecycleStore store, HttpContext http) =>
    http.Read(await store.LoadAsync<InvoiceReturnLifecycle>(key)));
app.MapPost("/invoice-returns/{key}/{trigger}", async (LifecycleKey key, InvoiceReturnTrigger trigger, IfMatch expected, Because? because, ILifecycleStore store, HttpContext http) =>
    http.Written(await store.FireAsync(key, trigger, because?.Reason, http.Command(expected))));

app.MapGet("/lifecycles/{key}/history", (LifecycleKey key, ILifecycleStore store) => store.HistoryAsync(key));
app.MapGet("/obligations", (ILifecycleStore store, IClock clock, bool? overdueOnly, int? pageSize, string? continueAfter) =>
    store.ObligationsAsync(clock.GetCurrentInstant(), overdueOnly ?? false, pageSize ?? 100, continueAfter));
app.MapHealthChecks("/health");

await app.RunAsync();

/// <summary>The entry point, named so the tests' <c>WebApplicationFactory&lt;Program&gt;</c> can find it.</summary>
public partial class Program;
