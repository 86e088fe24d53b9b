using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;

namespace PartnerRules.Cli.Input;

/// <summary>Partners from a JSON array of <see cref="PartnerProfile"/>, or from CSV (partners, and opportunities joined by partner id).</summary>
internal static class PartnerInput
{
    internal static readonly string[] PartnerColumns = ["id", "stage", "pceMember"];
    internal static readonly string[] OpportunityColumns = ["partner", "id", "origin", "lastUpdatedAt"];
    internal static readonly string[] OpportunityOptional = ["signedAt", "deliveredAt"];

    internal static List<(PartnerProfile Profile, string Where)> Read(string partnersPath, string? opportunitiesPath, List<InputProblem> problems)
    {
        if (!IsCsv(partnersPath))
        {
            var partners = JsonRecords.Read<PartnerProfile>(partnersPath, PartnerRulesJson.CreateOptions(), problems);
            if (opportunitiesPath is not null)
            {
                // Opportunities are inside each profile in JSON; a second file would be ignored silently.
                throw new UsageException("--opportunities goes with a partners CSV; in JSON each partner holds its opportunities.");
            }

            return partners;
        }

        var profiles = new List<(PartnerProfile Profile, string Where)>();
        var ids = new Dictionary<PartnerId, int>();
        CsvTable.Read(partnersPath, PartnerColumns, [], problems, row =>
        {
            var id = Fields.Partner(row, "id");
            var stage = Fields.Enum<PartnerStage>(row, "stage");
            var pce = Fields.Boolean(row, "pceMember");
            if (!row.Invalid && !ids.TryAdd(id, profiles.Count))
            {
                row.Problem("id", $"partner {id} appears twice.");
            }

            if (!row.Invalid)
            {
                profiles.Add((new PartnerProfile(id, stage, pce), row.Where));
            }
        });

        if (opportunitiesPath is null)
        {
            return profiles;
        }

        var opportunities = new Dictionary<PartnerId, List<OpportunityRecord>>();
        var spoiled = new HashSet<PartnerId>();
        CsvTable.Read(opportunitiesPath, OpportunityColumns, OpportunityOptional, problems, row =>
        {
            var partner = Fields.Partner(row, "partner");
            var record = ReadOpportunity(row);
            if (!row.Invalid && !ids.ContainsKey(partner))
            {
                row.Problem("partner", $"no partner {partner} in {Path.GetFileName(partnersPath)}.");
                return;
            }

            if (row.Invalid || record is null)
            {
                // A partner missing one of its opportunities would be decided on part of its story: report it, decide it not.
                if (partner != default)
                {
                    spoiled.Add(partner);
                }

                return;
            }

            if (!opportunities.TryGetValue(partner, out var list))
            {
                opportunities[partner] = list = [];
            }

            if (list.Any(o => o.Id == record.Id))
            {
                row.Problem("id", $"opportunity {record.Id} of partner {partner} appears twice.");
                spoiled.Add(partner);
                return;
            }

            list.Add(record);
        });

        var result = new List<(PartnerProfile, string)>(profiles.Count);
        foreach (var (profile, where) in profiles)
        {
            if (spoiled.Contains(profile.Id))
            {
                problems.Add(new InputProblem(Path.GetFileName(partnersPath), where, "id",
                    $"partner {profile.Id} not decided: one of its opportunities is invalid."));
                continue;
            }

            result.Add((opportunities.TryGetValue(profile.Id, out var list) ? profile with { Opportunities = list } : profile, where));
        }

        return result;
    }

    internal static bool IsCsv(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static OpportunityRecord? ReadOpportunity(CsvRow row)
    {
        var idText = Fields.Required(row, "id");
        var origin = Fields.Enum<OpportunityOrigin>(row, "origin");
        Instant? updated = Fields.Instant(row, "lastUpdatedAt", required: true);
        var signed = Fields.Instant(row, "signedAt", required: false);
        var delivered = Fields.Instant(row, "deliveredAt", required: false);
        if (idText is null)
        {
            return null;
        }

        var id = Fields.Identifier(row, "id", idText, t => new OpportunityId(t));
        return updated is null || row.Invalid ? null : new OpportunityRecord(id, origin, updated.Value) { SignedAt = signed, DeliveredAt = delivered };
    }
}
