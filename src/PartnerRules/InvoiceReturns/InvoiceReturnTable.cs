using PartnerRules.Lifecycles;

namespace PartnerRules.InvoiceReturns;

/// <summary>The invoice-return transition table (docs/programme-rules.md §6); variants are the invoice kinds in enum order.</summary>
internal static class InvoiceReturnTable
{
    private const int SpecialVat = 1 << (int)InvoiceKind.SpecialVat;
    private const int Electronic = 1 << (int)InvoiceKind.ElectronicOrdinary;
    private const int Paper = 1 << (int)InvoiceKind.PaperOrdinary;

    public static LifecycleTable<InvoiceReturnState, InvoiceReturnTrigger, InvoiceReturnLifecycle> Table { get; } = Build();

    /// <summary>Builds the table afresh: the lifecycles share <see cref="Table"/>; tests build their own to see the construction run.</summary>
    internal static LifecycleTable<InvoiceReturnState, InvoiceReturnTrigger, InvoiceReturnLifecycle> Build() => new(
        initialStateByVariant: [InvoiceReturnState.Requested, InvoiceReturnState.Requested, InvoiceReturnState.Requested],
        variantDescriptions: ["special VAT invoice", "electronic ordinary invoice", "paper ordinary invoice"],
        edges:
        [
            new(InvoiceReturnState.Requested, InvoiceReturnTrigger.ConfirmRedLetter, InvoiceReturnState.RedLetterConfirmed, SpecialVat)
            {
                Guards = [new(r => r.RedLetterConfirmationOpen(), "within RedLetterConfirmationValidity of the request")],
            },
            new(InvoiceReturnState.Requested, InvoiceReturnTrigger.ReceiveOriginal, InvoiceReturnState.OriginalReceived, Paper),
            new(InvoiceReturnState.Requested, InvoiceReturnTrigger.Complete, InvoiceReturnState.Completed, Electronic),
            new(InvoiceReturnState.Requested, InvoiceReturnTrigger.Reject, InvoiceReturnState.Rejected, Electronic | Paper),

            // docs/programme-rules.md §6: once the confirmation voided itself, the special-invoice return can only be voided.
            new(InvoiceReturnState.Requested, InvoiceReturnTrigger.Reject, InvoiceReturnState.Rejected, SpecialVat)
            {
                Guards = [new(r => r.RedLetterConfirmationOpen(), "within RedLetterConfirmationValidity of the request")],
            },
            new(InvoiceReturnState.Requested, InvoiceReturnTrigger.Void, InvoiceReturnState.Voided, SpecialVat)
            {
                Guards = [new(r => !r.RedLetterConfirmationOpen(), "RedLetterConfirmationValidity elapsed")],
            },
            new(InvoiceReturnState.Requested, InvoiceReturnTrigger.RefuseRedLetter, InvoiceReturnState.Voided, SpecialVat),
            new(InvoiceReturnState.RedLetterConfirmed, InvoiceReturnTrigger.Complete, InvoiceReturnState.Completed, SpecialVat),
            new(InvoiceReturnState.RedLetterConfirmed, InvoiceReturnTrigger.Reject, InvoiceReturnState.Rejected, SpecialVat),
            new(InvoiceReturnState.OriginalReceived, InvoiceReturnTrigger.Complete, InvoiceReturnState.Completed, Paper),
            new(InvoiceReturnState.OriginalReceived, InvoiceReturnTrigger.Reject, InvoiceReturnState.Rejected, Paper),
        ],
        reasonRequired: [InvoiceReturnTrigger.Reject, InvoiceReturnTrigger.RefuseRedLetter]);
}
