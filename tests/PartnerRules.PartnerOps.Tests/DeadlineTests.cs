using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerOps;
using PartnerRules.EntityFrameworkCore;

namespace PartnerRules.PartnerOps.Tests;

/// <summary>HO eligibility and offers, and the deadline sweeper the sample wires (HoOfferResponseTime: 5 days).</summary>
public sealed class DeadlineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> Offer(HttpClient client, string partner = "P-1")
    {
        var offered = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, $"/partners/{partner}/ho-offers", new NewOffer(new OpportunityId("HO-1"))), Ct);
        Assert.Equal(HttpStatusCode.Created, offered.StatusCode);
        return offered.Headers.Location!.ToString();
    }

    [Fact]
    public async Task HO_eligibility_is_decided_from_the_partner_directory_as_of_the_clock()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();

        var eligible = await (await client.GetAsync("/partners/P-1/ho-eligibility", Ct)).Read<Decision>();
        var notPce = await (await client.GetAsync("/partners/P-3/ho-eligibility", Ct)).Read<Decision>();
        var unknown = await client.GetAsync("/partners/P-404/ho-eligibility", Ct);

        Assert.True(eligible.IsApproved);
        Assert.False(notPce.IsApproved);
        Assert.Equal(["HO.PCE_MEMBER"], notPce.Findings.Where(f => !f.Passed).Select(f => f.Code));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_offer_to_a_partner_who_may_not_receive_HO_is_422_with_the_failed_findings()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();

        var refused = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, "/partners/P-2/ho-offers", new NewOffer(new OpportunityId("HO-2"))), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["HO.DEVELOPMENT_PATH"], (await refused.Body()).FindingCodes());
        Assert.Empty(await app.Store.FindKeysAsync(LifecycleKind.Opportunity, "HO-2", Ct));
    }

    [Fact]
    public async Task The_sweeper_expires_an_offer_left_unanswered_past_the_response_time_and_logs_it_as_overdue()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Offer(client);
        var sweeper = app.Services.GetRequiredService<PartnerRulesSweeper>();
        var running = Assert.Single((await (await client.GetAsync("/obligations", Ct)).Read<ObligationPage>()).Items).Obligation;

        app.Clock.Advance(Duration.FromDays(4));
        var early = await sweeper.SweepAsync(Ct);
        app.Clock.Advance(Duration.FromDays(2));
        var due = await sweeper.SweepAsync(Ct);
        var read = await client.GetAsync(path, Ct);
        var history = await app.Store.HistoryAsync(new LifecycleKey(path.Split('/')[^1]), Ct);

        Assert.Equal((ObligationCodes.HoOfferResponse, new LocalDate(2026, 12, 5)), (running.Code, running.DueOn));
        Assert.Equal(0, early.Expired);
        Assert.Equal((1, 1), (due.Expired, due.Delivered));
        Assert.Equal(OpportunityState.Expired, (await read.Read<OpportunitySnapshot>()).State);
        Assert.Equal("\"1\"", read.ETag());
        Assert.Equal(("Expire", "PartnerRules.Sweeper"), (Assert.Single(history).Trigger, history[0].Actor));
        var logged = Assert.Single(app.Logs, l => l.Category == typeof(OverdueObligationLog).FullName);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Contains("HO.OFFER_RESPONSE", logged.Message, StringComparison.Ordinal);
        Assert.Contains("due on 2026-12-05", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_offer_accepted_in_time_is_left_alone_by_the_sweeper()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Offer(client);

        var accepted = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, path + "/Accept", null, ("If-Match", "\"0\""), ("X-Actor", "P-1")), Ct);
        app.Clock.Advance(Duration.FromDays(30));
        var swept = await app.Services.GetRequiredService<PartnerRulesSweeper>().SweepAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(0, swept.Expired);
        Assert.Equal(OpportunityState.Active, (await (await client.GetAsync(path, Ct)).Read<OpportunitySnapshot>()).State);
    }
}
