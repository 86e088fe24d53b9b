namespace PartnerRules;

/// <summary>The states of an opportunity (PO and HO).</summary>
public enum OpportunityState
{
    /// <summary>PO saved as a draft, not yet submitted.</summary>
    Draft,

    /// <summary>PO submitted; Huawei Cloud is reviewing it.</summary>
    Submitted,

    /// <summary>PO returned for changes; the partner updates and resubmits.</summary>
    ActionRequired,

    /// <summary>PO rejected by the review (final).</summary>
    Rejected,

    /// <summary>PO withdrawn by the partner (final).</summary>
    Withdrawn,

    /// <summary>HO offered to the partner, awaiting its answer.</summary>
    Offered,

    /// <summary>HO declined by the partner (final).</summary>
    Declined,

    /// <summary>HO offer not answered in time (final).</summary>
    Expired,

    /// <summary>Verified PO or accepted HO: both sides are selling.</summary>
    Active,

    /// <summary>Signed (签单).</summary>
    Won,

    /// <summary>Delivered (完成交付) (final).</summary>
    Delivered,

    /// <summary>Lost (final).</summary>
    Lost,
}

/// <summary>What moves an opportunity.</summary>
public enum OpportunityTrigger
{
    /// <summary>The partner submits a draft or a returned PO.</summary>
    Submit,

    /// <summary>The review returns the PO for changes.</summary>
    RequestChanges,

    /// <summary>The review verifies the PO.</summary>
    Approve,

    /// <summary>The review rejects the PO (reason required).</summary>
    Reject,

    /// <summary>The partner withdraws a draft or returned PO.</summary>
    Withdraw,

    /// <summary>The partner accepts an HO offer.</summary>
    Accept,

    /// <summary>The partner declines an HO offer (reason required).</summary>
    Decline,

    /// <summary>The HO offer expires unanswered.</summary>
    Expire,

    /// <summary>The opportunity is won (signed).</summary>
    Win,

    /// <summary>The opportunity is lost (reason required).</summary>
    Lose,

    /// <summary>Delivery is completed.</summary>
    Deliver,
}

/// <summary>The states of an invoice return (退票).</summary>
public enum InvoiceReturnState
{
    /// <summary>The partner has asked to return the invoice.</summary>
    Requested,

    /// <summary>VAT special invoice: the red-letter confirmation is complete; the red-letter invoice is due.</summary>
    RedLetterConfirmed,

    /// <summary>Paper ordinary invoice: Huawei Cloud received the mailed original; the return is due.</summary>
    OriginalReceived,

    /// <summary>The return is complete (final).</summary>
    Completed,

    /// <summary>The return was rejected (final).</summary>
    Rejected,

    /// <summary>
    /// VAT special invoice: the red-letter confirmation voided itself (unconfirmed for the policy's
    /// RedLetterConfirmationValidity, 72 hours) or the counterparty refused it (final; the partner starts a new return).
    /// </summary>
    Voided,
}

/// <summary>What moves an invoice return.</summary>
public enum InvoiceReturnTrigger
{
    /// <summary>VAT special invoice: the red-letter confirmation completes.</summary>
    ConfirmRedLetter,

    /// <summary>Paper ordinary invoice: the mailed original arrives.</summary>
    ReceiveOriginal,

    /// <summary>The return completes.</summary>
    Complete,

    /// <summary>The return is rejected (reason required).</summary>
    Reject,

    /// <summary>VAT special invoice: the red-letter confirmation voided itself; permitted from the instant the policy's RedLetterConfirmationValidity has elapsed since the request.</summary>
    Void,

    /// <summary>VAT special invoice: the counterparty refused the red-letter confirmation, which voids the return at any time while it waits (reason required).</summary>
    RefuseRedLetter,
}

/// <summary>The states of a customer association (客户关联).</summary>
public enum AssociationState
{
    /// <summary>The reseller invited the customer.</summary>
    Invited,

    /// <summary>The account qualified; the customer must sign the notice (《客户关联华为云合作伙伴须知》).</summary>
    AwaitingSignature,

    /// <summary>Associated.</summary>
    Associated,

    /// <summary>Dissociated (final).</summary>
    Dissociated,

    /// <summary>The invitation expired (final).</summary>
    Expired,

    /// <summary>Associated in the other mode than the invitation's (SwitchMode); Undo switches it back.</summary>
    ModeSwitched,

    /// <summary>The association was undone (final); undoing is limited by the policy's AssociationUndoInterval.</summary>
    Undone,
}

/// <summary>What moves a customer association.</summary>
public enum AssociationTrigger
{
    /// <summary>The customer's account is associated (use <c>Associate(account)</c>).</summary>
    Associate,

    /// <summary>The customer signs the notice.</summary>
    SignNotice,

    /// <summary>The association ends.</summary>
    Dissociate,

    /// <summary>The invitation expires.</summary>
    Expire,

    /// <summary>The association switches to the other mode (resale or consultative sale).</summary>
    SwitchMode,

    /// <summary>
    /// Undoes the mode switch (from ModeSwitched) or the association (from Associated), at most once in the policy's
    /// AssociationUndoInterval (use <c>Undo(earlierUndos)</c>).
    /// </summary>
    Undo,
}
