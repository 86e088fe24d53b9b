using System;
using System.Linq;
using NodaTime;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
using static PartnerRules.Tests.Settlements.SettlementTestKit;

namespace PartnerRules.Tests.Settlements;

public sealed class IncentiveSettlementLifecycleTests
{
    public static TheoryData<SettlementState, SettlementTrigger, SettlementState> PermittedSteps()
    {
        var data = new TheoryData<SettlementState, SettlementTrigger, SettlementState>();
        foreach (var ((from, trigger), to) in Table)
        {
            data.Add(from, trigger, to);
        }

        return data;
    }

    public static TheoryData<SettlementState, SettlementTrigger> ForbiddenSteps()
    {
        var data = new TheoryData<SettlementState, SettlementTrigger>();
        foreach (var (state, _) in Reachable())
        {
            foreach (var trigger in Values<SettlementTrigger>().Where(t => !Table.ContainsKey((state, t))))
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Fact]
    public void An_approved_incentive_starts_a_settlement_awaiting_the_invoice_for_its_payable()
    {
        var clock = ClockAtLocal(2026, 3, 2);

        var settlement = IncentiveSettlementLifecycle.Start(Project, Partner, Approved(12_345.67m), clock);

        Assert.Equal(SettlementState.AwaitingInvoice, settlement.State);
        Assert.Equal(Money.Cny(12_345.67m), settlement.Payable);
        Assert.Equal(Project, settlement.Project);
        Assert.Equal(Partner, settlement.Partner);
        Assert.Equal(0, settlement.Version);
        Assert.Equal([SettlementTrigger.SubmitInvoice], settlement.PermittedTriggers);
        Assert.Null(settlement.Deadline);
        Assert.Null(settlement.InvoiceReceivedOn);
        Assert.Null(settlement.PaidBy);
    }

    [Fact]
    public void A_refused_incentive_cannot_start_a_settlement()
    {
        var error = Assert.Throws<InvalidTransitionException>(() => IncentiveSettlementLifecycle.Start(Project, Partner, Refused, ClockAtLocal(2026, 3, 2)));

        Assert.Equal(string.Empty, error.State);
        Assert.Equal("Start", error.Trigger);
        Assert.Empty(error.PermittedTriggers);
        Assert.Equal(["INCENTIVE.SPEND_PERIOD_COMPLETE"], error.Findings.Select(f => f.Code));
    }

    [Fact]
    public void Bad_start_arguments_are_argument_exceptions()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        Assert.Equal("incentive", Assert.Throws<ArgumentNullException>(() => IncentiveSettlementLifecycle.Start(Project, Partner, null!, clock)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => IncentiveSettlementLifecycle.Start(Project, Partner, Approved(), null!)).ParamName);
        Assert.Equal("project", Assert.Throws<ArgumentException>(() => IncentiveSettlementLifecycle.Start(default, Partner, Approved(), clock)).ParamName);
        Assert.Equal("partner", Assert.Throws<ArgumentException>(() => IncentiveSettlementLifecycle.Start(Project, default, Approved(), clock)).ParamName);
        Assert.Equal("incentive", Assert.Throws<ArgumentException>(() => IncentiveSettlementLifecycle.Start(Project, Partner, Approved() with { Payable = default }, clock)).ParamName);
    }

    [Theory]
    [MemberData(nameof(PermittedSteps))]
    public void Every_permitted_step_moves_to_its_state_and_is_recorded(SettlementState from, SettlementTrigger trigger, SettlementState to)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive(PathTo(from), clock);
        Assert.True(settlement.CanFire(trigger));
        Assert.Contains(trigger, settlement.PermittedTriggers);
        clock.Advance(Duration.FromMinutes(1));

        Do(settlement, trigger, clock);

