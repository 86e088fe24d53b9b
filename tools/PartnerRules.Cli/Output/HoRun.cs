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
    // Small, so that a batch's profiles are read, decided and dropped between two of the GC's young collections instead
    // of being copied to an older generation (benchmarks/README.md, "The tool over 100,000 partners, in small batches");
    // two of the engine's sessions of 64.
    private const int BatchSize = 128;

    /// <summary>
    /// Decides every valid partner of <paramref name="partners"/>, in file order. When the file holds a population worth
    /// it, the engine is warmed once before the first batch (<see cref="Engines.WarmUpFor"/>), the other cores waiting for it.
    /// </summary>
    internal static List<HoRow> Decide(PartnerRulesEngine engine, PartnerFile partners, Instant asOf, List<InputProblem> problems,
        ProgressSink progress, List<PartnerProfile>? decided = null)
    {
        var population = partners.CountUpTo(Engines.WarmUpFrom);
        var batches = partners.Map(BatchSize, problems, progress.Total, (batch, records) =>
        {
            Engines.WarmUpFor(engine, population);
            var result = DecideBatch(engine, batch, asOf, partners.Name, keep: decided is not null);
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
        List<(PartnerProfile Profile, string Where)> batch, Instant asOf, string file, bool keep)
    {
        var profiles = batch.ConvertAll(p => p.Profile);
        try
        {
            var decisions = engine.EvaluateHoEligibility(profiles, asOf);
            // Without what-if the profiles are not kept: they die with their batch instead of being copied to the GC's
            // oldest generation with the decisions (benchmarks/README.md, "The tool over 100,000 partners").
            return ([.. batch.Zip(decisions, (p, d) => new HoRow(p.Profile.Id, d))], keep ? profiles : [], []);
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
