using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using NodaTime;
using PartnerRules.Criteria;
using PartnerRules.Eligibility;
using PartnerRules.Incentives;
using PartnerRules.Resources;
using PartnerRules.StaffLinks;

namespace PartnerRules;

/// <summary>
/// Decisions under a schedule (docs/programme-rules.md §9): the version in force on the decision's date decides, and
/// <see cref="Decision.ChangesOn"/> looks across the versions that take effect later.
/// </summary>
public sealed partial class PartnerRulesEngine
{
    /// <summary>The index of the version in force on <paramref name="date"/>; before the first version, no guess.</summary>
    private static int IndexOn(LocalDate date, PolicySchedule schedule)
    {
        var index = schedule.IndexInForceOn(date);
        return index >= 0 ? index : throw new PolicyNotInForceException(date, schedule.Versions[0].EffectiveFrom);
    }

    /// <summary>The version that governs a whole claim: the one in force on the day its project started.</summary>
    private ProgramPolicy PolicyOf(IncentiveClaim claim, string paramName)
    {
        // All versions share one currency (the schedule enforces it), so the claim is checked once, before the version is chosen.
        IncentiveContext.Check(claim, Policy.Currency, paramName);
        if (claim.ProjectStartedOn is { } started)
        {
            return Schedule.Versions[IndexOn(started, Schedule)].Policy;
        }

        return Schedule.Versions.Count == 1
            ? Schedule.Versions[0].Policy
            : throw new ArgumentException(EngineErrors.Format(EngineErrors.ClaimWithoutStart, Schedule), paramName);
    }

    /// <summary>The last instant of local date <paramref name="date"/>: a verdict "on" that date is its end-of-day verdict.</summary>
    private Instant EndOf(LocalDate date) => _zone.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon;

    private Decision DecideHo(PartnerProfile partner, Instant asOf, PolicySchedule schedule, CultureInfo culture)
    {
        var index = IndexOn(asOf.InZone(_zone).Date, schedule);
        var decision = _hoEligibility.Decide(new HoContext(schedule.Versions[index].Policy, asOf, culture), partner, out var refusedForGood);

        // A refusal for good (not a PCE member, an earlier stage) is a refusal under every later version too.
        // Stryker disable once Conditional,Logical,Equality,Arithmetic : work skipped only; looking across no later version, or for a refusal for good, finds the same ChangesOn
        return index + 1 < schedule.Versions.Count && !refusedForGood ? HoAcrossVersions(partner, decision, index, schedule, culture) : decision;
    }

    // Apart from DecideHo so that the lambda's closure is only allocated when a later version is scheduled.
    private Decision HoAcrossVersions(PartnerProfile partner, Decision decision, int index, PolicySchedule schedule, CultureInfo culture) =>
        AcrossVersions(_hoEligibility, partner, decision, index, schedule, (policy, at) => new HoContext(policy, at, culture), HoContext.DecidesAlike, HoContext.KeepsVerdict);

    private Decision StaffLinkAcrossVersions(PartnerId invitingPartner, PersonalAccount account, Decision decision, int index, CultureInfo culture) =>
        AcrossVersions(_staffLink, account, decision, index, Schedule, (policy, at) => new StaffLinkContext(policy, invitingPartner, at, culture), StaffLinkContext.DecidesAlike, null);

    /// <summary>
    /// ChangesOn across the versions after <paramref name="index"/>: the current version's timeline up to the next
    /// version's first day, then that version's end-of-day verdict on its first day and its own timeline, and so on.
    /// A version whose figures the rules read equal the previous one's (<paramref name="decidesAlike"/>) continues the
    /// previous timeline unchanged, so it is not evaluated: its first day's verdict and its timeline are the previous ones.
    /// So is a version that cannot change a verdict the previous timeline holds on every day (<paramref name="keepsVerdict"/>).
    /// </summary>
    private Decision AcrossVersions<TContext, TFact>(
        RuleRunner<TContext, TFact> runner,
        TFact fact,
        Decision decision,
        int index,
        PolicySchedule schedule,
        Func<ProgramPolicy, Instant, TContext> context,
        Func<ProgramPolicy, ProgramPolicy, bool> decidesAlike,
        Func<ProgramPolicy, ProgramPolicy, bool, bool>? keepsVerdict)
        where TContext : class, IDecisionContext
        where TFact : class
    {
        var changesOn = decision.ChangesOn;
        for (var next = index + 1; next < schedule.Versions.Count; next++)
        {
            var version = schedule.Versions[next];
            if (changesOn is { } on && on < version.EffectiveFrom)
            {
                break;
            }

            var previous = schedule.Versions[next - 1].Policy;
            if (decidesAlike(previous, version.Policy) || changesOn is null && keepsVerdict?.Invoke(previous, version.Policy, decision.IsApproved) == true)
            {
                // Stryker disable once Statement : work skipped only; evaluating the version finds the same verdict and timeline
                continue;
            }

            var first = runner.Decide(context(version.Policy, EndOf(version.EffectiveFrom)), fact);
            if (first.IsApproved != decision.IsApproved)
            {
                changesOn = version.EffectiveFrom;
                break;
            }

            changesOn = first.ChangesOn;
        }

        // Stryker disable once Conditional : allocation skipped only; the copy with the same ChangesOn is equal
        return changesOn == decision.ChangesOn ? decision : decision with { ChangesOn = changesOn };
    }

