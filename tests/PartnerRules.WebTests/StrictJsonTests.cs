using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace PartnerRules.WebTests;

public sealed class StrictJsonTests(ServiceFixture service)
{
    [Theory]
    [InlineData("""{"id":"P-1","stage":"Certified"}""", "$", "isPceMember")]
    [InlineData("""{"id":"P-1","stage":"Certified","isPceMember":true,"opportunities":[null]}""", "$.opportunities", "index 0")]
    [InlineData("""{"id":"P-1","stage":"Gold","isPceMember":true}""", "$.stage", "Registered, Certified, Differentiated")]
    [InlineData("""{"id":"P-1","stage":1,"isPceMember":true}""", "$.stage", "Registered, Certified, Differentiated")]
    [InlineData("""{"id":" P-1","stage":"Certified","isPceMember":true}""", "$.id", "white space")]
    [InlineData("""{"id":null,"stage":"Certified","isPceMember":true}""", "$.id", "")]
    [InlineData("""{"id":"P-1","stage":"Certified","isPceMember":true,"opportunities":[{"id":"O-1","origin":"PO"}]}""", "$.opportunities[0]", "lastUpdatedAt")]
    public async Task Bad_json_for_a_controller_is_a_400_keyed_by_the_JSON_path(string body, string path, string saying)
    {
        using var response = await Post("/mvc/profiles", body);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(path, out var messages), $"no error at {path}: {errors}");
        Assert.Contains(saying, messages[0].GetString(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"P-1","stage":"Certified"}""", "$", "isPceMember")]
    [InlineData("""{"id":"P-1","stage":"Certified","isPceMember":true,"opportunities":[{"id":"O-1","origin":"Sideways","lastUpdatedAt":"2026-11-01T00:00:00Z"}]}""", "$.opportunities[0].origin", "HuaweiOriginated")]
    public async Task Bad_json_for_a_minimal_api_endpoint_is_a_400_keyed_by_the_JSON_path_with_the_host_exception_handler(string body, string path, string saying)
    {
        using var response = await Post(PartnerService.EchoRoute(typeof(PartnerProfile)), body);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(saying, problem.RootElement.GetProperty("errors").GetProperty(path)[0].GetString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_written_as_text_is_refused_in_the_host_options_as_in_the_library_own()
    {
        var snapshot = JsonSerializer.Serialize(Samples.All[typeof(InvoiceReturnSnapshot)], service.Json).Replace("\"version\":1", "\"version\":\"1\"", System.StringComparison.Ordinal);

        using var response = await Post(PartnerService.EchoRoute(typeof(InvoiceReturnSnapshot)), snapshot);

        Assert.Contains("\"version\":\"1\"", snapshot, System.StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_aliases_the_docs_use_are_read()
    {
        using var response = await Post("/mvc/profiles", """{"id":"P-1","stage":"certified","isPceMember":true,"opportunities":[{"id":"O-1","origin":"HO","lastUpdatedAt":"2026-11-01T00:00:00Z"}]}""");
        var profile = JsonSerializer.Deserialize<PartnerProfile>(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), service.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(OpportunityOrigin.HuaweiOriginated, profile!.Opportunities[0].Origin);
        Assert.Equal(PartnerStage.Certified, profile.Stage);
    }

    private Task<HttpResponseMessage> Post(string route, string body) =>
        service.Client.PostAsync(route, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
}
