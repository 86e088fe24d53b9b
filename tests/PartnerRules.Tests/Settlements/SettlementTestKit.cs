using System.Collections.Generic;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.Lifecycles;

namespace PartnerRules.Tests.Settlements;

/// <summary>Decisions, the hand-written reference table and a driver for incentive settlements.</summary>
internal static class SettlementTestKit
{
    public static readonly OpportunityId Project = new("OPP-7");

    public static IncentiveDecision Approved(decimal payable = 50_000m) => new(true,
    [
        new Finding("INCENTIVE.SPEND_PERIOD_COMPLETE", true, "Does not apply."),
        new Finding("INCENTIVE.COMMITTEE_APPROVAL", true, "Does not apply."),
    ], Money.Cny(payable), null, false);

    public static IncentiveDecision Refused { get; } = new(false,
    [
        new Finding("INCENTIVE.SPEND_PERIOD_COMPLETE", false, "Only 4 of 6 months reported."),
        new Finding("INCENTIVE.COMMITTEE_APPROVAL", true, "Does not apply."),
    ], Money.Cny(0m), Money.Cny(300_000m), false);

    /// <summary>The settlement table as DOMAIN.md §5 and the issue state it, written independently of the library's.</summary>
    public static readonly IReadOnlyDictionary<(SettlementState, SettlementTrigger), SettlementState> Table =
        new Dictionary<(SettlementState, SettlementTrigger), SettlementState>
        {
            [(SettlementState.AwaitingInvoice, SettlementTrigger.SubmitInvoice)] = SettlementState.InvoiceSubmitted,
            [(SettlementState.InvoiceSubmitted, SettlementTrigger.StartReview)] = SettlementState.UnderReview,
            [(SettlementState.UnderReview, SettlementTrigger.RejectInvoice)] = SettlementState.InvoiceRejected,
            [(SettlementState.UnderReview, SettlementTrigger.Qualify)] = SettlementState.Qualified,
            [(SettlementState.InvoiceRejected, SettlementTrigger.SubmitInvoice)] = SettlementState.InvoiceSubmitted,
            [(SettlementState.Qualified, SettlementTrigger.Pay)] = SettlementState.Paid,
        };

    public static IReadOnlyList<(SettlementState State, IReadOnlyList<SettlementTrigger> Path)> Reachable() =>
        ReferenceTables.Reachable(Table, SettlementState.AwaitingInvoice);

    public static IReadOnlyList<SettlementTrigger> PathTo(SettlementState state)
    {
        foreach (var (reached, path) in Reachable())
        {
            if (reached == state)
            {
                return path;
            }
        }

        throw new KeyNotFoundException(state.ToString());
    }

    /// <summary>Starts a settlement and follows <paramref name="path"/>, a minute per step; Qualify uses today's local date, Pay the payable.</summary>
    public static IncentiveSettlementLifecycle Drive(IEnumerable<SettlementTrigger> path, FakeClock? clock = null, ProgramPolicy? policy = null)
    {
        clock ??= LifecycleTestKit.ClockAtLocal(2026, 3, 2, 9);
        var lifecycle = IncentiveSettlementLifecycle.Start(Project, LifecycleTestKit.Partner, Approved(), clock, policy);
        foreach (var trigger in path)
        {
            clock.Advance(Duration.FromMinutes(1));
            Do(lifecycle, trigger, clock);
        }

        return lifecycle;
    }

    /// <summary>Performs <paramref name="trigger"/> the way a caller would: through Qualify or Pay where it needs data.</summary>
    public static void Do(IncentiveSettlementLifecycle lifecycle, SettlementTrigger trigger, IClock clock)
    {
        switch (trigger)
        {
            case SettlementTrigger.Qualify:
                lifecycle.Qualify(clock.GetCurrentInstant().InZone(LifecycleTestKit.Shanghai).Date);
                break;
            case SettlementTrigger.Pay:
                lifecycle.Pay(lifecycle.Payable, PaymentMethod.BankTransfer);
                break;
            default:
                lifecycle.Fire(trigger, trigger == SettlementTrigger.RejectInvoice ? LifecycleTestKit.ReasonFor(trigger) : null);
                break;
        }
    }
}
