using System;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>How often and how much the sweeper works.</summary>
public sealed class PartnerRulesSweeperOptions
{
    /// <summary>The pause between two sweeps of the hosted service. Default: 1 minute.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Rows read per query. Default: 100.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a sweeper holds an outbox row while its handler runs; another sweeper takes it after that. Default: 5 minutes.</summary>
    public Duration ClaimDuration { get; set; } = Duration.FromMinutes(5);

    /// <summary>The actor recorded on the transitions the sweeper makes. Default: "PartnerRules.Sweeper".</summary>
    public string Actor { get; set; } = "PartnerRules.Sweeper";

    internal void Validate()
    {
        if (Interval <= TimeSpan.Zero)
        {
            throw new ArgumentException($"PartnerRulesSweeperOptions.Interval must be positive (was {Interval}).", nameof(Interval));
        }

        if (BatchSize is < 1 or > 10_000)
        {
            throw new ArgumentException($"PartnerRulesSweeperOptions.BatchSize must be 1 to 10,000 (was {BatchSize}).", nameof(BatchSize));
        }

        if (ClaimDuration <= Duration.Zero)
        {
            throw new ArgumentException($"PartnerRulesSweeperOptions.ClaimDuration must be positive (was {ClaimDuration}).", nameof(ClaimDuration));
        }

        if (string.IsNullOrWhiteSpace(Actor))
        {
            throw new ArgumentException("PartnerRulesSweeperOptions.Actor needs a name.", nameof(Actor));
        }
    }
}
