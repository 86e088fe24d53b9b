using System;
using Microsoft.Extensions.Logging;

namespace PartnerRules.Lifecycles;

/// <summary>
/// The lifecycles' structured log event (Information, one per transition): the lifecycle kind, its
/// id (opportunity, invoice, or the partner for an association), states, trigger and version. Never
/// a reason (free text), a customer account, a name or a token (DOMAIN.md §8).
/// </summary>
internal static class LifecycleLog
{
    private static readonly Action<ILogger, string, string, string, string, string, long, Exception?> Event =
        LoggerMessage.Define<string, string, string, string, string, long>(
            LogLevel.Information, new EventId(2001, "LifecycleTransitioned"),
            "{Lifecycle} {Id}: {From} -> {To} by {Trigger}, version {Version}");

    public static void Transitioned(ILogger logger, string lifecycle, string id, string from, string to, string trigger, long version)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            Event(logger, lifecycle, id, from, to, trigger, version, null);
        }
    }
}

/// <summary>A lifecycle that can report its transitions to a logger.</summary>
internal interface ILoggedLifecycle
{
    /// <summary>Logs every later transition to <paramref name="logger"/>.</summary>
    void LogTransitionsTo(ILogger logger);
}
