using System;
using System.Collections.Generic;
using NodaTime;

namespace PartnerRules.Cli.Output;

/// <summary>
/// A seeded population shaped like the programme's: most partners Certified, some Differentiated, a third
/// still Registered; most in PCE; a handful of opportunities each, some stale, some signed and delivered
/// within the year, so every criterion fails for someone and some verdicts change within weeks.
/// </summary>
internal static class SamplePopulation
{
    internal static List<PartnerProfile> Create(int count, int seed, Instant anchor)
    {
        // Seeded on purpose: the same seed is the same population (demos, benchmarks, the committed sample).
#pragma warning disable CA5394 // Not security-relevant randomness.
        var random = new Random(seed);
        var partners = new List<PartnerProfile>(count);
        for (var i = 1; i <= count; i++)
        {
            var roll = random.NextDouble();
            var stage = roll < 0.3 ? PartnerStage.Registered : roll < 0.8 ? PartnerStage.Certified : PartnerStage.Differentiated;
            var id = $"P-{i:D6}";
            var opportunities = new List<OpportunityRecord>();
            var total = random.Next(0, 9);
            for (var n = 1; n <= total; n++)
            {
                var origin = random.NextDouble() < 0.8 ? OpportunityOrigin.PartnerOriginated : OpportunityOrigin.HuaweiOriginated;
                var updated = anchor - Duration.FromMinutes(random.Next(0, 200 * 24 * 60));
                var record = new OpportunityRecord(new OpportunityId($"{id}-O{n}"), origin, updated);
                if (random.NextDouble() < 0.6)
                {
                    var delivered = anchor - Duration.FromMinutes(random.Next(0, 540 * 24 * 60));
                    var signed = delivered - Duration.FromDays(random.Next(20, 120));
                    record = record with
                    {
                        SignedAt = signed,
                        DeliveredAt = random.NextDouble() < 0.75 ? delivered : null,
                        LastUpdatedAt = updated < signed ? signed : updated,
                    };
                }

                opportunities.Add(record);
            }

            partners.Add(new PartnerProfile(new PartnerId(id), stage, random.NextDouble() < 0.75) { Opportunities = opportunities });
        }
#pragma warning restore CA5394

        return partners;
    }
}
