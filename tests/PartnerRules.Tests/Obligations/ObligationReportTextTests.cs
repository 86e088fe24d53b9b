using System;
using System.Linq;
using NodaTime;
using PartnerRules;
using PartnerRules.Tests.Settlements;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Obligations;

/// <summary>The report's problem texts word for word, and its order whatever the input's.</summary>
public sealed class ObligationReportTextTests
{
    private static readonly Instant Now = Local(2026, 12, 31, 12);

    [Fact]
    public void A_null_item_and_a_snapshot_before_every_version_say_so()
    {
        var invitation = InvitationTestKit.Drive([], ClockAtLocal(2026, 12, 28)).ToSnapshot() with { PolicyVersion = null };
        var from2027 = new PolicySchedule([new ScheduledPolicy(new LocalDate(2027, 1, 1), ProgramPolicy.Default with { Version = "2027" })]);

        var report = PartnerRules.Obligations.Report([null!, invitation], Now, from2027);

        Assert.Equal("The item is null: there is nothing to evaluate.", report.Problems[0].Reason);
        Assert.StartsWith("No policy in force: ", report.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Equal("No policy in force: " + new PolicyNotInForceException(new LocalDate(2026, 12, 28), new LocalDate(2027, 1, 1)).Message, report.Problems[1].Reason);
        Assert.Equal("lifecyclesOrSnapshots", Assert.Throws<ArgumentNullException>(() => PartnerRules.Obligations.Report(null!, Now, from2027)).ParamName);
    }

    [Fact]
    public void Under_a_schedule_the_running_obligations_come_sorted_whatever_the_input_order()
    {
        var later = InvitationTestKit.Drive([], ClockAtLocal(2026, 12, 28)).ToSnapshot();
        var sooner = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified), ClockAtLocal(2026, 12, 1, 9));
        var schedule = PolicySchedule.Always(ProgramPolicy.Default);

        var forward = PartnerRules.Obligations.Report([sooner, later], Now, schedule).Running;
        var backward = PartnerRules.Obligations.Report([later, sooner], Now, schedule).Running;

        Assert.Equal(forward, backward);
        Assert.Equal(forward.OrderByDescending(o => o.IsOverdue).ThenBy(o => o.DueOn).ToArray(), forward);
        Assert.NotEqual(forward[0].SubjectId, forward[1].SubjectId);
    }
}
