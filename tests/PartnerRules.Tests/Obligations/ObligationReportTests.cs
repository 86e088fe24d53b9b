using System;
using System.Linq;
using NodaTime;
using PartnerRules;
using PartnerRules.Tests.Lifecycles;
using PartnerRules.Tests.Settlements;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Obligations;

public sealed class ObligationReportTests
{
    private static readonly Instant Now = Local(2026, 12, 31, 12);

    /// <summary>A paper return whose original arrived on 30 December: business days 2–3 fall in 2027, which China's calendar does not hold.</summary>
    private static InvoiceReturnLifecycle ReturnInto2027() =>
        LifecycleDrivers.InvoiceReturn(InvoiceKind.PaperOrdinary, [InvoiceReturnTrigger.ReceiveOriginal], ClockAtLocal(2026, 12, 30));

    private static IncentiveSettlementLifecycle Qualified() =>
        SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified), ClockAtLocal(2026, 12, 1, 9));

    [Fact]
    public void One_bad_item_never_fails_the_others_and_every_bad_item_is_named()
    {
        var invitation = InvitationTestKit.Drive([], ClockAtLocal(2026, 12, 28)).ToSnapshot();
        IObligationSource[] items = [Qualified(), ReturnInto2027(), invitation with { Version = 3 }, null!, invitation, ReturnInto2027().ToSnapshot()];

        var report = PartnerRules.Obligations.Report(items, Now);

        Assert.Equal(PartnerRules.Obligations.Running([items[0], invitation], Now), report.Running);
        Assert.Equal([1, 2, 3, 5], report.Problems.Select(p => p.Index));
        Assert.Equal(["INV-1", "P-1/E***1", "", "INV-1"], report.Problems.Select(p => p.SubjectId));
        Assert.Equal(
            [ObligationProblemKind.DeadlineUnknown, ObligationProblemKind.SnapshotRejected, ObligationProblemKind.NullItem, ObligationProblemKind.DeadlineUnknown],
            report.Problems.Select(p => p.Kind));
        Assert.StartsWith("Deadline unknown: The business calendar has no data for 2027", report.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("BusinessCalendar.LoadChina(\"2027.json\")", report.Problems[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("Snapshot rejected: The SpecialistInvitationSnapshot of ", report.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Equal(report.Problems[0].Reason, report.Problems[3].Reason);
    }

    [Fact]
    public void Under_a_schedule_each_item_is_reported_the_same_way_and_a_snapshot_before_every_version_is_named()
    {
        var invitation = InvitationTestKit.Drive([], ClockAtLocal(2026, 12, 28)).ToSnapshot();
        IObligationSource[] items = [Qualified(), ReturnInto2027().ToSnapshot(), invitation with { Version = 3 }, invitation];
        var from2027 = new PolicySchedule([new ScheduledPolicy(new LocalDate(2027, 1, 1), ProgramPolicy.Default with { Version = "2027" })]);

        var always = PartnerRules.Obligations.Report(items, Now, PolicySchedule.Always(ProgramPolicy.Default));
        var tooEarly = PartnerRules.Obligations.Report([invitation with { PolicyVersion = null }], Now, from2027);

        Assert.Equal(PartnerRules.Obligations.Report(items, Now), always);
        Assert.Equal(PartnerRules.Obligations.Running([items[0], invitation], Now, PolicySchedule.Always(ProgramPolicy.Default)), always.Running);
        Assert.Empty(tooEarly.Running);
        Assert.Equal(ObligationProblemKind.PolicyNotInForce, Assert.Single(tooEarly.Problems).Kind);
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => PartnerRules.Obligations.Report(items, Now, (PolicySchedule)null!)).ParamName);
    }

    [Fact]
    public void Without_bad_items_the_report_is_the_running_list_and_no_problem()
    {
        IObligationSource[] items = [Qualified(), InvitationTestKit.Drive([], ClockAtLocal(2026, 12, 28))];

        var report = PartnerRules.Obligations.Report(items, Now);

        Assert.Equal(PartnerRules.Obligations.Running(items, Now), report.Running);
        Assert.Equal(2, report.Running.Count);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public void The_running_list_still_throws_for_the_whole_list_so_the_report_is_the_way_to_list_them_all()
    {
        var always = PolicySchedule.Always(ProgramPolicy.Default);

        Assert.Equal(2027, Assert.Throws<CalendarDataMissingException>(() => PartnerRules.Obligations.Running([Qualified(), ReturnInto2027()], Now)).Year);
        Assert.Equal(2027, Assert.Throws<CalendarDataMissingException>(() => PartnerRules.Obligations.Running([ReturnInto2027().ToSnapshot()], Now, always)).Year);
    }

    [Fact]
    public void With_a_fallback_the_caller_chose_the_deadline_is_known_again()
    {
        var withFallback = ProgramPolicy.Default with { Calendar = BusinessCalendar.China.WithFallback(BusinessCalendar.WeekdaysOnly) };
        var snapshot = ReturnInto2027().ToSnapshot();

        var report = PartnerRules.Obligations.Report([snapshot], Now, withFallback);

        Assert.Empty(report.Problems);
        Assert.Equal(new LocalDate(2027, 1, 4), Assert.Single(report.Running).DueOn);
    }

    [Fact]
    public void A_bad_call_is_still_an_exception()
    {
        Assert.Equal("lifecyclesOrSnapshots", Assert.Throws<ArgumentNullException>(() => PartnerRules.Obligations.Report(null!, Now)).ParamName);
        Assert.Throws<ArgumentException>(() => PartnerRules.Obligations.Report([], Now, ProgramPolicy.Default with { IncentivePaymentDays = -1 }));
    }

    [Fact]
    public void Reports_are_values_that_copy_their_lists_and_refuse_nulls()
    {
        var problem = new ObligationProblem(0, "INV-1", ObligationProblemKind.NullItem, "why");
        var problems = new[] { problem };
        var report = new ObligationReport([], problems);
        problems[0] = problem with { Index = 1 };

        Assert.Equal(new ObligationReport([], [problem]), report);
        Assert.Equal(new ObligationReport([], [problem]).GetHashCode(), report.GetHashCode());
        Assert.NotEqual(new ObligationReport([], []), report);
        Assert.Equal("ObligationReport { Running = 0, Problems = 1 }", report.ToString());
        Assert.Equal("running", Assert.Throws<ArgumentNullException>(() => new ObligationReport(null!, [])).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentException>(() => new ObligationReport([], [null!])).ParamName);
    }
}
