using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.EntityFrameworkCore;

namespace PartnerRules.PartnerOps.Tests;

/// <summary>
/// The sample as it ships, on a SQLite file of its own (a fresh temporary folder per instance, set through the
/// connection string the sample reads) and a <see cref="FakeClock"/> in place of the system clock. The hosted sweeper is
/// left out so a test runs each sweep itself, when it chooses.
/// </summary>
public sealed class PartnerOpsApp : WebApplicationFactory<Program>
{
    /// <summary>Monday 2026-11-30, 10:00 in Shanghai.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 30, 2, 0);

    private readonly string _folder = Directory.CreateTempSubdirectory("partnerops-tests-").FullName;

    /// <summary>The application's clock.</summary>
    public FakeClock Clock { get; } = new(Start);

    /// <summary>Every log message the application wrote, by category.</summary>
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Logs { get; } = new();

    /// <summary>JSON as the sample writes it.</summary>
    public static JsonSerializerOptions Json { get; } = PartnerRulesJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    /// <summary>The store the sample uses.</summary>
    public PartnerRulesStore Store => Services.GetRequiredService<PartnerRulesStore>();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:PartnerRules", $"Data Source={Path.Combine(_folder, "partnerops.db")}");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(new QueueLoggerProvider(Logs)));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClock>(Clock);

            // AddPartnerRulesDeadlines registers its hosted service through a factory of its own assembly: the only
            // way to tell it from the server's hosted service.
            var sweeperService = services.Single(d => d.ServiceType == typeof(IHostedService)
                && d.ImplementationFactory?.Method.DeclaringType?.Assembly == typeof(PartnerRulesSweeper).Assembly);
            services.Remove(sweeperService);
        });
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A request with JSON content and the headers given (<c>If-Match</c>, <c>Idempotency-Key</c>, <c>X-Actor</c>).</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, object? body = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<(string, LogLevel, string)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(categoryName, logs);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(string category, ConcurrentQueue<(string, LogLevel, string)> logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Enqueue((category, logLevel, formatter(state, exception)));
    }
}

/// <summary>Reading the sample's answers.</summary>
public static class Answers
{
    /// <summary>The response's ETag, as sent.</summary>
    public static string? ETag(this HttpResponseMessage response) => response.Headers.ETag?.ToString();

    /// <summary>The JSON body.</summary>
    public static async Task<JsonElement> Body(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

    /// <summary>The body as a <typeparamref name="T"/>, read as the sample wrote it.</summary>
    public static async Task<T> Read<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(PartnerOpsApp.Json, TestContext.Current.CancellationToken))!;

    /// <summary>The codes of the findings of a problem, in order.</summary>
    public static IEnumerable<string> FindingCodes(this JsonElement problem) =>
        problem.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()!);
}
