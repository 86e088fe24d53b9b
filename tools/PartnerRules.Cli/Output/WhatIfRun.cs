using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using PartnerRules.Cli.Input;

namespace PartnerRules.Cli.Output;

/// <summary>One partner whose decision differs under the proposal (JSON output: the two decisions in full).</summary>
internal sealed record HoChange(PartnerId Partner, bool VerdictChanged, IReadOnlyList<string> ChangedCriteria, Decision Baseline, Decision Proposal);

/// <summary>One claim whose decision differs under the proposal; <c>Where</c> names its record in the input.</summary>
internal sealed record ClaimChange(string Where, PartnerId Partner, IncentiveKind Kind, CustomerType Customer, bool VerdictChanged,
    IReadOnlyList<string> ChangedCriteria, Money? PayableDifference, IncentiveDecision Baseline, IncentiveDecision Proposal);

/// <summary>The counts of one comparison and its changes, in input order.</summary>
internal sealed record WhatIfSection<T>(int Evaluated, int NewlyApproved, int NewlyRefused, IReadOnlyList<T> Changes);

/// <summary>
/// The machine-readable what-if result (--format json, --out *.json). <c>Ho</c> holds the partners' comparison and
/// <c>Incentives</c> the claims' (null without --claims). <c>HoRows</c> (the baseline decisions, for the report) is not written.
/// </summary>
internal sealed record WhatIfDocument(Instant AsOf, string Baseline, string Proposal, WhatIfSection<HoChange> Ho,
    WhatIfSection<ClaimChange>? Incentives, IReadOnlyList<InputProblem> Problems)
{
    [System.Text.Json.Serialization.JsonIgnore]
    internal IReadOnlyList<int> HoRowIndex { get; init; } = [];
}

/// <summary>Compares a population under the engine's schedule and a proposal through the library's public what-if methods.</summary>
internal static class WhatIfRun
{
    /// <summary>
    /// The partners' comparison. Only profiles the engine could decide are compared (the others are in
    /// <paramref name="problems"/> already); the second list gives, per change, its index among <paramref name="decided"/>.
    /// </summary>
    internal static (WhatIfSection<HoChange> Section, List<int> Index) Partners(PartnerRulesEngine engine, List<PartnerProfile> decided, Instant asOf, ProgramPolicy proposal)
    {
        var impact = Checked(() => engine.CompareHoEligibility(decided, asOf, proposal));
        var positions = new Dictionary<PartnerProfile, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < decided.Count; i++)
        {
            positions[decided[i]] = i;
        }

        var changes = impact.Changes.Select(c => new HoChange(c.Subject.Id, c.VerdictChanged, c.ChangedCriteria, c.Baseline, c.Proposal)).ToList();
        return (new WhatIfSection<HoChange>(impact.Evaluated, impact.NewlyApproved, impact.NewlyRefused, changes),
            impact.Changes.Select(c => positions[c.Subject]).ToList());
    }

    /// <summary>
    /// The claims' comparison. A claim the engine refuses to decide under the baseline (invalid, or before the schedule's
    /// first version) is an input problem, reported with its record; the others are compared.
    /// </summary>
    internal static WhatIfSection<ClaimChange> Claims(PartnerRulesEngine engine, List<(IncentiveClaim Claim, string Where)> claims, string path,
        ProgramPolicy proposal, List<InputProblem> problems)
    {
        var valid = new List<(IncentiveClaim Claim, string Where)>(claims.Count);
        foreach (var (claim, where) in claims)
        {
            try
            {
                _ = engine.EvaluateIncentive(claim);
                valid.Add((claim, where));
            }
            catch (Exception e) when (e is ArgumentException or PolicyNotInForceException)
            {
                problems.Add(new InputProblem(Path.GetFileName(path), where, (e as ArgumentException)?.ParamName ?? "projectStartedOn", e.Message));
            }
        }

        var impact = Checked(() => engine.CompareIncentives(valid.ConvertAll(c => c.Claim), proposal));
        var records = new Dictionary<IncentiveClaim, string>(ReferenceEqualityComparer.Instance);
        foreach (var (claim, where) in valid)
        {
            records[claim] = where;
        }

        var changes = impact.Changes.Select(c => new ClaimChange(records[c.Subject], c.Subject.Partner, c.Subject.Kind, c.Subject.Customer,
            c.VerdictChanged, c.ChangedCriteria, c.PayableDifference, (IncentiveDecision)c.Baseline, (IncentiveDecision)c.Proposal)).ToList();
        return new WhatIfSection<ClaimChange>(impact.Evaluated, impact.NewlyApproved, impact.NewlyRefused, changes);
    }

    /// <summary>A name for what the engine decides under: its single version, or its schedule's versions.</summary>
    internal static string Describe(PolicySchedule schedule) =>
        schedule.Versions.Count == 1
            ? schedule.Versions[0].Policy.Version
            : string.Join(", ", schedule.Versions.Select(v => v.Policy.Version + " from " + NodaTime.Text.LocalDatePattern.Iso.Format(v.EffectiveFrom)));

    /// <summary>The engine checks the proposal against the baseline (zone, currency): a mismatch is the command line's fault.</summary>
    private static T Checked<T>(Func<T> compare)
    {
        try
        {
            return compare();
        }
        catch (ArgumentException e) when (e.ParamName == "proposal")
        {
            throw new UsageException("--proposal: " + e.Message);
        }
    }
}
