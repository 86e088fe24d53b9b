using NodaTime;
using PartnerRules.Lifecycles;
using Table = PartnerRules.Lifecycles.LifecycleTable<PartnerRules.SettlementState, PartnerRules.SettlementTrigger, PartnerRules.IncentiveSettlementLifecycle>;

namespace PartnerRules.Settlements;

/// <summary>The incentive-settlement transition table (docs/programme-rules.md §5); one variant.</summary>
internal static class IncentiveSettlementTable
{
    /// <summary>The obligation code of the payment due after a qualified invoice.</summary>
    public const string PaymentCode = ObligationCodes.IncentivePayment;

    /// <summary>The finding of a payment whose amount is not the payable.</summary>
    public const string PaymentAmountCode = FindingCodes.IncentivePaymentAmount;

    /// <summary>Qualify carries the local date finance received the qualified invoice.</summary>
    public static readonly Table.Payload<LocalDate> Qualify = new(SettlementTrigger.Qualify, LifecycleMessages.UseQualifyWithDate);

    /// <summary>Pay carries the amount paid, which its guard compares with the payable.</summary>
    public static readonly Table.Payload<Money> Pay = new(SettlementTrigger.Pay, LifecycleMessages.UsePayWithAmount);

    public static Table Table { get; } = Build();

    /// <summary>Builds the table afresh: the lifecycles share <see cref="Table"/>; tests build their own to see the construction run.</summary>
    internal static Table Build() => new(
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
                Guards = [new Table.ArgumentGuard<Money>((s, amount) => amount == s.Payable, "amount equals Payable")],
            },
        ],
        reasonRequired: [SettlementTrigger.RejectInvoice],
        payloads: [Qualify, Pay]);
}
