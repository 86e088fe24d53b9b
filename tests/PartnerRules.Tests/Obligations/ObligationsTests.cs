using System;
using System.Linq;
using NodaTime;
using PartnerRules;
using PartnerRules.Lifecycles;
using PartnerRules.Tests.Lifecycles;
using PartnerRules.Tests.Settlements;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Obligations;

public sealed class ObligationsTests
{
    private static readonly Instant Now = Local(2026, 3, 20, 12);

    /// <summary>
    /// A settlement qualified on 2 March (due 17 March: overdue on the 20th), an invitation of 15 March (due 22 March),
    /// a paper invoice return whose original arrived on 18 March (due 23 March), and one paid settlement (no deadline).
    /// </summary>
    private static IObligationSource[] Portfolio()
    {
        var overdue = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified), ClockAtLocal(2026, 3, 2, 9));
        var paid = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Paid), ClockAtLocal(2026, 3, 2, 9));
        var invitation = InvitationTestKit.Drive([], ClockAtLocal(2026, 3, 15));
        var paper = LifecycleDrivers.InvoiceReturn(InvoiceKind.PaperOrdinary, [InvoiceReturnTrigger.ReceiveOriginal], ClockAtLocal(2026, 3, 18));
        return [paper, invitation, paid, overdue];
    }

    [Fact]
    public void Running_lists_every_running_deadline_overdue_first_then_by_due_date()
    {
        using var culture = UiCulture("en-GB");

        var running = PartnerRules.Obligations.Running(Portfolio(), Now);

        Assert.Equal(["INCENTIVE.PAYMENT", "STAFF.INVITATION_VALIDITY", "INVOICE.PAPER_RETURN"], running.Select(o => o.Code));
        Assert.Equal(["OPP-7", "P-1/E***1", "INV-1"], running.Select(o => o.SubjectId));
        Assert.Equal([true, false, false], running.Select(o => o.IsOverdue));
        var payment = running[0];
        Assert.Equal(new LocalDate(2026, 3, 2), payment.ExpectedFrom);
        Assert.Equal(new LocalDate(2026, 3, 17), payment.DueOn);
        Assert.Equal(Utc(2026, 3, 17, 16), payment.OverdueFrom);
        Assert.Equal("Pay the incentive for project OPP-7 by 2026-03-17 (the qualified invoice was received on 2026-03-02).", payment.Description);
        Assert.Equal("Specialist invitation P-1/E***1 is valid until 2026-03-22; after that, mark it expired.", running[1].Description);
    }

    [Fact]
    public void Snapshots_give_the_same_obligations_as_their_lifecycles()
    {
        var lifecycles = Portfolio();
        var snapshots = lifecycles.Select(l => l switch
        {
            IncentiveSettlementLifecycle s => (IObligationSource)s.ToSnapshot(),
            SpecialistInvitationLifecycle i => i.ToSnapshot(),
            InvoiceReturnLifecycle r => r.ToSnapshot(),
            _ => throw new InvalidOperationException(),
        });

        Assert.Equal(PartnerRules.Obligations.Running(lifecycles, Now), PartnerRules.Obligations.Running(snapshots, Now));
    }

    [Fact]
    public void Overdue_flips_at_the_programme_midnight_after_the_due_date()
    {
        var settlement = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified), ClockAtLocal(2026, 3, 2, 9));

        Assert.False(PartnerRules.Obligations.Running([settlement], Utc(2026, 3, 17, 16) - Duration.Epsilon)[0].IsOverdue);
        Assert.True(PartnerRules.Obligations.Running([settlement], Utc(2026, 3, 17, 16))[0].IsOverdue);
    }

    [Fact]
    public void Ties_on_the_due_date_are_ordered_by_code_then_subject()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var b = SpecialistInvitationLifecycle.Invite(Partner, new AccountId("13900138000"), 0, clock);
        var a = SpecialistInvitationLifecycle.Invite(Partner, new AccountId("13800138000"), 1, clock);

        var running = PartnerRules.Obligations.Running([b, a], Now);

        Assert.Equal(["P-1/138****8000", "P-1/139****8000"], running.Select(o => o.SubjectId));
        Assert.All(running, o => Assert.True(o.IsOverdue));
    }

    [Fact]
    public void Descriptions_are_localised_in_chinese()
    {
        using var culture = UiCulture("zh-CN");

        var running = PartnerRules.Obligations.Running(Portfolio(), Now);

        Assert.Equal("请在 2026-03-17 前支付项目 OPP-7 的激励(合格发票收到日期:2026-03-02)。", running[0].Description);
        Assert.Equal("请在 2026-03-20 至 2026-03-23 之间完成纸质发票 INV-1 的退票。", running[2].Description);
    }

    [Theory]
    [InlineData("13800138000", "138****8000")]
    [InlineData("EMP-1", "E***1")]
    [InlineData("AB", "***")]
    public void A_personal_account_is_never_shown_in_full(string account, string masked)
    {
        var invitation = SpecialistInvitationLifecycle.Invite(Partner, new AccountId(account), 0, ClockAtLocal(2026, 3, 2));

        var obligation = Assert.Single(PartnerRules.Obligations.Running([invitation], Now));

        Assert.Equal("P-1/" + masked, obligation.SubjectId);
        Assert.DoesNotContain(account, obligation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_running_gives_an_empty_list()
    {
        Assert.Empty(PartnerRules.Obligations.Running([], Now));
        Assert.Empty(PartnerRules.Obligations.Running([SettlementTestKit.Drive([]), SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Paid)).ToSnapshot()], Now));
    }

    [Fact]
    public void A_null_item_is_an_argument_exception_naming_its_index_and_a_bad_snapshot_is_rejected_naming_its_lifecycle()
    {
        var good = InvitationTestKit.Drive([]).ToSnapshot();

        Assert.Equal("lifecyclesOrSnapshots", Assert.Throws<ArgumentNullException>(() => PartnerRules.Obligations.Running(null!, Now)).ParamName);
        Assert.StartsWith(LifecycleErrors.ObligationItemNull(1), Assert.Throws<ArgumentException>(() => PartnerRules.Obligations.Running([good, null!], Now)).Message, StringComparison.Ordinal);
        Assert.Contains("Item 0 is null", Assert.Throws<ArgumentException>(() => PartnerRules.Obligations.Running([null!], Now)).Message, StringComparison.Ordinal);
        var tampered = Assert.Throws<SnapshotRejectedException>(() => PartnerRules.Obligations.Running([good, good with { Version = 3 }], Now));
        Assert.Equal("SpecialistInvitationSnapshot", tampered.SnapshotType);
        Assert.StartsWith("The SpecialistInvitationSnapshot of partner 'P-1' and account 'E***1' cannot be restored (1 problem): Version 3", tampered.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_print_iso_dates_whatever_the_culture()
    {
        using var culture = UiCulture("en-GB");
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("ar-SA");
        try
        {
            var obligation = PartnerRules.Obligations.Running(Portfolio(), Now)[0];
            var settlement = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Paid), ClockAtLocal(2026, 3, 2, 9)).ToSnapshot();

            Assert.Contains("DueOn = 2026-03-17, OverdueFrom = 2026-03-17T16:00:00Z, IsOverdue = True", obligation.ToString(), StringComparison.Ordinal);
            Assert.Contains("InvoiceReceivedOn = 2026-03-02, PaidBy = BankTransfer", settlement.ToString(), StringComparison.Ordinal);
            Assert.Contains("StartedOnHuaweiCloud = 2024-05-06", InvitationTestKit.CompleteApplication.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Obligations_round_trip_through_json()
    {
        var options = PartnerRulesJson.CreateOptions();
        var running = PartnerRules.Obligations.Running(Portfolio(), Now);

        var copy = System.Text.Json.JsonSerializer.Deserialize<Obligation[]>(System.Text.Json.JsonSerializer.Serialize(running, options), options)!;

        Assert.Equal(running, copy);
    }

    [Fact]
    public void Snapshots_use_the_policy_given()
    {
        var snapshot = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.Qualified), ClockAtLocal(2026, 3, 2, 9)).ToSnapshot();

        var running = PartnerRules.Obligations.Running([snapshot], Now, ProgramPolicy.Default with { IncentivePaymentDays = 30 });

        Assert.Equal(new LocalDate(2026, 4, 1), running[0].DueOn);
        Assert.False(running[0].IsOverdue);
    }
}
