using System.Net;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace PartnerRules.WebTests;

public sealed class RouteIdTests(ServiceFixture service)
{
    [Theory]
    [InlineData("partner", "P-100")]
    [InlineData("account", "13800138000")]
    [InlineData("opportunity", "O-7%20expansion")]
    [InlineData("invoice", "INV-2026-0042")]
    public async Task Every_id_type_binds_from_a_route(string kind, string escaped)
    {
        var id = await service.Client.GetFromJsonAsync<string>($"/ids/{kind}/{escaped}", TestContext.Current.CancellationToken);

        Assert.Equal(System.Uri.UnescapeDataString(escaped), id);
    }

    [Fact]
    public async Task Ids_bind_from_the_query_string() =>
        Assert.Equal("P-1|INV 1", await service.Client.GetStringAsync(new System.Uri("/ids/query?partner=P-1&invoice=INV%201", System.UriKind.Relative), TestContext.Current.CancellationToken));

    [Theory]
    [InlineData("/ids/partner/%20P-100")]
    [InlineData("/ids/account/A%09B")]
    [InlineData("/ids/invoice/INV-1%20")]
    [InlineData("/ids/query?partner=&invoice=INV-1")]
    public async Task A_route_value_that_is_no_valid_id_is_a_400_before_the_handler_runs(string route)
    {
        using var response = await service.Client.GetAsync(route, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_id_longer_than_128_characters_is_a_400()
    {
        using var longest = await service.Client.GetAsync("/ids/opportunity/" + new string('x', 128), TestContext.Current.CancellationToken);
        using var tooLong = await service.Client.GetAsync("/ids/opportunity/" + new string('x', 129), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task A_partner_is_found_by_the_id_in_its_route()
    {
        var profile = await service.Client.GetFromJsonAsync<PartnerProfile>("/partners/P-100", service.Json, TestContext.Current.CancellationToken);
        using var unknown = await service.Client.GetAsync("/partners/P-404", TestContext.Current.CancellationToken);

        Assert.Equal(PartnerService.KnownPartner, profile);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_engine_answers_for_a_partner_named_in_the_route()
    {
        var decision = await service.Client.GetFromJsonAsync<Decision>("/partners/P-100/ho-eligibility", service.Json, TestContext.Current.CancellationToken);

        Assert.NotNull(decision);
        Assert.False(decision.IsApproved);
        Assert.Contains(decision.Findings, f => f.Code == "HO.PCE_MEMBER" && f.Passed);
    }
}
