using System;
using System.Collections.Generic;
using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>
/// What a proposed policy would change for a population (what-if, docs/programme-rules.md §9): how many subjects were
/// decided, how many verdicts flip each way, and each subject whose decision changes.
/// </summary>
/// <typeparam name="TSubject">A partner profile, an incentive claim, or whatever the comparison decided.</typeparam>
/// <remarks>Immutable: the list is copied. Equality compares the changes by content. Build one from decisions with <see cref="PolicyImpact.Compare"/>.</remarks>
public sealed record PolicyImpact<TSubject>
{
    /// <summary>Creates the result (for example in a fake of <see cref="IPolicyImpactAnalyzer"/>).</summary>
    /// <param name="evaluated">How many subjects were decided.</param>
    /// <param name="newlyApproved">Refused under the baseline, approved under the proposal.</param>
    /// <param name="newlyRefused">Approved under the baseline, refused under the proposal.</param>
    /// <param name="changes">Each subject whose decision changes, in input order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative, <paramref name="changes"/> holds null or more items than <paramref name="evaluated"/>, or fewer than the flipped verdicts.</exception>
    public PolicyImpact(int evaluated, int newlyApproved, int newlyRefused, IReadOnlyList<PolicyImpactItem<TSubject>> changes)
    {
        Changes = Copy(changes);
        if (evaluated < 0 || newlyApproved < 0 || newlyRefused < 0)
        {
            throw new ArgumentException($"Counts cannot be negative (evaluated {evaluated}, newly approved {newlyApproved}, newly refused {newlyRefused}).", evaluated < 0 ? nameof(evaluated) : newlyApproved < 0 ? nameof(newlyApproved) : nameof(newlyRefused));
        }

        if (Changes.Count > evaluated)
        {
            throw new ArgumentException($"{Changes.Count} changes cannot come from {evaluated} evaluated subjects.", nameof(changes));
        }

        if (newlyApproved + newlyRefused > Changes.Count)
        {
            throw new ArgumentException($"{newlyApproved} newly approved and {newlyRefused} newly refused are verdict changes, so they must be among the {Changes.Count} changes listed.", nameof(changes));
        }

        Evaluated = evaluated;
        NewlyApproved = newlyApproved;
        NewlyRefused = newlyRefused;
    }

    /// <summary>How many subjects were decided.</summary>
    public int Evaluated { get; }

    /// <summary>Subjects refused under the baseline and approved under the proposal.</summary>
    public int NewlyApproved { get; }

    /// <summary>Subjects approved under the baseline and refused under the proposal.</summary>
    public int NewlyRefused { get; }

    /// <summary>Each subject whose verdict, any criterion's <see cref="Finding.Passed"/> or (incentives) payable differs, in input order.</summary>
    public IReadOnlyList<PolicyImpactItem<TSubject>> Changes { get; }

    /// <inheritdoc />
    public bool Equals(PolicyImpact<TSubject>? other) =>
        other is not null && Evaluated == other.Evaluated && NewlyApproved == other.NewlyApproved
        && NewlyRefused == other.NewlyRefused && SequenceEquality.Equal(Changes, other.Changes);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,Bitwise : hash mixing only; equal results hash equal under any deterministic mix
    public override int GetHashCode() =>
        unchecked((Evaluated * 397) ^ (NewlyApproved << 8) ^ (NewlyRefused << 16) ^ SequenceEquality.Hash(Changes));

    private static PolicyImpactItem<TSubject>[] Copy(IReadOnlyList<PolicyImpactItem<TSubject>> changes)
    {
        if (changes is null)
        {
            throw new ArgumentNullException(nameof(changes));
        }

        var copy = new PolicyImpactItem<TSubject>[changes.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = changes[i] ?? throw new ArgumentException($"changes holds null at index {i}; every element must be set.", nameof(changes));
        }

        return copy;
    }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Evaluated = ").Append(Evaluated).Append(", NewlyApproved = ").Append(NewlyApproved)
            .Append(", NewlyRefused = ").Append(NewlyRefused).Append(", Changes = ").Append(Changes.Count);
        return true;
    }
}

