using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace PartnerRules.Engine;

/// <summary>
/// The engine's structured log events (Debug, one per decision). They carry partner ids, verdicts,
/// failed criterion codes and dates only: never an account id, a name, a message text or a token
/// (docs/programme-rules.md §8).
/// </summary>
internal static class EngineLog
{
    private static readonly Action<ILogger, string, bool, string, string, Exception?> HoEvent = LoggerMessage.Define<string, bool, string, string>(
        LogLevel.Debug, new EventId(1001, "HoEligibilityDecided"),
        "HO eligibility of partner {PartnerId}: approved {IsApproved}; failed [{FailedCodes}]; changes on {ChangesOn}");

    private static readonly Action<ILogger, string, bool, string, string, Exception?> StaffEvent = LoggerMessage.Define<string, bool, string, string>(
        LogLevel.Debug, new EventId(1002, "StaffLinkDecided"),
        "Staff link for partner {PartnerId}: approved {IsApproved}; failed [{FailedCodes}]; changes on {ChangesOn}");

    private static readonly Action<ILogger, string, string, bool, string, bool, Exception?> IncentiveEvent = LoggerMessage.Define<string, string, bool, string, bool>(
        LogLevel.Debug, new EventId(1003, "IncentiveDecided"),
        "Incentive {Kind} for partner {PartnerId}: approved {IsApproved}; payable {Payable}; capped {IsCapped}");

    // Counted whether or not a logger listens; the tags are built only when a listener (an OpenTelemetry meter provider,
    // dotnet-counters) has enabled the counter, so an unobserved decision costs one flag read.
    private static readonly Meter Meter = new(PartnerRulesEngine.MeterName);
    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>("partnerrules.decisions", description: "Decisions made, tagged by kind (ho, staff_link, incentive) and outcome (approved).");
    private static readonly object True = true;
    private static readonly object False = false;

    public static void HoEligibility(ILogger logger, PartnerId partner, Decision decision)
    {
        Count("ho", decision.IsApproved);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            HoEvent(logger, partner.Value, decision.IsApproved, FailedCodes(decision.Findings), Date(decision), null);
        }
    }

    public static void StaffLink(ILogger logger, PartnerId partner, Decision decision)
    {
        Count("staff_link", decision.IsApproved);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            StaffEvent(logger, partner.Value, decision.IsApproved, FailedCodes(decision.Findings), Date(decision), null);
        }
    }

    public static IncentiveDecision Incentive(ILogger logger, IncentiveClaim claim, IncentiveDecision decision)
    {
        Count("incentive", decision.IsApproved);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            IncentiveEvent(logger, claim.Kind + "/" + claim.Customer, claim.Partner.Value, decision.IsApproved, decision.Payable.ToString(), decision.IsCapped, null);
        }

        return decision;
    }

    private static void Count(string kind, bool approved)
    {
        if (Decisions.Enabled)
        {
            Decisions.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("approved", approved ? True : False));
        }
    }

    private static string FailedCodes(IReadOnlyList<Finding> findings)
    {
        var failed = new List<string>(findings.Count);
        foreach (var finding in findings)
        {
            if (!finding.Passed)
            {
                failed.Add(finding.Code);
            }
        }

        return string.Join(", ", failed);
    }

    private static string Date(Decision decision) =>
        decision.ChangesOn?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "never";
}
