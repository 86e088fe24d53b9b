using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PartnerOps;

namespace PartnerRules.PartnerOps.Tests;

/// <summary><c>GET /obligations</c>: the store's running obligations, paged, earliest overdue first.</summary>
public sealed class ObligationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task ElectronicReturns(HttpClient client, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var requested = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, "/invoice-returns", new NewInvoiceReturn(new InvoiceId($"INV-{i}"), InvoiceKind.ElectronicOrdinary)), Ct);
            Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        }
    }

    [Fact]
    public async Task Obligations_come_in_pages_that_continue_where_the_last_one_ended()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        await ElectronicReturns(client, 3);

        var first = await (await client.GetAsync("/obligations?pageSize=2", Ct)).Read<ObligationPage>();
        var second = await (await client.GetAsync($"/obligations?pageSize=2&continueAfter={Uri.EscapeDataString(first.ContinueAfter!)}", Ct)).Read<ObligationPage>();

        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.ContinueAfter);
        Assert.Single(second.Items);
        Assert.Null(second.ContinueAfter);
        Assert.Equal(["INV-1", "INV-2", "INV-3"], first.Items.Concat(second.Items).Select(o => o.Obligation.SubjectId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Overdue_only_lists_the_obligations_whose_deadline_has_passed_by_the_clock()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        await ElectronicReturns(client, 2);

        var onTime = await (await client.GetAsync("/obligations?overdueOnly=true", Ct)).Read<ObligationPage>();
        app.Clock.Advance(Duration.FromDays(1));
        var late = await (await client.GetAsync("/obligations?overdueOnly=true", Ct)).Read<ObligationPage>();

        Assert.Empty(onTime.Items);
        Assert.Equal(2, late.Items.Count);
        Assert.All(late.Items, o => Assert.True(o.Obligation.IsOverdue));
    }

    [Fact]
    public async Task A_page_size_out_of_range_or_a_made_up_continuation_is_400()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();

        var tooBig = await client.GetAsync("/obligations?pageSize=1001", Ct);
        var madeUp = await client.GetAsync("/obligations?continueAfter=page-2", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, madeUp.StatusCode);
    }
}
