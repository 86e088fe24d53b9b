using System;
using System.Collections.Generic;
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

    public static TheoryData<string, string> BadArgumentMessages() => new()
    {
        { "no decision", "A settlement needs the approved incentive decision (IPartnerRulesEngine.EvaluateIncentive). (Parameter 'incentive')" },
        { "default payable", "The decision's Payable must be a non-negative amount with a currency. (Parameter 'incentive')" },
        { "negative payable", "The decision's Payable must be a non-negative amount with a currency. (Parameter 'incentive')" },
        { "default project", "default(OpportunityId) holds no value: pass an identifier created with new OpportunityId(value). (Parameter 'project')" },
        { "default partner", "default(PartnerId) holds no value: pass an identifier created with new PartnerId(value). (Parameter 'partner')" },
        { "default amount", "default(Money) holds no currency: pass the amount paid, for example Money.Cny(50000m). (Parameter 'amount')" },
        { "undefined method", $"The payment method is not a defined PaymentMethod. (Parameter 'method'){Environment.NewLine}Actual value was 7." },
    };

    [Theory]
    [MemberData(nameof(BadArgumentMessages))]
    public void Bad_arguments_say_what_to_pass(string argument, string message)
    {
        var clock = ClockAtLocal(2026, 3, 2, 9);
        var qualified = Drive([SettlementTrigger.SubmitInvoice, SettlementTrigger.StartReview, SettlementTrigger.Qualify], clock);
        Action call = argument switch
        {
            "no decision" => () => IncentiveSettlementLifecycle.Start(Project, Partner, null!, clock),
            "default payable" => () => IncentiveSettlementLifecycle.Start(Project, Partner, Approved() with { Payable = default }, clock),
            "negative payable" => () => IncentiveSettlementLifecycle.Start(Project, Partner, Approved(-0.01m), clock),
            "default project" => () => IncentiveSettlementLifecycle.Start(default, Partner, Approved(), clock),
            "default partner" => () => IncentiveSettlementLifecycle.Start(Project, default, Approved(), clock),
            "default amount" => () => qualified.Pay(default, PaymentMethod.BankTransfer),
            "undefined method" => () => qualified.Pay(qualified.Payable, (PaymentMethod)7),
            _ => throw new ArgumentOutOfRangeException(nameof(argument)),
        };

        Assert.Equal(message, Assert.ThrowsAny<ArgumentException>(call).Message);
        Assert.Equal(SettlementState.Qualified, qualified.State);
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
