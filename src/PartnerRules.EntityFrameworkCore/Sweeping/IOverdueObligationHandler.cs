using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>Receives each obligation that has become overdue: implemented by the host (mail, a ticket, a message bus).</summary>
/// <remarks>
/// Delivery is at least once: after a crash or a failed call the same obligation comes again, with the same
/// <see cref="OverdueObligation.DeduplicationKey"/>; a handler that must act once records the keys it has handled.
/// A handler that throws is called again once its claim lapses (<see cref="PartnerRulesSweeperOptions.ClaimDuration"/>).
/// </remarks>
public interface IOverdueObligationHandler
{
    /// <summary>Handles one overdue obligation.</summary>
    /// <param name="obligation">What became overdue.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the obligation is handled.</returns>
    Task HandleAsync(OverdueObligation obligation, CancellationToken cancellationToken);
}

/// <summary>An obligation that has become overdue.</summary>
/// <param name="DeduplicationKey">The same for every delivery of this obligation: the lifecycle's key, the code and the due date.</param>
/// <param name="Key">The lifecycle.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Code">The obligation's code, such as <c>INVOICE.PAPER_RETURN</c>.</param>
/// <param name="SubjectId">The subject as <c>Obligation.SubjectId</c> names it (an account masked).</param>
/// <param name="DueOn">The last day on time.</param>
/// <param name="OverdueFrom">The instant it became overdue.</param>
public sealed record OverdueObligation(string DeduplicationKey, LifecycleKey Key, LifecycleKind Kind, string Code, string SubjectId, LocalDate DueOn, Instant OverdueFrom);