        Assert.Equal(to, settlement.State);
        var step = settlement.History[^1];
        Assert.Equal((from, to, trigger, clock.GetCurrentInstant()), (step.From, step.To, step.Trigger, step.At));
        Assert.Equal(settlement.History.Count, settlement.Version);
    }

    [Theory]
    [MemberData(nameof(ForbiddenSteps))]
    public void Every_forbidden_step_throws_and_changes_nothing(SettlementState state, SettlementTrigger trigger)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive(PathTo(state), clock);
        var before = settlement.ToSnapshot();
        clock.Advance(Duration.FromMinutes(1));

        Assert.False(settlement.CanFire(trigger));
        var error = Assert.Throws<InvalidTransitionException>(() => Do(settlement, trigger, clock));

        Assert.Equal(state.ToString(), error.State);
        Assert.Equal(trigger.ToString(), error.Trigger);
        Assert.Equal(before, settlement.ToSnapshot());
    }

    [Fact]
    public void A_rejected_invoice_is_reissued_and_reviewed_again_keeping_the_reason()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview], clock);

        Assert.Throws<ArgumentException>(() => settlement.Fire(SettlementTrigger.RejectInvoice, " "));
        Assert.Equal(SettlementState.UnderReview, settlement.State);
        settlement.Fire(SettlementTrigger.RejectInvoice, "Wrong tax number");
        settlement.Fire(SettlementTrigger.SubmitInvoice);
        settlement.Fire(SettlementTrigger.StartReview);
        settlement.Qualify(new LocalDate(2026, 3, 2));

        Assert.Equal("Wrong tax number", settlement.History[2].Reason);
        Assert.Equal(SettlementState.Qualified, settlement.State);
        Assert.Equal(6, settlement.Version);
    }

    [Fact]
    public void Qualify_and_pay_need_their_data_so_fire_points_to_the_operations()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var review = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview], clock);
        var qualified = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview, SettlementTrigger.Qualify], clock);

        Assert.True(review.CanFire(SettlementTrigger.Qualify));
        Assert.Contains("Qualify(receivedOn)", Assert.Throws<InvalidTransitionException>(() => review.Fire(SettlementTrigger.Qualify)).Message, StringComparison.Ordinal);
        Assert.Contains("Pay(amount, method)", Assert.Throws<InvalidTransitionException>(() => qualified.Fire(SettlementTrigger.Pay)).Message, StringComparison.Ordinal);
        Assert.Equal(SettlementState.UnderReview, review.State);
        Assert.Equal(SettlementState.Qualified, qualified.State);
    }

    [Fact]
    public void The_received_date_cannot_lie_in_the_future_or_before_the_invoice_was_submitted()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview], clock);

        Assert.Equal("receivedOn", Assert.Throws<ArgumentException>(() => settlement.Qualify(new LocalDate(2026, 3, 3))).ParamName);
        Assert.Equal("receivedOn", Assert.Throws<ArgumentException>(() => settlement.Qualify(new LocalDate(2026, 3, 1))).ParamName);
        Assert.Equal(SettlementState.UnderReview, settlement.State);
    }

    [Fact]
    public void Paying_records_the_method_and_is_final()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview, SettlementTrigger.Qualify], clock);

        settlement.Pay(Money.Cny(50_000m), PaymentMethod.CloudAccountCredit);
        var second = Assert.Throws<InvalidTransitionException>(() => settlement.Pay(Money.Cny(50_000m), PaymentMethod.BankTransfer));

        Assert.Equal(SettlementState.Paid, settlement.State);
        Assert.Equal(PaymentMethod.CloudAccountCredit, settlement.PaidBy);
        Assert.Equal("Paid", second.State);
        Assert.Equal("Pay", second.Trigger);
        Assert.Empty(second.Findings);
        Assert.Empty(settlement.PermittedTriggers);
        Assert.Null(settlement.Deadline);
    }

    [Theory]
    [InlineData(49_999.99, "CNY")]
    [InlineData(50_000.01, "CNY")]
    [InlineData(0, "CNY")]
    [InlineData(50_000, "USD")]
    public void Paying_another_amount_than_the_payable_is_refused_with_a_finding(decimal amount, string currency)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview, SettlementTrigger.Qualify], clock);
        var before = settlement.ToSnapshot();

        var error = Assert.Throws<InvalidTransitionException>(() => settlement.Pay(new Money(amount, currency), PaymentMethod.BankTransfer));

        var finding = Assert.Single(error.Findings);
        Assert.Equal("INCENTIVE.PAYMENT_AMOUNT", finding.Code);
        Assert.False(finding.Passed);
        Assert.Equal("Qualified", error.State);
        Assert.Contains(SettlementTrigger.Pay.ToString(), error.PermittedTriggers);
        Assert.Equal(before, settlement.ToSnapshot());
    }

    [Fact]
    public void Bad_payment_arguments_are_argument_exceptions_after_the_state_check()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview, SettlementTrigger.Qualify], clock);
        var early = Drive([], clock);

        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => settlement.Pay(default, PaymentMethod.BankTransfer)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => settlement.Pay(settlement.Payable, (PaymentMethod)7)).ParamName);
        Assert.Throws<InvalidTransitionException>(() => early.Pay(default, (PaymentMethod)7));
        Assert.Equal(SettlementState.Qualified, settlement.State);
    }

    [Fact]
    public void A_zero_payable_is_paid_as_zero()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = IncentiveSettlementLifecycle.Start(Project, Partner, Approved(0m), clock);
        settlement.Fire(SettlementTrigger.SubmitInvoice);
        settlement.Fire(SettlementTrigger.StartReview);
        settlement.Qualify(new LocalDate(2026, 3, 2));

        settlement.Pay(Money.Cny(0m), PaymentMethod.BankTransfer);

        Assert.Equal(SettlementState.Paid, settlement.State);
    }

    [Fact]
    public void Refusals_are_localised_in_chinese()
    {
        using var culture = UiCulture("zh-CN");
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview, SettlementTrigger.Qualify], clock);

        var amount = Assert.Throws<InvalidTransitionException>(() => settlement.Pay(Money.Cny(1m), PaymentMethod.BankTransfer));
        var start = Assert.Throws<InvalidTransitionException>(() => IncentiveSettlementLifecycle.Start(Project, Partner, Refused, clock));

        Assert.Equal("支付金额必须等于应付金额:传入 1 CNY,应付 50000 CNY。", amount.Findings[0].Message);
        Assert.StartsWith("激励结算被拒绝", start.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_clock_going_backwards_is_refused()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive([SettlementTrigger.SubmitInvoice], clock);
        clock.Reset(clock.GetCurrentInstant() - Duration.FromMinutes(5));

        Assert.Throws<PartnerRulesException>(() => settlement.Fire(SettlementTrigger.StartReview));
        Assert.Equal(SettlementState.InvoiceSubmitted, settlement.State);
    }
}