/// <summary>Builds <see cref="PolicyImpact{TSubject}"/> results from decisions made under a baseline and a proposal.</summary>
public static class PolicyImpact
{
    /// <summary>
    /// Compares each subject's two decisions: counts every subject, counts verdicts that flip each way,
    /// and lists, in input order, each subject whose verdict, any criterion's <see cref="Finding.Passed"/>
    /// or (incentives) <see cref="IncentiveDecision.Payable"/> differs. <see cref="Decision.ChangesOn"/>
    /// and message texts are not compared.
    /// </summary>
    /// <typeparam name="TSubject">What was decided.</typeparam>
    /// <param name="subjects">The subjects, in order.</param>
    /// <param name="baseline">Their decisions under the baseline, in the same order.</param>
    /// <param name="proposal">Their decisions under the proposal, in the same order.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, hold null, or two decisions of one subject list different criteria.</exception>
    public static PolicyImpact<TSubject> Compare<TSubject>(IReadOnlyList<TSubject> subjects, IReadOnlyList<Decision> baseline, IReadOnlyList<Decision> proposal)
    {
        if (subjects is null)
        {
            throw new ArgumentNullException(nameof(subjects));
        }

        if (baseline is null)
        {
            throw new ArgumentNullException(nameof(baseline));
        }

        if (proposal is null)
        {
            throw new ArgumentNullException(nameof(proposal));
        }

        if (baseline.Count != subjects.Count || proposal.Count != subjects.Count)
        {
            throw new ArgumentException($"Every subject needs one decision under each policy: {subjects.Count} subjects, {baseline.Count} baseline and {proposal.Count} proposal decisions.", baseline.Count != subjects.Count ? nameof(baseline) : nameof(proposal));
        }

        var changes = new List<PolicyImpactItem<TSubject>>();
        int newlyApproved = 0, newlyRefused = 0;
        for (var i = 0; i < subjects.Count; i++)
        {
            var before = baseline[i] ?? throw new ArgumentException($"baseline holds null at index {i}.", nameof(baseline));
            var after = proposal[i] ?? throw new ArgumentException($"proposal holds null at index {i}.", nameof(proposal));
            if (before.IsApproved != after.IsApproved)
            {
                newlyApproved += after.IsApproved ? 1 : 0;
                newlyRefused += before.IsApproved ? 1 : 0;
            }

            // Most subjects of a population do not change: the item (which recomputes its criteria) is built for changes
            // only, and for a null subject, which its constructor refuses as before.
            if (subjects[i] is null || before.IsApproved != after.IsApproved || ChangedCriteria(before, after).Count > 0 || PayableDiffers(before, after))
            {
                changes.Add(new PolicyImpactItem<TSubject>(subjects[i], before, after));
            }
        }

        return new PolicyImpact<TSubject>(subjects.Count, newlyApproved, newlyRefused, changes);
    }

    /// <summary>The impact of consecutive parts of one population, in order: their counts summed, their changes concatenated.</summary>
    internal static PolicyImpact<TSubject> Concat<TSubject>(int evaluated, PolicyImpact<TSubject>[] parts)
    {
        var changes = new List<PolicyImpactItem<TSubject>>();
        int newlyApproved = 0, newlyRefused = 0;
        foreach (var part in parts)
        {
            newlyApproved += part.NewlyApproved;
            newlyRefused += part.NewlyRefused;
            changes.AddRange(part.Changes);
        }

        return new PolicyImpact<TSubject>(evaluated, newlyApproved, newlyRefused, changes);
    }

    /// <summary>The codes whose Passed differs, in finding order; the two decisions must list the same criteria.</summary>
    internal static IReadOnlyList<string> ChangedCriteria(Decision baseline, Decision proposal)
    {
        var before = baseline.Findings;
        var after = proposal.Findings;
        List<string>? changed = null;
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            if (i >= before.Count || i >= after.Count || !string.Equals(before[i].Code, after[i].Code, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"The two decisions list different criteria ({Codes(before)} under the baseline, {Codes(after)} under the proposal): compare decisions of one kind.",
                    nameof(proposal));
            }

            if (before[i].Passed != after[i].Passed)
            {
                (changed ??= []).Add(before[i].Code);
            }
        }

        return changed is null ? Array.Empty<string>() : changed.ToArray();
    }

    /// <summary>True when the two are incentive decisions whose payables differ; false for other decisions.</summary>
    internal static bool PayableDiffers(Decision baseline, Decision proposal) =>
        baseline is IncentiveDecision before && proposal is IncentiveDecision after && !before.Payable.Equals(after.Payable);

    private static string Codes(IReadOnlyList<Finding> findings)
    {
        var codes = new string[findings.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = findings[i].Code;
        }

        return "[" + string.Join(", ", codes) + "]";
    }
}
