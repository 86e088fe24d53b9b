using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartnerRules.Cli.Commands;
using PartnerRules.Cli.Input;

namespace PartnerRules.Cli.Output;

/// <summary>One partner and its decision.</summary>
internal sealed record HoRow(PartnerId Partner, Decision Decision);

/// <summary>
/// Decides a population in batches through the engine's public batch method, on every core, each batch on the core that
/// read it; <c>decided</c>, when given, receives the profiles that were valid (what-if compares those).
/// </summary>
internal static class HoRun
{
    // A full batch is a population the warm-up pays for.
    private const int BatchSize = Engines.WarmUpFrom;

    /// <summary>
    /// Decides every valid partner of <paramref name="partners"/>, in file order. Before a full batch is decided (a
    /// population worth it) the engine is warmed once (<see cref="Engines.WarmUpFor"/>), the other cores waiting for it.
    /// </summary>
    internal static List<HoRow> Decide(PartnerRulesEngine engine, PartnerFile partners, Instant asOf, List<InputProblem> problems,
        ProgressSink progress, List<PartnerProfile>? decided = null)
    {
        var batches = partners.Map(BatchSize, problems, progress.Total, (batch, records) =>
        {
            Engines.WarmUpFor(engine, records);
            var result = DecideBatch(engine, batch, asOf, partners.Name);
            progress.Advance(records);
            return result;
        });

        var rows = new List<HoRow>();
        foreach (var (batchRows, batchDecided, batchProblems) in batches)
        {
            rows.AddRange(batchRows);
            decided?.AddRange(batchDecided);
            problems.AddRange(batchProblems);
        }

        return rows;
    }

    private static (List<HoRow> Rows, List<PartnerProfile> Decided, List<InputProblem> Problems) DecideBatch(PartnerRulesEngine engine,
        List<(PartnerProfile Profile, string Where)> batch, Instant asOf, string file)
    {
        var profiles = batch.ConvertAll(p => p.Profile);
        try
        {
            var decisions = engine.EvaluateHoEligibility(profiles, asOf);
            return ([.. batch.Zip(decisions, (p, d) => new HoRow(p.Profile.Id, d))], profiles, []);
        }
        catch (ArgumentException)
        {
            // One bad profile refuses the whole batch: decide it one by one so the others still count.
            var rows = new List<HoRow>(batch.Count);
            var decided = new List<PartnerProfile>(batch.Count);
            var problems = new List<InputProblem>();
            foreach (var (partner, where) in batch)
            {
                try
                {
                    rows.Add(new HoRow(partner.Id, engine.EvaluateHoEligibility(partner, asOf)));
                    decided.Add(partner);
                }
                catch (ArgumentException e)
                {
                    problems.Add(new InputProblem(file, where, e.ParamName ?? "$", e.Message));
                }
            }

            return (rows, decided, problems);
        }
    }
}
