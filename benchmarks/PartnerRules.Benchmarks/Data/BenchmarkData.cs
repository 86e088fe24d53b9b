using System;
using System.Collections.Generic;
using NodaTime;

namespace PartnerRules.Benchmarks.Data;

/// <summary>
/// The benchmarks' inputs: seeded <see cref="Random"/> data, so every run and the test that keeps the
/// baseline honest (tests/PartnerRules.Tests/Reference/BenchmarkDataTests.cs) see the same partners,
/// accounts and claims. Dates spread a year and a half around <see cref="AsOf"/>, so every window edge
/// and verdict occurs.
/// </summary>
internal static class BenchmarkData
{
    /// <summary>The evaluation instant: 2026-11-29 12:00 in Shanghai.</summary>
    public static readonly Instant AsOf = Instant.FromUtc(2026, 11, 29, 4, 0);

    /// <summary>Partners with 0–7 opportunities each, HO and PO mixed, some signed and delivered.</summary>
    public static PartnerProfile[] Partners(int count, int seed = 6)
    {
        var random = new Random(seed);
        var partners = new PartnerProfile[count];
        for (var p = 0; p < count; p++)
        {
            var opportunities = new OpportunityRecord[random.Next(0, 8)];
            for (var o = 0; o < opportunities.Length; o++)
            {
                var origin = random.Next(4) == 0 ? OpportunityOrigin.HuaweiOriginated : OpportunityOrigin.PartnerOriginated;
                var updated = Around(random, 500, 30);
                Instant? signed = null;
                Instant? delivered = null;
                if (random.Next(2) == 0)
                {
                    signed = Around(random, 500, 30);
                    delivered = signed.Value + Duration.FromHours(random.Next(0, 24 * 120));
                }

                opportunities[o] = new OpportunityRecord(new OpportunityId("O-" + p + "-" + o), origin, updated) { SignedAt = signed, DeliveredAt = delivered };
            }

            var stage = (PartnerStage)random.Next(3);
            partners[p] = new PartnerProfile(new PartnerId("P-" + p), stage, random.Next(5) != 0) { Opportunities = opportunities };
        }

        return partners;
    }

    /// <summary>Personal accounts with 0–5 links to partners P-0..P-5, some unlinked; the inviting partner is P-0.</summary>
    public static PersonalAccount[] Accounts(int count, int seed = 6)
    {
        var random = new Random(seed);
        var accounts = new PersonalAccount[count];
        for (var a = 0; a < count; a++)
        {
            var links = new PartnerLink[random.Next(0, 6)];
            for (var l = 0; l < links.Length; l++)
            {
                var linked = Around(random, 700, 30);
                Instant? unlinked = random.Next(3) == 0 ? null : linked + Duration.FromHours(random.Next(1, 24 * 400));
                links[l] = new PartnerLink(new PartnerId("P-" + random.Next(6)), linked) { UnlinkedAt = unlinked };
            }

            var flags = random.Next(8);
            accounts[a] = new PersonalAccount(new AccountId("A-" + a), random.Next(4) == 0 ? Site.International : Site.China)
            {
                IsRealNameVerified = (flags & 1) == 0,
                IsEnterpriseVerified = flags == 7,
                IsPartnerAccount = flags == 6,
                Links = links,
            };
        }

        return accounts;
    }

    /// <summary>The partner inviting every account in <see cref="Accounts"/>.</summary>
    public static PartnerId InvitingPartner { get; } = new("P-0");

    /// <summary>Claims of both kinds for new and existing customers, 0–8 months of spend, some committee approvals.</summary>
    public static IncentiveClaim[] Claims(int count, int seed = 6)
    {
        var random = new Random(seed);
        var claims = new IncentiveClaim[count];
        for (var c = 0; c < count; c++)
        {
            var spend = new Money[random.Next(0, 9)];
            for (var m = 0; m < spend.Length; m++)
            {
                spend[m] = Money.Cny(random.Next(0, 9_000_000) / 100m);
            }

            claims[c] = new IncentiveClaim(new PartnerId("P-" + c), (IncentiveKind)random.Next(2), (CustomerType)random.Next(2))
            {
                MonthlySpend = spend,
                CommitteeApprovedAmount = random.Next(2) == 0 ? Money.Cny(random.Next(0, 4_000_000) / 100m) : null,
            };
        }

        return claims;
    }

    /// <summary>An instant within <paramref name="pastDays"/> before and <paramref name="futureDays"/> after <see cref="AsOf"/>, to the minute.</summary>
    private static Instant Around(Random random, int pastDays, int futureDays) =>
        AsOf + Duration.FromMinutes(random.Next(-pastDays * 24 * 60, futureDays * 24 * 60));
}
