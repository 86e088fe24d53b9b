using System.Collections.Generic;

namespace PartnerRules;

/// <summary>
/// The stable code of every deadline a lifecycle can run (<see cref="Deadline.Obligation"/>), as
/// constants shared by the lifecycles, the obligations view and consumers' code.
/// </summary>
public static class ObligationCodes
{
    /// <summary>VAT special invoice: Huawei Cloud issues the red-letter invoice within business days 1–3 after the confirmation.</summary>
    public const string InvoiceRedLetterIssue = "INVOICE.RED_LETTER_ISSUE";

    /// <summary>Electronic ordinary invoice: the return completes the same day.</summary>
    public const string InvoiceElectronicReturn = "INVOICE.ELECTRONIC_RETURN";

    /// <summary>Paper ordinary invoice: the return completes within business days 2–3 after the original is received.</summary>
    public const string InvoicePaperReturn = "INVOICE.PAPER_RETURN";

    /// <summary>Incentive settlement: payment within the natural days after finance receives the qualified invoice.</summary>
    public const string IncentivePayment = "INCENTIVE.PAYMENT";

    /// <summary>Specialist invitation: the invitation link's validity.</summary>
    public const string StaffInvitationValidity = FindingCodes.StaffInvitationValidity;

    /// <summary>VAT special invoice: the red-letter confirmation is confirmed before it voids itself, the policy's RedLetterConfirmationValidity (72 hours) after the request.</summary>
    public const string InvoiceRedLetterConfirmation = FindingCodes.InvoiceRedLetterConfirmation;

    /// <summary>HO offer: the partner answers (accepts or declines) by the offer's date plus the policy's <c>HoOfferResponseTime</c>; none runs when the policy sets none.</summary>
    public const string HoOfferResponse = FindingCodes.HoOfferResponse;

    /// <summary>Every obligation code, in the order the obligations view documents them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [InvoiceRedLetterIssue, InvoiceElectronicReturn, InvoicePaperReturn, IncentivePayment, StaffInvitationValidity, InvoiceRedLetterConfirmation, HoOfferResponse];
}
