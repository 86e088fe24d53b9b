using System;
using Microsoft.Extensions.Logging;

namespace PartnerRules.Lifecycles;

/// <summary>
/// Where one lifecycle logs its transitions (Information, event 2001 <c>LifecycleTransitioned</c>): ids and
/// states only, never reasons, amounts or personal data.
/// </summary>
/// <param name="logger">The logger.</param>
/// <param name="lifecycle">The lifecycle's kind, for example "Opportunity".</param>
/// <param name="id">The identifier naming the lifecycle in the log.</param>
internal sealed class LifecycleLog(ILogger logger, string lifecycle, string id)
{
    private static readonly Action<ILogger, string, string, string, string, string, long, Exception?> Event =
        LoggerMessage.Define<string, string, string, string, string, long>(
            LogLevel.Information, new EventId(2001, "LifecycleTransitioned"),
            "{Lifecycle} {Id}: {From} -> {To} by {Trigger}, version {Version}");

    /// <summary>The log of a lifecycle, or null when <paramref name="logger"/> is null (nothing is logged).</summary>
    public static LifecycleLog? For(ILogger? logger, string lifecycle, string id) =>
        logger is null ? null : new LifecycleLog(logger, lifecycle, id);

    public void Transitioned(string from, string to, string trigger, long version)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            Event(logger, lifecycle, id, from, to, trigger, version, null);
        }
    }
}
