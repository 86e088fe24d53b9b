using System;
using System.Collections.Generic;

namespace PartnerRules;

/// <summary>
/// One subject of a what-if comparison: its decision under the baseline (the version in force) and
/// under the proposal, and the criteria whose result differs.
/// </summary>
/// <typeparam name="TSubject">A partner profile, an incentive claim, or whatever the comparison decided.</typeparam>
/// <param name="Subject">What was decided.</param>
/// <param name="Baseline">The decision under the baseline.</param>
/// <param name="Proposal">The decision under the proposal.</param>
/// <remarks>
/// Immutable. <see cref="ChangedCriteria"/> is computed from the two decisions (also after <c>with</c>).
/// Both decisions must list the same criteria in the same order, as two decisions of one kind do.
/// </remarks>
public sealed record PolicyImpactItem<TSubject>(TSubject Subject, Decision Baseline, Decision Proposal)
{
    private readonly TSubject _subject = Subject ?? throw new ArgumentNullException(nameof(Subject));
    private readonly Decision _baseline = Baseline ?? throw new ArgumentNullException(nameof(Baseline));
    private readonly Decision _proposal = Proposal ?? throw new ArgumentNullException(nameof(Proposal));

    // Initialised after both decisions (field initialisers run in order); recomputed when `with` replaces one.
    private IReadOnlyList<string> _changedCriteria = PolicyImpact.ChangedCriteria(Baseline, Proposal);

    /// <summary>What was decided.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public TSubject Subject
    {
        get => _subject;
        init => _subject = value ?? throw new ArgumentNullException(nameof(Subject));
    }

    /// <summary>The decision under the baseline.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Its criteria differ from <see cref="Proposal"/>'s.</exception>
    public Decision Baseline
    {
        get => _baseline;
        init
        {
            _baseline = value ?? throw new ArgumentNullException(nameof(Baseline));
            _changedCriteria = PolicyImpact.ChangedCriteria(_baseline, _proposal);
        }
    }

    /// <summary>The decision under the proposal.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    /// <exception cref="ArgumentException">Its criteria differ from <see cref="Baseline"/>'s.</exception>
    public Decision Proposal
    {
        get => _proposal;
        init
        {
            _proposal = value ?? throw new ArgumentNullException(nameof(Proposal));
            _changedCriteria = PolicyImpact.ChangedCriteria(_baseline, _proposal);
        }
    }

    /// <summary>The codes of the criteria whose <see cref="Finding.Passed"/> differs, in finding order; empty when none does.</summary>
    public IReadOnlyList<string> ChangedCriteria => _changedCriteria;

    /// <summary>True when the proposal changes the verdict (<see cref="Decision.IsApproved"/>).</summary>
    public bool VerdictChanged => Baseline.IsApproved != Proposal.IsApproved;

    /// <summary>
    /// For incentive decisions, the proposal's payable minus the baseline's (zero when equal); null for
    /// other decisions or when the two are in different currencies.
    /// </summary>
    public Money? PayableDifference =>
        Baseline is IncentiveDecision b && Proposal is IncentiveDecision p && b.Payable.Currency == p.Payable.Currency && !b.Payable.IsDefault
            ? p.Payable - b.Payable
            : null;

    /// <summary>
    /// True when anything that matters differs: the verdict, any criterion's <see cref="Finding.Passed"/>, or
    /// (incentives) <see cref="IncentiveDecision.Payable"/>. <see cref="Decision.ChangesOn"/> and message texts are not compared.
    /// </summary>
    public bool IsChange => VerdictChanged || ChangedCriteria.Count > 0 || PolicyImpact.PayableDiffers(Baseline, Proposal);

    /// <inheritdoc />
    public bool Equals(PolicyImpactItem<TSubject>? other) =>
        other is not null && EqualityComparer<TSubject>.Default.Equals(Subject, other.Subject)
        && Baseline.Equals(other.Baseline) && Proposal.Equals(other.Proposal);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,Bitwise : hash mixing only; equal items hash equal under any deterministic mix
    public override int GetHashCode() =>
        unchecked((EqualityComparer<TSubject>.Default.GetHashCode(Subject!) * 397) ^ Baseline.GetHashCode() ^ (Proposal.GetHashCode() * 31));

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Subject = ").Append(Subject).Append(", Baseline = ").Append(Baseline)
            .Append(", Proposal = ").Append(Proposal).Append(", ChangedCriteria = [ ").Append(string.Join(", ", ChangedCriteria)).Append(" ]");
        return true;
    }
}
