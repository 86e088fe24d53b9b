using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using NodaTime.Text;
using PartnerRules.EntityFrameworkCore;

namespace PartnerOps;

/// <summary>
/// Where the deadline sweeper sends each obligation that has become overdue: here a log line; in your service a mail,
/// a ticket or a message. Delivery is at least once, so a handler that must act once keeps the de-duplication keys.
/// </summary>
/// <param name="logger">The log.</param>
public sealed partial class OverdueObligationLog(ILogger<OverdueObligationLog> logger) : IOverdueObligationHandler
{
    /// <inheritdoc />
    public Task HandleAsync(OverdueObligation obligation, CancellationToken cancellationToken)
    {
        Overdue(logger, obligation.Code, obligation.Kind.ToString(), obligation.Key.Value, obligation.SubjectId, LocalDatePattern.Iso.Format(obligation.DueOn), obligation.DeduplicationKey);
        return Task.CompletedTask;
    }

    [LoggerMessage(1, LogLevel.Warning, "Overdue: {Code} of {Kind} {Key} ({Subject}), due on {DueOn}; de-duplication key {DeduplicationKey}")]
    private static partial void Overdue(ILogger logger, string code, string kind, string key, string subject, string dueOn, string deduplicationKey);
}
