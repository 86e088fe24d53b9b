using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>Runs <see cref="PartnerRulesSweeper.SweepAsync"/> at the configured interval until the host stops.</summary>
internal sealed partial class PartnerRulesSweeperService(PartnerRulesSweeper sweeper, TimeProvider time, ILogger<PartnerRulesSweeperService>? logger = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await sweeper.SweepAsync(stoppingToken).ConfigureAwait(false);
                if (logger is not null)
                {
                    Swept(logger, result.Expired, result.Reported, result.Delivered, result.Conflicts, result.Problems.Count);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed sweep must not stop the host: it is logged, shown by the health check and retried.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                if (logger is not null)
                {
                    SweepFailed(logger, ex);
                }
            }

            try
            {
                await Task.Delay(sweeper.Options.Interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Deadline sweep: {Expired} expired, {Reported} reported overdue, {Delivered} delivered, {Conflicts} conflicts, {Problems} problem rows")]
    private static partial void Swept(ILogger logger, int expired, int reported, int delivered, int conflicts, int problems);

    [LoggerMessage(2, LogLevel.Error, "Deadline sweep failed; the next runs at the next interval")]
    private static partial void SweepFailed(ILogger logger, Exception exception);
}

/// <summary>
/// Healthy while the sweeper's last sweep succeeded within three intervals (by the store's clock); degraded before the
/// first sweep; unhealthy when the last sweep failed or none succeeded for three intervals. Register it with
/// <c>services.AddHealthChecks().AddCheck&lt;PartnerRulesSweeperHealthCheck&gt;("partnerrules-sweeper")</c>.
/// </summary>
public sealed class PartnerRulesSweeperHealthCheck : IHealthCheck
{
    private readonly PartnerRulesSweeper _sweeper;
    private readonly IClock _clock;

    /// <summary>Creates the check.</summary>
    /// <param name="sweeper">The sweeper to watch.</param>
    /// <param name="store">The store, whose clock judges how old the last sweep is.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PartnerRulesSweeperHealthCheck(PartnerRulesSweeper sweeper, PartnerRulesStore store)
    {
        _sweeper = sweeper ?? throw new ArgumentNullException(nameof(sweeper));
        _clock = (store ?? throw new ArgumentNullException(nameof(store))).Clock;
    }

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_sweeper.LastError is { } error)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The last deadline sweep failed.", error));
        }

        if (_sweeper.LastSuccessAt is not { } last)
        {
            return Task.FromResult(HealthCheckResult.Degraded("No deadline sweep has finished yet."));
        }

        var age = _clock.GetCurrentInstant() - last;
        var limit = Duration.FromTimeSpan(_sweeper.Options.Interval) * 3;
        return Task.FromResult(age <= limit
            ? HealthCheckResult.Healthy($"The last deadline sweep finished {age.TotalSeconds:0} s ago.")
            : HealthCheckResult.Unhealthy($"No deadline sweep has finished for {age.TotalSeconds:0} s (more than three intervals)."));
    }
}
