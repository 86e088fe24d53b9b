using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartnerRules.Cli.Input;

namespace PartnerRules.Cli.Output;

/// <summary>One partner and its decision.</summary>
internal sealed record HoRow(PartnerId Partner, Decision Decision);

/// <summary>
/// Decides a population in batches through the engine's public batch method; <c>decided</c>, when given, receives the
/// profiles that were valid (what-if compares those).
/// </summary>
internal static class HoRun
{
    private const int BatchSize = 1000;

    internal static List<HoRow> Decide(IPartnerRulesEngine engine, IReadOnlyList<(PartnerProfile Profile, string Where)> partners, Instant asOf,
        string file, List<InputProblem> problems, Action<int> progress, List<PartnerProfile>? decided = null)
    {
        var rows = new List<HoRow>(partners.Count);
        for (var start = 0; start < partners.Count; start += BatchSize)
        {
            var batch = partners.Skip(start).Take(BatchSize).ToList();
            try
            {
                var decisions = engine.EvaluateHoEligibility(batch.ConvertAll(p => p.Profile), asOf);
                rows.AddRange(batch.Zip(decisions, (p, d) => new HoRow(p.Profile.Id, d)));
                decided?.AddRange(batch.Select(p => p.Profile));
            }
            catch (ArgumentException)
            {
                // One bad profile refuses the whole batch: decide it one by one so the others still count.
                foreach (var (partner, where) in batch)
                {
                    try
                    {
                        rows.Add(new HoRow(partner.Id, engine.EvaluateHoEligibility(partner, asOf)));
                        decided?.Add(partner);
                    }
                    catch (ArgumentException e)
                    {
                        problems.Add(new InputProblem(file, where, e.ParamName ?? "$", e.Message));
                    }
                }
            }

            progress(batch.Count);
        }

        return rows;
    }
}
