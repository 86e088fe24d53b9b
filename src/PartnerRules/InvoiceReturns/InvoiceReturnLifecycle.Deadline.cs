using NodaTime;
using PartnerRules.InvoiceReturns;

namespace PartnerRules;

/// <summary>The invoice return's running deadline: known, none, or unknown for want of calendar data.</summary>
public sealed partial class InvoiceReturnLifecycle
{
    /// <summary>
    /// The obligation running now: <c>INVOICE.RED_LETTER_CONFIRMATION</c> in Requested for a VAT special invoice
    /// (overdue from the exact instant request + RedLetterConfirmationValidity, an elapsed duration, not a
    /// programme midnight; due on that instant's local date), <c>INVOICE.RED_LETTER_ISSUE</c> in RedLetterConfirmed (business days
    /// 1–3 after the confirmation's local date), <c>INVOICE.ELECTRONIC_RETURN</c> in Requested for an
    /// electronic ordinary invoice (the request's local date), <c>INVOICE.PAPER_RETURN</c> in
    /// OriginalReceived (business days 2–3 after receipt); null otherwise. Computed when read, with the
    /// policy's zone, calendar and day counts; overdue from the programme's midnight after the due date.
    /// </summary>
    /// <remarks>
    /// Never throws. When a deadline runs but its business days fall in a year the policy's calendar has no data
    /// for, the due date is unknown: this is null and <see cref="DeadlineUnknownReason"/> says so (null alone means
    /// that no deadline runs). The step itself was recorded: only its due date is unknown, until the year's
    /// official schedule is added to the calendar (docs/calendar.md). <see cref="Obligations.Report(System.Collections.Generic.IEnumerable{IObligationSource}, Instant, ProgramPolicy)"/>
    /// lists such a return as "deadline unknown".
    /// </remarks>
    public Deadline? Deadline => TryComputeDeadline(out var deadline, out _) ? deadline : null;

    /// <summary>
    /// Why a deadline runs in the current state but is unknown: the calendar has no data for the year its business
    /// days fall in (the text names the year and how to add it). Null when <see cref="Deadline"/> is known or none runs.
    /// </summary>
    public string? DeadlineUnknownReason => TryComputeDeadline(out _, out var missing) ? null : Obligations.DeadlineUnknown(missing!);

    private bool TryComputeDeadline(out Deadline? deadline, out CalendarDataMissingException? missing)
    {
        (deadline, missing) = (null, null);
        try
        {
            deadline = ComputeDeadline();
        }
        catch (CalendarDataMissingException e)
        {
            missing = e;
        }

        return missing is null;
    }

    private Deadline? ComputeDeadline()
    {
        var zone = _policy.TimeZone;
        var calendar = _policy.Calendar;
        var entered = _core.EnteredAt.InZone(zone).Date;
        switch (State)
        {
            case InvoiceReturnState.Requested when Kind == InvoiceKind.SpecialVat:
                var voidsAt = RedLetterConfirmation.VoidsAt(_core.CreatedAt, _policy);
                return new Deadline(RedLetterConfirmationCode, entered, voidsAt.InZone(zone).Date, voidsAt);
            case InvoiceReturnState.Requested when Kind == InvoiceKind.ElectronicOrdinary:
                return Make(ElectronicReturn, entered, entered.PlusDays(_policy.ElectronicReturnDays), zone);
            case InvoiceReturnState.RedLetterConfirmed:
                return Make(RedLetterIssue,
                    calendar.AddBusinessDays(entered, _policy.RedLetterIssueFromBusinessDays),
                    calendar.AddBusinessDays(entered, _policy.RedLetterIssueDueBusinessDays),
                    zone);
            case InvoiceReturnState.OriginalReceived:
                return Make(PaperReturn,
                    calendar.AddBusinessDays(entered, _policy.PaperReturnFromBusinessDays),
                    calendar.AddBusinessDays(entered, _policy.PaperReturnDueBusinessDays),
                    zone);
            default:
                return null;
        }
    }

    private static Deadline Make(string obligation, LocalDate expectedFrom, LocalDate dueOn, DateTimeZone zone) =>
        new(obligation, expectedFrom, dueOn, zone.AtStartOfDay(dueOn.PlusDays(1)).ToInstant());
}
