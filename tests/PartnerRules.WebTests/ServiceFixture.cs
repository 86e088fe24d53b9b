using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

[assembly: AssemblyFixture(typeof(PartnerRules.WebTests.ServiceFixture))]

namespace PartnerRules.WebTests;

/// <summary>One running service for the whole test app (starting a host costs more than every request together).</summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>A client of the in-memory server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The options the tests read responses with: the library's own, not the service's.</summary>
    public JsonSerializerOptions Json { get; } = PartnerRulesJson.CreateOptions();

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _app = await PartnerService.StartAsync(CancellationToken.None);
        Client = _app.GetTestClient();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
