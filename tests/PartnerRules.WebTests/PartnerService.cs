using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace PartnerRules.WebTests;

/// <summary>
/// The service a consumer writes from docs/embedding.md: the JSON one-liners and ids bound from routes, no glue of its
/// own. Every public record gets an echo endpoint (request body in, the same value out) so a test can round-trip it.
/// </summary>
internal static class PartnerService
{
    /// <summary>The instant the service's clock is fixed at.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 30, 2, 0);

    /// <summary>The partner <c>GET /partners/{id}</c> knows.</summary>
    public static readonly PartnerProfile KnownPartner = Samples.Profile;

    /// <summary>Builds the service on an in-memory server and starts it.</summary>
    public static async Task<WebApplication> StartAsync(CancellationToken cancellationToken)
    {
        // Production, whatever the machine's ASPNETCORE_ENVIRONMENT says: that is what a consumer ships.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();

        // The two one-liners of docs/embedding.md: minimal APIs, and MVC controllers.
        builder.Services.ConfigureHttpJsonOptions(o => PartnerRulesJson.Configure(o.SerializerOptions));
        builder.Services.AddControllers().AddJsonOptions(o => PartnerRulesJson.Configure(o.JsonSerializerOptions))
            .AddApplicationPart(typeof(PartnerService).Assembly);
        builder.Services.AddSingleton<IClock>(new FakeClock(Now));
        builder.Services.AddPartnerRules();

        // Optional: minimal APIs answer a bare 400 for a body they cannot read; this makes it a problem keyed by path.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = JsonProblems.WriteAsync });
        var echo = typeof(PartnerService).GetMethod(nameof(MapEcho), BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var type in Samples.All.Keys)
        {
            echo.MakeGenericMethod(type).Invoke(null, [app]);
        }

        app.MapGet("/partners/{id}", (PartnerId id) => id == KnownPartner.Id ? Results.Ok(KnownPartner) : Results.NotFound());
        app.MapGet("/partners/{id}/ho-eligibility", (PartnerId id, IPartnerRulesEngine engine, IClock clock) =>
            id == KnownPartner.Id ? Results.Ok(engine.EvaluateHoEligibility(KnownPartner, clock.GetCurrentInstant())) : Results.NotFound());
        app.MapGet("/ids/partner/{id}", (PartnerId id) => id);
        app.MapGet("/ids/account/{id}", (AccountId id) => id);
        app.MapGet("/ids/opportunity/{id}", (OpportunityId id) => id);
        app.MapGet("/ids/invoice/{id}", (InvoiceId id) => id);
        app.MapGet("/ids/query", (PartnerId partner, InvoiceId invoice) => $"{partner.Value}|{invoice.Value}");
        app.MapControllers();

        await app.StartAsync(cancellationToken);
        return app;
    }

    /// <summary>The route that echoes a <paramref name="type"/>.</summary>
    public static string EchoRoute(Type type) => "/echo/" + Samples.Name(type);

    // [FromBody]: without it minimal APIs bind an id (IParsable) from the query string, and the policy and schedule
    // (registered by AddPartnerRules) from the services.
    private static void MapEcho<T>(WebApplication app) => app.MapPost(EchoRoute(typeof(T)), ([FromBody] T body) => TypedResults.Ok(body));
}

/// <summary>An MVC controller, configured by the second one-liner: its model binding reports JSON errors by path.</summary>
[ApiController]
[Route("mvc")]
public sealed class ProfilesController : ControllerBase
{
    /// <summary>Echoes a profile.</summary>
    [HttpPost("profiles")]
    public ActionResult<PartnerProfile> Echo(PartnerProfile profile) => Ok(profile);
}
