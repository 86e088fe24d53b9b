using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartnerRules;

namespace PartnerOps;

/// <summary>
/// Stands in for your partner system: three partners, their opportunities dated relative to the clock so the sample
/// answers the same on whatever day it runs. P-1 may receive HO; P-2 is certified without three delivered POs; P-3
/// has not joined the PCE programme.
/// </summary>
/// <param name="clock">The application's clock.</param>
public sealed class PartnerDirectory(IClock clock)
{
    /// <summary>The partner's profile as of now; null for a partner the directory does not know.</summary>
    /// <param name="id">The partner.</param>
    public PartnerProfile? Find(PartnerId id)
    {
        var now = clock.GetCurrentInstant();
        return id.Value switch
        {
            "P-1" => new(id, PartnerStage.Certified, IsPceMember: true) { Opportunities = DeliveredPos(id, now, 3) },
            "P-2" => new(id, PartnerStage.Certified, IsPceMember: true) { Opportunities = DeliveredPos(id, now, 1) },
            "P-3" => new(id, PartnerStage.Differentiated, IsPceMember: false) { Opportunities = DeliveredPos(id, now, 2) },
            _ => null,
        };
    }

    /// <summary><paramref name="count"/> partner-originated opportunities signed and delivered in the last months, the newest updated last week.</summary>
    private static List<OpportunityRecord> DeliveredPos(PartnerId partner, Instant now, int count) =>
        Enumerable.Range(1, count).Select(i => new OpportunityRecord(new OpportunityId($"{partner}-PO-{i}"), OpportunityOrigin.PartnerOriginated, now - Duration.FromDays(7 * i))
        {
            SignedAt = now - Duration.FromDays(60 * i + 30),
            DeliveredAt = now - Duration.FromDays(60 * i),
        }).ToList();
}
