using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.SpecialistInvitations;
using PartnerRules.Tests.Support;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Settlements;

public sealed partial class SettlementAndInvitationSnapshotTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(0.01)]
    public void A_settlement_with_a_zero_or_tiny_payable_restores(decimal payable)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = IncentiveSettlementLifecycle.Start(SettlementTestKit.Project, Partner, SettlementTestKit.Approved(payable), clock);
        foreach (var trigger in SettlementTestKit.PathTo(SettlementState.Paid))
        {
            clock.Advance(Duration.FromMinutes(1));
            SettlementTestKit.Do(settlement, trigger, clock);
        }

        var restored = IncentiveSettlementLifecycle.Restore(settlement.ToSnapshot(), clock);

        Assert.Equal(Money.Cny(payable), restored.Payable);
        Assert.Equal(settlement.ToSnapshot(), restored.ToSnapshot());
    }

    [Theory]
    [InlineData(SettlementState.Qualified, "History[3] starts in UnderReview, but History[2] ended in Qualified")]
    [InlineData(SettlementState.Paid, "History[4] starts in Qualified, but History[3] ended in Paid")]
    public void Restore_of_a_history_that_repeats_its_qualify_or_pay_step_reports_only_that_step(SettlementState state, string problem)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var saved = SettlementTestKit.Drive(SettlementTestKit.PathTo(state), clock).ToSnapshot();
        var repeated = saved with { Version = saved.Version + 1, History = [.. saved.History, saved.History[^1]] };

        var error = Assert.Throws<SnapshotRejectedException>(() => IncentiveSettlementLifecycle.Restore(repeated, clock));

        Assert.Equal($"The IncentiveSettlementSnapshot of project 'OPP-7' for partner 'P-1' cannot be restored (1 problem): {problem}.", error.Message);
    }

    [Theory]
    [InlineData(3, null)]
    [InlineData(4, null)]
    [InlineData(5, "InvoiceReceivedOn 2026-03-05 is after the day the invoice was qualified (2026-03-04)")]
    [InlineData(8, "InvoiceReceivedOn 2026-03-08 is after the day the invoice was qualified (2026-03-04)")]
    public void Restore_holds_the_received_date_to_the_day_of_the_qualify_step_not_of_the_payment(int receivedDay, string? problem)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = SettlementTestKit.Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview], clock);
        clock.Reset(Local(2026, 3, 4, 9));
        settlement.Qualify(new LocalDate(2026, 3, 3));
        clock.Reset(Local(2026, 3, 8, 9));
        settlement.Pay(settlement.Payable, PaymentMethod.BankTransfer);
        var received = new LocalDate(2026, 3, receivedDay);
        var snapshot = settlement.ToSnapshot() with { InvoiceReceivedOn = received };

        if (problem is null)
        {
            Assert.Equal(received, IncentiveSettlementLifecycle.Restore(snapshot, clock).InvoiceReceivedOn);
        }
        else
        {
            var error = Assert.Throws<SnapshotRejectedException>(() => IncentiveSettlementLifecycle.Restore(snapshot, clock));
            Assert.Equal($"The IncentiveSettlementSnapshot of project 'OPP-7' for partner 'P-1' cannot be restored (1 problem): {problem}.", error.Message);
        }
    }

    [Theory]
    [InlineData("Pacific/Auckland", null)]
    [InlineData("Asia/Shanghai", "InvoiceReceivedOn 2026-03-03 is after the day the invoice was qualified (2026-03-02)")]
    public void Restore_reads_the_day_of_the_qualify_step_in_the_policy_zone(string zone, string? problem)
    {
        // 12:00 UTC on 2 March is 01:00 on 3 March in Auckland (UTC+13) but 20:00 on 2 March in Shanghai.
        var auckland = ProgramPolicy.Default with { TimeZone = DateTimeZoneProviders.Tzdb["Pacific/Auckland"] };
        var clock = new FakeClock(Utc(2026, 3, 2, 11, 57));
        var settlement = IncentiveSettlementLifecycle.Start(SettlementTestKit.Project, Partner, SettlementTestKit.Approved(), clock, auckland);
        clock.Advance(Duration.FromMinutes(1));
        settlement.Fire(SettlementTrigger.SubmitInvoice);
        clock.Advance(Duration.FromMinutes(1));
        settlement.Fire(SettlementTrigger.StartReview);
        clock.Advance(Duration.FromMinutes(1));
        settlement.Qualify(new LocalDate(2026, 3, 3));
        var policy = ProgramPolicy.Default with { TimeZone = DateTimeZoneProviders.Tzdb[zone] };

        if (problem is null)
        {
            var restored = IncentiveSettlementLifecycle.Restore(settlement.ToSnapshot(), clock, policy);
            Assert.Equal(new LocalDate(2026, 3, 3), restored.InvoiceReceivedOn);
            Assert.Equal(settlement.Deadline, restored.Deadline);
        }
        else
        {
            var error = Assert.Throws<SnapshotRejectedException>(() => IncentiveSettlementLifecycle.Restore(settlement.ToSnapshot(), clock, policy));
            Assert.Equal($"The IncentiveSettlementSnapshot of project 'OPP-7' for partner 'P-1' cannot be restored (1 problem): {problem}.", error.Message);
        }
    }

    [Fact]
    public void A_settlement_snapshot_prints_iso_dates_its_step_count_and_null_for_what_is_not_recorded_yet()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var started = SettlementTestKit.Drive([], clock).ToSnapshot();
        var paid = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Paid), clock).ToSnapshot();

        Assert.Equal(
            "IncentiveSettlementSnapshot { Project = OPP-7, Partner = P-1, Payable = 50000.00 CNY, State = AwaitingInvoice, Version = 0, CreatedAt = 2026-03-02T01:00:00Z, InvoiceReceivedOn = null, PaidBy = null, History = 0 step(s) }",
            started.ToString());
        Assert.Equal(
            "IncentiveSettlementSnapshot { Project = OPP-7, Partner = P-1, Payable = 50000.00 CNY, State = Paid, Version = 4, CreatedAt = 2026-03-02T01:00:00Z, InvoiceReceivedOn = 2026-03-02, PaidBy = BankTransfer, History = 4 step(s) }",
            paid.ToString());
        Assert.EndsWith("History = 0 step(s) }", (paid with { History = null! }).ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> SettlementMembers() => [.. PaidVariants.Keys];

    [Theory]
    [MemberData(nameof(SettlementMembers))]
    public void A_settlement_snapshot_differs_from_one_that_differs_only_in(string member) =>
        EqualityAssert.Differs(Paid, PaidVariants[member]);

    [Fact]
    public void Equal_settlement_snapshots_are_equal_with_equal_hash_codes_and_none_equals_null()
    {
        EqualityAssert.EqualCopy(Paid, Paid with { History = [.. Paid.History] });
        EqualityAssert.EqualCopy(Paid with { History = null! }, Paid with { History = null! });
    }

    public static TheoryData<string, string> InvitationTamperings() => new()
    {
        { "no application", "Application is null, but the history applied" },
        { "application without applying", "Application is set, but the history never applied" },
        { "default account", "Account is default" },
        { "default partner", "Partner is default" },
        { "skipped bind", "Apply is not permitted in Invited" },
        { "missing reason", "has no reason" },
        { "state", "is not where the history ends" },
        { "undefined trigger", "holds an undefined value" },
    };

    [Theory]
    [MemberData(nameof(InvitationTamperings))]
    public void Restore_rejects_a_tampered_invitation_snapshot_naming_the_problem(string tampering, string problem)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var rejected = InvitationTestKit.Drive(InvitationTestKit.PathTo(SpecialistInvitationState.Rejected), clock).ToSnapshot();
        var bound = InvitationTestKit.Drive([SpecialistInvitationTrigger.Bind], clock).ToSnapshot();
        var h = rejected.History;
        var bad = tampering switch
        {
            "no application" => rejected with { Application = null },
            "application without applying" => bound with { Application = InvitationTestKit.CompleteApplication },
            "default account" => rejected with { Account = default },
            "default partner" => rejected with { Partner = default },
            "skipped bind" => rejected with { Version = 2, History = [h[1] with { From = SpecialistInvitationState.Invited }, h[2]] },
            "missing reason" => rejected with { History = [h[0], h[1], h[2] with { Reason = "" }] },
            "state" => rejected with { State = SpecialistInvitationState.Approved },
            "undefined trigger" => rejected with { History = [h[0], h[1], h[2] with { Trigger = (SpecialistInvitationTrigger)40 }] },
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };

        var error = Assert.Throws<SnapshotRejectedException>(() => SpecialistInvitationLifecycle.Restore(bad, clock));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_without_a_snapshot_is_an_argument_null_exception()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => IncentiveSettlementLifecycle.Restore(null!, clock)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => SpecialistInvitationLifecycle.Restore(null!, clock)).ParamName);
    }
}
