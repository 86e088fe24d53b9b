using System;
using NodaTime;
using PartnerRules;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Obligations;

/// <summary>
/// The schedule overloads refuse a null list by name; the per-item report sorts what it collects, as the plain list
/// does; and a report is never equal to null, nor to a report with other obligations.
/// </summary>
public sealed class ObligationReportNullAndOrderTests
{
    private static readonly Instant Now = Local(2026, 3, 20, 12);
    private static readonly PolicySchedule Always = PolicySchedule.Always(ProgramPolicy.Default);

    /// <summary>Two invitations whose links are due on 2026-03-09 (overdue at <see cref="Now"/>) and 2026-03-19 + 7 days: the later first.</summary>
    private static IObligationSource[] LaterFirst() =>
    [
        InvitationTestKit.Drive([], ClockAtLocal(2026, 3, 19)).ToSnapshot(),
        InvitationTestKit.Drive([], ClockAtLocal(2026, 3, 2)).ToSnapshot(),
    ];

    [Fact]
    public void The_schedule_overloads_refuse_a_null_list_naming_it()
    {
        Assert.Equal("lifecyclesOrSnapshots", Assert.Throws<ArgumentNullException>(() => PartnerRules.Obligations.Report(null!, Now, Always)).ParamName);
        Assert.Equal("lifecyclesOrSnapshots", Assert.Throws<ArgumentNullException>(() => PartnerRules.Obligations.Running(null!, Now, Always)).ParamName);
    }

    [Fact]
    public void The_report_lists_the_overdue_obligation_first_whatever_the_input_order()
    {
        var items = LaterFirst();

        var report = PartnerRules.Obligations.Report(items, Now, Always);
        var plain = PartnerRules.Obligations.Report(items, Now);

        Assert.Equal([new LocalDate(2026, 3, 9), new LocalDate(2026, 3, 26)], [report.Running[0].DueOn, report.Running[1].DueOn]);
        Assert.True(report.Running[0].IsOverdue);
        Assert.Equal(report.Running, plain.Running);
        Assert.Equal(PartnerRules.Obligations.Running(items, Now, Always), report.Running);
    }

    [Fact]
    public void A_report_is_not_equal_to_null_nor_to_a_report_with_other_obligations()
    {
        var report = PartnerRules.Obligations.Report(LaterFirst(), Now);
        var other = PartnerRules.Obligations.Report([LaterFirst()[0]], Now);

        Assert.False(report.Equals(null));
        Assert.False(report.Equals(other));
        Assert.NotEqual(report, other);
        Assert.True(report.Equals(PartnerRules.Obligations.Report(LaterFirst(), Now)));
    }
}
