using System.Linq;
using NodaTime;
using PartnerRules;
using PartnerRules.Tests.Settlements;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Obligations;

/// <summary>
/// Each sort key of <see cref="PartnerRules.Obligations.Running"/> on its own: lifecycles created with policies in
/// far-apart time zones make the due date and the overdue instant disagree, which one zone never does.
/// </summary>
public sealed class ObligationOrderTests
{
    // UTC-12 and UTC+14, no daylight saving: a local date ends 26 hours apart in the two.
    private static readonly ProgramPolicy West = ProgramPolicy.Default with { TimeZone = DateTimeZoneProviders.Tzdb["Etc/GMT+12"] };
    private static readonly ProgramPolicy East = ProgramPolicy.Default with { TimeZone = DateTimeZoneProviders.Tzdb["Pacific/Kiritimati"] };

    private static readonly AccountId First = new("13800138000");
    private static readonly AccountId Second = new("13900138000");

    /// <summary>Invited at noon UTC on 1 March in the west (local 1 March: due 8 March, overdue from 9 March 12:00 UTC).</summary>
    private static SpecialistInvitationLifecycle InvitedWest(AccountId account) =>
        SpecialistInvitationLifecycle.Invite(Partner, account, 0, new NodaTime.Testing.FakeClock(Utc(2026, 3, 1, 12)), West);

    /// <summary>Invited in the east on local <paramref name="day"/> March (due 7 days later, overdue 10:00 UTC the day after that).</summary>
    private static SpecialistInvitationLifecycle InvitedEast(AccountId account, int day) =>
        SpecialistInvitationLifecycle.Invite(Partner, account, 0, new NodaTime.Testing.FakeClock(Utc(2026, 3, day, 0)), East);

    [Fact]
    public void The_earlier_due_date_comes_first_even_when_its_deadline_passes_later()
    {
        var west = InvitedWest(First);
        var east = InvitedEast(Second, 2);

        var running = PartnerRules.Obligations.Running([east, west], Utc(2026, 3, 1, 13));

        Assert.Equal([new LocalDate(2026, 3, 8), new LocalDate(2026, 3, 9)], running.Select(o => o.DueOn));
        Assert.Equal([Utc(2026, 3, 9, 12), Utc(2026, 3, 9, 10)], running.Select(o => o.OverdueFrom));
    }

    [Fact]
    public void An_overdue_obligation_comes_first_even_when_its_due_date_is_later()
    {
        var west = InvitedWest(First);
        var east = InvitedEast(Second, 2);

        var running = PartnerRules.Obligations.Running([west, east], Utc(2026, 3, 9, 11));

        Assert.Equal([true, false], running.Select(o => o.IsOverdue));
        Assert.Equal([new LocalDate(2026, 3, 9), new LocalDate(2026, 3, 8)], running.Select(o => o.DueOn));
    }

    [Fact]
    public void On_one_due_date_the_earlier_overdue_instant_comes_first()
    {
        var west = InvitedWest(First);
        var east = InvitedEast(Second, 1);

        var running = PartnerRules.Obligations.Running([west, east], Utc(2026, 3, 1, 13));

        Assert.Equal([new LocalDate(2026, 3, 8), new LocalDate(2026, 3, 8)], running.Select(o => o.DueOn));
        Assert.Equal(["P-1/139****8000", "P-1/138****8000"], running.Select(o => o.SubjectId));
        Assert.Equal([Utc(2026, 3, 8, 10), Utc(2026, 3, 9, 12)], running.Select(o => o.OverdueFrom));
    }

    [Fact]
    public void On_one_deadline_the_code_comes_before_the_subject()
    {
        // Both due on the third business day after 2 March 2026 (a Monday): Thursday 5 March.
        var clock = ClockAtLocal(2026, 3, 2);
        var redLetter = InvoiceReturnLifecycle.Request(new InvoiceId("INV-1"), InvoiceKind.SpecialVat, clock);
        redLetter.Fire(InvoiceReturnTrigger.ConfirmRedLetter);
        var paper = InvoiceReturnLifecycle.Request(new InvoiceId("INV-2"), InvoiceKind.PaperOrdinary, clock);
        paper.Fire(InvoiceReturnTrigger.ReceiveOriginal);

        var running = PartnerRules.Obligations.Running([redLetter, paper], Local(2026, 3, 2, 12));

        Assert.Equal(["INVOICE.PAPER_RETURN", "INVOICE.RED_LETTER_ISSUE"], running.Select(o => o.Code));
        Assert.Equal(["INV-2", "INV-1"], running.Select(o => o.SubjectId));
        Assert.Single(running.Select(o => o.DueOn).Distinct());
    }

    [Theory]
    [InlineData("en-GB", InvoiceKind.SpecialVat, "Issue the red-letter invoice for invoice INV-1 between 2026-03-03 and 2026-03-05.")]
    [InlineData("en-GB", InvoiceKind.ElectronicOrdinary, "Complete the return of electronic invoice INV-1 by 2026-03-02.")]
    [InlineData("en-GB", InvoiceKind.PaperOrdinary, "Complete the return of paper invoice INV-1 between 2026-03-04 and 2026-03-05.")]
    [InlineData("zh-CN", InvoiceKind.SpecialVat, "INV-1")]
    [InlineData("zh-CN", InvoiceKind.ElectronicOrdinary, "INV-1")]
    [InlineData("zh-CN", InvoiceKind.PaperOrdinary, "INV-1")]
    public void Every_invoice_obligation_has_its_own_text(string culture, InvoiceKind kind, string expected)
    {
        using var scope = UiCulture(culture);
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = InvoiceReturnLifecycle.Request(new InvoiceId("INV-1"), kind, clock);
        if (kind != InvoiceKind.ElectronicOrdinary)
        {
            lifecycle.Fire(kind == InvoiceKind.SpecialVat ? InvoiceReturnTrigger.ConfirmRedLetter : InvoiceReturnTrigger.ReceiveOriginal);
        }

        var obligation = Assert.Single(PartnerRules.Obligations.Running([lifecycle], Local(2026, 3, 2, 12)));

        Assert.Contains(expected, obligation.Description, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Obligation_", obligation.Description, System.StringComparison.Ordinal);
        Assert.DoesNotContain("INVOICE.", obligation.Description, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "False")]
    [InlineData(true, "True")]
    public void The_record_prints_whether_it_is_overdue(bool overdue, string printed)
    {
        var settlement = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified), ClockAtLocal(2026, 3, 2, 9));

        var obligation = Assert.Single(PartnerRules.Obligations.Running([settlement], overdue ? Utc(2026, 3, 17, 16) : Utc(2026, 3, 17, 15)));

        Assert.Contains($", IsOverdue = {printed}, Description = ", obligation.ToString(), System.StringComparison.Ordinal);
    }
}
