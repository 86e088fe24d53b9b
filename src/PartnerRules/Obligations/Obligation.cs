using NodaTime;

namespace PartnerRules;

/// <summary>A deadline running in one lifecycle, as <see cref="Obligations.Running(System.Collections.Generic.IEnumerable{IObligationSource}, NodaTime.Instant, ProgramPolicy)"/> lists it.</summary>
/// <param name="Code">The obligation's stable code, such as <c>INCENTIVE.PAYMENT</c> (<see cref="Deadline.Obligation"/>).</param>
/// <param name="SubjectId">
/// The lifecycle's id: the invoice for an invoice return, the project for an incentive settlement, <c>partner/account</c>
/// for a specialist invitation, with the account masked as in <c>138****8000</c> (a personal account id may be a
/// phone number, which the library never shows in full: docs/programme-rules.md §8).
/// </param>
/// <param name="ExpectedFrom">The first local date on which completion is expected.</param>
/// <param name="DueOn">The last local date on which completion is on time.</param>
/// <param name="OverdueFrom">The programme's midnight that ends <paramref name="DueOn"/>.</param>
/// <param name="IsOverdue">True when the instant the list was made is at or after <paramref name="OverdueFrom"/>.</param>
/// <param name="Description">What is due, for an operator, in <c>CultureInfo.CurrentUICulture</c> (English or zh-CN).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Obligation(string Code, string SubjectId, LocalDate ExpectedFrom, LocalDate DueOn, Instant OverdueFrom, bool IsOverdue, string Description)
{
    /// <summary>The obligation with ISO dates, whatever the current culture.</summary>
    public override string ToString() => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        "Obligation {{ Code = {0}, SubjectId = {1}, ExpectedFrom = {2:uuuu-MM-dd}, DueOn = {3:uuuu-MM-dd}, OverdueFrom = {4:uuuu-MM-ddTHH:mm:ss'Z'}, IsOverdue = {5}, Description = {6} }}",
        Code, SubjectId, ExpectedFrom, DueOn, OverdueFrom, IsOverdue ? "True" : "False", Description);
}