    /// <summary>A batch: one instant, so one version decides every partner; ChangesOn then looks across later versions for those it concerns.</summary>
    private Decision[] DecideHo(IReadOnlyList<PartnerProfile> partners, Instant asOf, PolicySchedule schedule, CultureInfo culture)
    {
        var decisions = new Decision[partners.Count];
        // Stryker disable once Block,Statement : a shortcut only; the general path returns the same empty array
        if (decisions.Length == 0)
        {
            return decisions;
        }

        var index = IndexOn(asOf.InZone(_zone).Date, schedule);
        // Stryker disable once Conditional,Equality,Arithmetic : work skipped only; looking across no later version changes nothing
        var refusedForGood = index + 1 < schedule.Versions.Count ? new bool[decisions.Length] : null;
        DecideAll(partners, new HoContext(schedule.Versions[index].Policy, asOf, culture), decisions, refusedForGood);
        if (refusedForGood is not null)
        {
            AcrossVersions(partners, decisions, refusedForGood, index, schedule, culture);
        }

        return decisions;
    }

    private void AcrossVersions(IReadOnlyList<PartnerProfile> partners, Decision[] decisions, bool[] refusedForGood, int index, PolicySchedule schedule, CultureInfo culture)
    {
        // Pending: partners whose verdict has not changed before the next version's first day, with the ChangesOn found
        // so far; a partner refused for good stays refused under every version (see the single decision).
        var pending = new List<int>();
        var changesOn = new LocalDate?[decisions.Length];
        for (var i = 0; i < decisions.Length; i++)
        {
            changesOn[i] = decisions[i].ChangesOn;
            if (!refusedForGood[i])
            {
                pending.Add(i);
            }
        }

        for (var next = index + 1; next < schedule.Versions.Count && pending.Count > 0; next++)
        {
            var version = schedule.Versions[next];
            pending.RemoveAll(i => changesOn[i] is { } on && on < version.EffectiveFrom);
            if (pending.Count == 0)
            {
                // Stryker disable once Statement : work skipped only; the loop's condition ends it alike
                break;
            }

            var previous = schedule.Versions[next - 1].Policy;
            if (HoContext.DecidesAlike(previous, version.Policy))
            {
                // The same figures continue every pending partner's timeline (see the single decision's AcrossVersions).
                // Stryker disable once Statement : work skipped only; evaluating the version finds the same verdicts and timelines
                continue;
            }

            // A verdict the previous timeline holds on every day that this version cannot change is kept, not evaluated.
            // Stryker disable once Boolean : an HO approval always ends (its updates leave their window), so no approved partner has a null ChangesOn and keepsApproved is never read
            var keepsApproved = HoContext.KeepsVerdict(previous, version.Policy, approved: true);
            var keepsRefused = HoContext.KeepsVerdict(previous, version.Policy, approved: false);
            var still = new List<int>(pending.Count);
            var evaluated = new List<int>(pending.Count);
            foreach (var i in pending)
            {
                // Stryker disable once Conditional : evaluating a kept verdict finds it again (work only), and keepsApproved is never read (above)
                (changesOn[i] is null && (decisions[i].IsApproved ? keepsApproved : keepsRefused) ? still : evaluated).Add(i);
            }

            var subjects = new PartnerProfile[evaluated.Count];
            for (var j = 0; j < subjects.Length; j++)
            {
                subjects[j] = partners[evaluated[j]];
            }

            var first = new Decision[subjects.Length];
            DecideAll(subjects, new HoContext(version.Policy, EndOf(version.EffectiveFrom), culture), first, null);
            for (var j = 0; j < first.Length; j++)
            {
                var i = evaluated[j];
                changesOn[i] = first[j].IsApproved != decisions[i].IsApproved ? version.EffectiveFrom : first[j].ChangesOn;
                if (first[j].IsApproved == decisions[i].IsApproved)
                {
                    still.Add(i);
                }
            }

            pending = still;
        }

        for (var i = 0; i < decisions.Length; i++)
        {
            if (changesOn[i] != decisions[i].ChangesOn)
            {
                decisions[i] = decisions[i] with { ChangesOn = changesOn[i] };
            }
        }
    }

    /// <summary>Decides every partner in one context, in chunks of <see cref="BatchChunkSize"/> run in parallel.</summary>
    private void DecideAll(IReadOnlyList<PartnerProfile> partners, HoContext context, Decision[] decisions, bool[]? refusedForGood) =>
        InChunks(partners.Count, (first, count) => _hoEligibility.Decide(context, partners, first, count, decisions, refusedForGood));

    /// <summary>How many chunks of <see cref="BatchChunkSize"/> <paramref name="count"/> items make.</summary>
    private static int ChunkCount(int count) => (count + BatchChunkSize - 1) / BatchChunkSize;

    /// <summary>
    /// Runs <paramref name="body"/> (first index, count) over <c>[0, count)</c> in chunks of <see cref="BatchChunkSize"/>:
    /// in parallel when there are several, once (possibly with count 0) otherwise. An error is rethrown as itself.
    /// </summary>
    private static void InChunks(int count, Action<int, int> body)
    {
        var chunks = ChunkCount(count);
        // Stryker disable once Equality,Statement : one chunk run by Parallel.For decides alike
        if (chunks <= 1)
        {
            body(0, count);
            return;
        }

        try
        {
            Parallel.For(0, chunks, chunk =>
            {
                var first = chunk * BatchChunkSize;
                body(first, Math.Min(BatchChunkSize, count - first));
            });
        }
        // Stryker disable once all : only a defect of the rules themselves throws inside a chunk; the shipped rules and the checked inputs never do
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
