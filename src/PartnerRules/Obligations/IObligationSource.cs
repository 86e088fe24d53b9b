namespace PartnerRules;

/// <summary>
/// A lifecycle or snapshot that can owe a dated obligation: the opportunity (an HO offer under a policy with a
/// <see cref="ProgramPolicy.HoOfferResponseTime"/>), invoice-return, incentive-settlement and
/// project-specialist-invitation lifecycles and their snapshots. <see cref="Obligations.Running(System.Collections.Generic.IEnumerable{IObligationSource}, NodaTime.Instant, ProgramPolicy)"/> lists
/// what a set of them owes. Customer associations are not sources: no deadline of the programme runs on them.
/// </summary>
/// <remarks>Implemented by the library's types only; the members are implemented explicitly, so they do not show on the types themselves.</remarks>
public interface IObligationSource
{
    /// <summary>
    /// The identifier that names the subject in an <see cref="Obligation"/>: the invoice, the project, or the
    /// partner and the masked account of an invitation.
    /// </summary>
    string SubjectId { get; }

    /// <summary>The deadline running now, if any.</summary>
    /// <param name="policy">
    /// The policy a snapshot is restored under (zone, calendar, windows); a lifecycle answers with its own policy,
    /// the one it was created or restored with, like its <c>Deadline</c>.
    /// </param>
    /// <returns>The deadline of the current state, or null when none runs.</returns>
    /// <exception cref="SnapshotRejectedException">A snapshot is inconsistent or names a version other than <paramref name="policy"/>'s, as its lifecycle's <c>Restore</c> reports.</exception>
    /// <exception cref="CalendarDataMissingException">
    /// A deadline runs but its business days fall in a year the calendar has no data for (where the invoice return's
    /// <c>Deadline</c> property is null and says why in <c>DeadlineUnknownReason</c>).
    /// </exception>
    Deadline? RunningDeadline(ProgramPolicy policy);
}
