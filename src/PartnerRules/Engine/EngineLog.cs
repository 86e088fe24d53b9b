using System;
using System.Collections.Generic;
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

    public static void HoEligibility(ILogger logger, PartnerId partner, Decision decision)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            HoEvent(logger, partner.Value, decision.IsApproved, FailedCodes(decision.Findings), Date(decision), null);
        }
    }

    public static void StaffLink(ILogger logger, PartnerId partner, Decision decision)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            StaffEvent(logger, partner.Value, decision.IsApproved, FailedCodes(decision.Findings), Date(decision), null);
        }
    }

    public static IncentiveDecision Incentive(ILogger logger, IncentiveClaim claim, IncentiveDecision decision)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            IncentiveEvent(logger, claim.Kind + "/" + claim.Customer, claim.Partner.Value, decision.IsApproved, decision.Payable.ToString(), decision.IsCapped, null);
        }

        return decision;
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
