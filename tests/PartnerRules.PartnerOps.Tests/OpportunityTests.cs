using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PartnerOps;

namespace PartnerRules.PartnerOps.Tests;

/// <summary>The opportunity endpoints: ETags from revisions, If-Match on every write, idempotency keys, refused steps.</summary>
public sealed class OpportunityTests
{
    private static readonly OpportunityForm Complete = new()
    {
        CustomerName = "Jiangnan Logistics",
        CloudServices = ["ECS", "RDS"],
        ContactedLocalSalesTeam = true,
        EstimatedValue = Money.Cny(300_000m),
        ExpectedCloseDate = new LocalDate(2027, 3, 31),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> Draft(HttpClient client, string id = "PO-1")
    {
        var created = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, "/opportunities", new NewOpportunity(new OpportunityId(id))), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return created.Headers.Location!.ToString();
    }

    private static Task<HttpResponseMessage> Edit(HttpClient client, string path, OpportunityForm form, params (string, string)[] headers) =>
        client.SendAsync(PartnerOpsApp.Request(HttpMethod.Put, path + "/form", form, headers), Ct);

    private static Task<HttpResponseMessage> Fire(HttpClient client, string path, string trigger, params (string, string)[] headers) =>
        client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, $"{path}/{trigger}", null, headers), Ct);

    [Fact]
    public async Task A_created_draft_is_read_back_at_its_Location_with_its_revision_as_the_ETag()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();

        var created = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, "/opportunities", new NewOpportunity(new OpportunityId("PO-1"))), Ct);
        var read = await client.GetAsync(created.Headers.Location, Ct);
        var snapshot = await read.Read<OpportunitySnapshot>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"0\"", created.ETag());
        Assert.Equal("Draft", (await created.Body()).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"0\"", read.ETag());
        Assert.Equal((OpportunityState.Draft, new OpportunityId("PO-1"), 0L), (snapshot.State, snapshot.Id, snapshot.Revision));
        Assert.Equal($"/opportunities/{snapshot.Key}", created.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_edit_with_the_current_ETag_is_saved_and_one_with_a_stale_ETag_is_409_and_changes_nothing()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Draft(client);

        var edited = await Edit(client, path, Complete, ("If-Match", "\"0\""));
        var stale = await Edit(client, path, Complete with { CustomerName = "Someone else's customer" }, ("If-Match", "\"0\""));
        var read = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal("\"1\"", edited.ETag());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Body();
        Assert.Equal(1, problem.GetProperty("currentRevision").GetInt64());
        Assert.Contains("expected revision 0, the store holds 1", problem.GetProperty("detail").GetString(), System.StringComparison.Ordinal);
        Assert.Equal("\"1\"", read.ETag());
        Assert.Equal(Complete, (await read.Read<OpportunitySnapshot>()).Form);
    }

    [Fact]
    public async Task A_write_without_If_Match_is_428_and_changes_nothing()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Draft(client);

        var edit = await Edit(client, path, Complete);
        var withdraw = await Fire(client, path, "Withdraw");
        var read = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.PreconditionRequired, edit.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, withdraw.StatusCode);
        Assert.Contains("If-Match", (await edit.Body()).GetProperty("detail").GetString(), System.StringComparison.Ordinal);
        Assert.Equal("\"0\"", read.ETag());
    }

    [Fact]
    public async Task A_trigger_sent_twice_with_one_idempotency_key_answers_the_first_outcome_and_transitions_once()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Draft(client);
        await Edit(client, path, Complete, ("If-Match", "\"0\""));

        var first = await Fire(client, path, "Submit", ("If-Match", "\"1\""), ("Idempotency-Key", "submit-PO-1"), ("X-Actor", "alice"));
        var retry = await Fire(client, path, "Submit", ("If-Match", "\"1\""), ("Idempotency-Key", "submit-PO-1"), ("X-Actor", "alice"));
        var history = await app.Store.HistoryAsync(new LifecycleKey(path.Split('/')[^1]), Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("\"2\"", retry.ETag());
        var (firstOutcome, retryOutcome) = (await first.Read<CommandOutcome>(), await retry.Read<CommandOutcome>());
        Assert.Equal(firstOutcome with { Replayed = true }, retryOutcome);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        var submitted = Assert.Single(history);
        Assert.Equal(("Draft", "Submitted", "Submit", "alice"), (submitted.From, submitted.To, submitted.Trigger, submitted.Actor));
        Assert.False(string.IsNullOrEmpty(submitted.CorrelationId));
    }

    [Fact]
    public async Task An_idempotency_key_sent_again_with_another_command_is_422_and_changes_nothing()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Draft(client);
        await Edit(client, path, Complete, ("If-Match", "\"0\""), ("Idempotency-Key", "edit-1"));

        var otherForm = await Edit(client, path, Complete with { CustomerName = "Another customer" }, ("If-Match", "\"0\""), ("Idempotency-Key", "edit-1"));
        var otherTrigger = await Fire(client, path, "Withdraw", ("If-Match", "\"1\""), ("Idempotency-Key", "edit-1"));
        var read = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherForm.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherTrigger.StatusCode);
        Assert.Contains("\"edit-1\" was first used for a different command", (await otherForm.Body()).GetProperty("detail").GetString(), System.StringComparison.Ordinal);
        Assert.Equal("\"1\"", read.ETag());
        Assert.Equal(Complete, (await read.Read<OpportunitySnapshot>()).Form);
    }

    [Fact]
    public async Task Creating_twice_with_one_idempotency_key_stores_one_draft_and_answers_its_Location_both_times()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var body = new NewOpportunity(new OpportunityId("PO-7"));

        var first = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, "/opportunities", body, ("Idempotency-Key", "create-PO-7")), Ct);
        var retry = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, "/opportunities", body, ("Idempotency-Key", "create-PO-7")), Ct);

        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Single(await app.Store.FindKeysAsync(LifecycleKind.Opportunity, "PO-7", Ct));
    }

    [Fact]
    public async Task Submitting_an_incomplete_form_is_422_naming_each_missing_field()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Draft(client);
        await Edit(client, path, new OpportunityForm { CustomerName = "Jiangnan Logistics" }, ("If-Match", "\"0\""));

        var submit = await Fire(client, path, "Submit", ("If-Match", "\"1\""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.Equal(
            ["OPPORTUNITY.CLOUD_SERVICES", "OPPORTUNITY.LOCAL_SALES_CONTACT", "OPPORTUNITY.ESTIMATED_VALUE", "OPPORTUNITY.EXPECTED_CLOSE_DATE"],
            (await submit.Body()).FindingCodes());
    }

    [Fact]
    public async Task Approving_a_draft_is_409_listing_the_triggers_permitted_now()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Draft(client);

        var approve = await Fire(client, path, "Approve", ("If-Match", "\"0\""));
        var problem = await approve.Body();

        Assert.Equal(HttpStatusCode.Conflict, approve.StatusCode);
        Assert.Equal("Approve not permitted in Draft", problem.GetProperty("title").GetString());
        Assert.Equal(["Withdraw"], problem.GetProperty("permittedTriggers").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_keeps_it_in_the_history()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Draft(client);
        await Edit(client, path, Complete, ("If-Match", "\"0\""));
        await Fire(client, path, "Submit", ("If-Match", "\"1\""));

        var bare = await Fire(client, path, "Reject", ("If-Match", "\"2\""));
        var reasoned = await client.SendAsync(PartnerOpsApp.Request(HttpMethod.Post, path + "/Reject", new Because("Duplicate of PO-0"), ("If-Match", "\"2\"")), Ct);
        var history = await (await client.GetAsync($"/lifecycles/{path.Split('/')[^1]}/history", Ct)).Body();

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reasoned.StatusCode);
        Assert.Equal("Duplicate of PO-0", history[1].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_unknown_key_is_404_and_a_malformed_If_Match_is_400()
    {
        await using var app = new PartnerOpsApp();
        var client = app.CreateClient();
        var path = await Draft(client);

        var unknown = await client.GetAsync("/opportunities/0123456789abcdef0123456789abcdef", Ct);
        var unknownWrite = await Fire(client, "/opportunities/0123456789abcdef0123456789abcdef", "Submit", ("If-Match", "\"0\""));
        var weak = await Fire(client, path, "Withdraw", ("If-Match", "W/\"0\""));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownWrite.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
    }
}
