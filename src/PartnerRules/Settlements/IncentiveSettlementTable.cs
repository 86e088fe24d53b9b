using PartnerRules.Lifecycles;

namespace PartnerRules.Settlements;

/// <summary>The incentive-settlement transition table (DOMAIN.md §5); one variant.</summary>
internal static class IncentiveSettlementTable
{
    /// <summary>The obligation code of the payment due after a qualified invoice.</summary>
    public const string PaymentCode = ObligationCodes.IncentivePayment;

    /// <summary>The finding of a payment whose amount is not the payable.</summary>
    public const string PaymentAmountCode = FindingCodes.IncentivePaymentAmount;

    public static LifecycleTable<SettlementState, SettlementTrigger, IncentiveSettlementLifecycle> Table { get; } = Build();

    /// <summary>Builds the table afresh: the lifecycles share <see cref="Table"/>; tests build their own to see the construction run.</summary>
    internal static LifecycleTable<SettlementState, SettlementTrigger, IncentiveSettlementLifecycle> Build() => new(
        initialStateByVariant: [SettlementState.AwaitingInvoice],
        variantDescriptions: ["all"],
        edges:
        [
            new(SettlementState.AwaitingInvoice, SettlementTrigger.SubmitInvoice, SettlementState.InvoiceSubmitted),
            new(SettlementState.InvoiceSubmitted, SettlementTrigger.StartReview, SettlementState.UnderReview),
            new(SettlementState.UnderReview, SettlementTrigger.RejectInvoice, SettlementState.InvoiceRejected),
            new(SettlementState.UnderReview, SettlementTrigger.Qualify, SettlementState.Qualified),
            new(SettlementState.InvoiceRejected, SettlementTrigger.SubmitInvoice, SettlementState.InvoiceSubmitted),
            new(SettlementState.Qualified, SettlementTrigger.Pay, SettlementState.Paid)
            {
                Guards = [new(s => s.PendingAmountIsPayable(), "amount equals Payable")],
            },
        ],
        reasonRequired: [SettlementTrigger.RejectInvoice]);
}
