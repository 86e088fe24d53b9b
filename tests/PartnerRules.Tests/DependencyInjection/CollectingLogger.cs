using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnerRules.Tests.DependencyInjection;

/// <summary>A logger provider that keeps every event, with its structured state, for assertions.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    /// <summary>A host with PartnerRules registered, logging everything to <paramref name="logs"/>, with <paramref name="clock"/> if given.</summary>
    public static ServiceProvider Host(CollectingLoggerProvider logs, NodaTime.IClock? clock = null)
    {
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        return services.AddPartnerRules().BuildServiceProvider();
    }

    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => _events.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _events);

    public void Dispose()
    {
    }

    internal sealed record LogEvent(string Category, LogLevel Level, EventId Id, string Message, IReadOnlyDictionary<string, object?> State);

    private sealed class Logger(string category, ConcurrentQueue<LogEvent> events) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<string, object?>();
            events.Enqueue(new LogEvent(category, logLevel, eventId, formatter(state, exception), values));
        }
    }
}
