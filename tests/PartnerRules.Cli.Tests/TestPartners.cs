namespace PartnerRules.Cli.Tests;

/// <summary>Small populations several tests decide.</summary>
internal static class TestPartners
{
    // Certified, in PCE, one PO updated recently and exactly three delivered in the last 12 months: eligible by default
    // (and under the 2026 version of samples/policies/schedule.json), not when four deliveries are required (its 2027 version).
    public const string ThreeDeliveries = """
        [ { "id": "P-3", "stage": "Certified", "isPceMember": true, "opportunities": [
          { "id": "O1", "origin": "PartnerOriginated", "lastUpdatedAt": "2026-11-20T02:00:00Z", "signedAt": "2026-01-05T02:00:00Z", "deliveredAt": "2026-03-01T02:00:00Z" },
          { "id": "O2", "origin": "PartnerOriginated", "lastUpdatedAt": "2026-10-20T02:00:00Z", "signedAt": "2026-02-05T02:00:00Z", "deliveredAt": "2026-05-01T02:00:00Z" },
          { "id": "O3", "origin": "PartnerOriginated", "lastUpdatedAt": "2026-09-20T02:00:00Z", "signedAt": "2026-03-05T02:00:00Z", "deliveredAt": "2026-07-01T02:00:00Z" } ] } ]
        """;
}
