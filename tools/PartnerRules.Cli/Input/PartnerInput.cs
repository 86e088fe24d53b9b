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

    /// <summary>
    /// Opens the partners for deciding: a JSON file is only loaded here (its records are read by
    /// <see cref="PartnerFile.Map{TResult}"/>, on the cores that decide them); CSV is read whole, its problems added now.
    /// </summary>
    internal static PartnerFile Open(string partnersPath, string? opportunitiesPath, List<InputProblem> problems)
    {
        if (IsCsv(partnersPath))
        {
            return new PartnerFile(Path.GetFileName(partnersPath), ReadCsv(partnersPath, opportunitiesPath, problems));
        }

        if (opportunitiesPath is not null)
        {
            // Opportunities are inside each profile in JSON; a second file would be ignored silently.
            throw new UsageException("--opportunities goes with a partners CSV; in JSON each partner holds its opportunities.");
        }

        return new PartnerFile(JsonRecords<PartnerProfile>.Open(partnersPath, PartnerRulesJson.CreateOptions()));
    }

    private static List<(PartnerProfile Profile, string Where)> ReadCsv(string partnersPath, string? opportunitiesPath, List<InputProblem> problems)
    {
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

/// <summary>A population opened for deciding: CSV read already, JSON read chunk by chunk as it is decided.</summary>
internal sealed class PartnerFile
{
    private readonly JsonRecords<PartnerProfile>? _json;
    private readonly List<(PartnerProfile Profile, string Where)> _read = [];

    internal PartnerFile(JsonRecords<PartnerProfile> json) => (_json, Name) = (json, json.Name);

    internal PartnerFile(string name, List<(PartnerProfile Profile, string Where)> read) => (_read, Name) = (read, name);

    /// <summary>The partners file's name, as problems quote it.</summary>
    internal string Name { get; }

    /// <summary>How many partners the file holds (valid or not), counting no further than <paramref name="limit"/>.</summary>
    internal int CountUpTo(int limit) => _json?.CountUpTo(limit) ?? Math.Min(_read.Count, limit);

    /// <summary>
    /// Gives the valid partners to <paramref name="each"/> in chunks, on every core, with each chunk's number of
    /// records (valid or not); <paramref name="counted"/> receives the number of records once it is known. Results come
    /// in file order; JSON's invalid records are added to <paramref name="problems"/>.
    /// </summary>
    internal List<TResult> Map<TResult>(int chunkSize, List<InputProblem> problems, Action<int> counted,
        Func<List<(PartnerProfile Profile, string Where)>, int, TResult> each)
    {
        if (_json is not null)
        {
            return _json.Map(chunkSize, problems, counted, each);
        }

        counted(_read.Count);
        return Chunks.Map(_read.Count, chunkSize, (from, to) => each(_read.GetRange(from, to - from), to - from));
    }
}
