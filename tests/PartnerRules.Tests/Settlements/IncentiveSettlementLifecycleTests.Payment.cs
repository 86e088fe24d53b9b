using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
using static PartnerRules.Tests.Settlements.SettlementTestKit;

namespace PartnerRules.Tests.Settlements;

public sealed partial class IncentiveSettlementLifecycleTests
{
    [Fact]
    public void The_received_date_cannot_lie_in_the_future_or_before_the_invoice_was_submitted()
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview], clock);

        Assert.Equal("receivedOn", Assert.Throws<ArgumentException>(() => settlement.Qualify(new LocalDate(2026, 3, 3))).ParamName);
        Assert.Equal("receivedOn", Assert.Throws<ArgumentException>(() => settlement.Qualify(new LocalDate(2026, 3, 1))).ParamName);
        Assert.Equal(SettlementState.UnderReview, settlement.State);
    }

    /// <summary>Reviews of an invoice submitted on the 4th, and of one rejected and submitted again on the 6th.</summary>
    private static readonly Dictionary<string, (SettlementTrigger Trigger, int Day)[]> Reviews = new()
    {
        ["submitted on the 4th, reviewed on the 6th"] = [(SettlementTrigger.SubmitInvoice, 4), (SettlementTrigger.StartReview, 6)],
        ["resubmitted on the 6th"] =
        [
            (SettlementTrigger.SubmitInvoice, 3), (SettlementTrigger.StartReview, 3), (SettlementTrigger.RejectInvoice, 4),
            (SettlementTrigger.SubmitInvoice, 6), (SettlementTrigger.StartReview, 7),
        ],
    };

    public static TheoryData<string, int, string?> ReceivedDatesAgainstSubmission() => new()
    {
        { "submitted on the 4th, reviewed on the 6th", 3, "2026-03-04" },
        { "submitted on the 4th, reviewed on the 6th", 4, null },
        { "submitted on the 4th, reviewed on the 6th", 5, null },
        { "resubmitted on the 6th", 3, "2026-03-06" },
        { "resubmitted on the 6th", 5, "2026-03-06" },
        { "resubmitted on the 6th", 6, null },
    };

    [Theory]
    [MemberData(nameof(ReceivedDatesAgainstSubmission))]
    public void The_received_date_counts_from_the_last_submission_not_the_start_or_the_review(string review, int receivedDay, string? submittedOn)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = IncentiveSettlementLifecycle.Start(Project, Partner, Approved(), clock);
        var steps = Reviews[review];
        for (var i = 0; i < steps.Length; i++)
        {
            clock.Reset(Local(2026, 3, steps[i].Day, 9, i));
            Do(settlement, steps[i].Trigger, clock);
        }

        clock.Reset(Local(2026, 3, 8, 9));
        var received = new LocalDate(2026, 3, receivedDay);

        if (submittedOn is null)
        {
            settlement.Qualify(received);
            Assert.Equal(SettlementState.Qualified, settlement.State);
            Assert.Equal(received, settlement.InvoiceReceivedOn);
        }
        else
        {
            var error = Assert.Throws<ArgumentException>(() => settlement.Qualify(received));
            Assert.Equal($"The invoice cannot be received on {received:yyyy-MM-dd}, before it was submitted ({submittedOn}). (Parameter 'receivedOn')", error.Message);
            Assert.Equal(SettlementState.UnderReview, settlement.State);
        }
    }

    [Theory]
    [InlineData(SettlementTrigger.Qualify, SettlementState.UnderReview, "Qualify(receivedOn)")]
    [InlineData(SettlementTrigger.Pay, SettlementState.Qualified, "Pay(amount, method)")]
    public void An_operation_the_clock_refused_leaves_no_data_behind_for_a_bare_fire(SettlementTrigger trigger, SettlementState state, string operation)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var settlement = Drive(PathTo(state), clock);
        var before = settlement.ToSnapshot();
        var latest = clock.GetCurrentInstant();
        clock.Reset(latest - Duration.FromMinutes(1));
        Assert.Throws<PartnerRulesException>(() => Do(settlement, trigger, clock));
        clock.Reset(latest + Duration.FromMinutes(1));

        var bare = Assert.Throws<InvalidTransitionException>(() => settlement.Fire(trigger));

        Assert.Contains(operation, bare.Message, StringComparison.Ordinal);
        Assert.Equal(before, settlement.ToSnapshot());
        Do(settlement, trigger, clock);
        Assert.Equal(Table[(state, trigger)], settlement.State);
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
