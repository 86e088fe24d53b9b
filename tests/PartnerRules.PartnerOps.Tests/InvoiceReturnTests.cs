using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PartnerOps;

namespace PartnerRules.PartnerOps.Tests;

/// <summary>The invoice-return endpoints: request, step through, and the deadline each state runs.</summary>
public sealed class InvoiceReturnTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_paper_return_runs_its_deadline_after_the_original_arrives_and_ends_it_on_completion()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();

        var requested = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, "/invoice-returns", new NewInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary)), Ct);
        var path = requested.Headers.Location!.ToString();
        var received = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, path + "/ReceiveOriginal", null, ("If-Match", requested.ETag()!)), Ct);
        var running = await (await client.GetAsync("/obligations", Ct)).Read<ObligationPage>();
        var completed = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, path + "/Complete", null, ("If-Match", received.ETag()!)), Ct);
        var read = await client.GetAsync(path, Ct);
        var after = await (await client.GetAsync("/obligations", Ct)).Read<ObligationPage>();

        Assert.Equal(HttpStatusCode.Created, requested.StatusCode);
        Assert.StartsWith("/invoice-returns/", path, System.StringComparison.Ordinal);
        Assert.Equal("\"1\"", received.ETag());
        var obligation = Assert.Single(running.Items).Obligation;
        Assert.Equal((ObligationCodes.InvoicePaperReturn, new LocalDate(2026, 12, 3)), (obligation.Code, obligation.DueOn));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        Assert.Equal(InvoiceReturnState.Completed, (await read.Read<InvoiceReturnSnapshot>()).State);
        Assert.Equal("\"2\"", read.ETag());
        Assert.Empty(after.Items);
    }

    [Fact]
    public async Task A_step_the_return_does_not_take_is_409_and_a_rejection_without_a_reason_is_400()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var requested = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, "/invoice-returns", new NewInvoiceReturn(new InvoiceId("INV-2"), InvoiceKind.ElectronicOrdinary)), Ct);
        var path = requested.Headers.Location!.ToString();

        var receive = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, path + "/ReceiveOriginal", null, ("If-Match", "\"0\"")), Ct);
        var reject = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, path + "/Reject", null, ("If-Match", "\"0\"")), Ct);

        Assert.Equal(HttpStatusCode.Conflict, receive.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reject.StatusCode);
        Assert.Equal(InvoiceReturnState.Requested, (await (await client.GetAsync(path, Ct)).Read<InvoiceReturnSnapshot>()).State);
    }
}
