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
}
