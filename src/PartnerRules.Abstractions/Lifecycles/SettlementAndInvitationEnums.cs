namespace PartnerRules;

/// <summary>The states of an incentive settlement (invoice review and payment).</summary>
public enum SettlementState
{
    /// <summary>The incentive is approved; the partner has not yet mailed its invoice.</summary>
    AwaitingInvoice,

    /// <summary>The partner mailed its invoice (or a reissued one).</summary>
    InvoiceSubmitted,

    /// <summary>Huawei Cloud is reviewing the invoice.</summary>
    UnderReview,

    /// <summary>The review failed (reason kept); the partner reissues the invoice and mails it again.</summary>
    InvoiceRejected,

    /// <summary>Finance received a qualified invoice; payment is due within the policy's natural days.</summary>
    Qualified,

    /// <summary>Paid by bank transfer or as credit to the partner's cloud account (final).</summary>
    Paid,
}

/// <summary>What moves an incentive settlement.</summary>
public enum SettlementTrigger
{
    /// <summary>The partner mails its invoice, first or reissued.</summary>
    SubmitInvoice,

    /// <summary>Huawei Cloud starts reviewing the invoice.</summary>
    StartReview,

    /// <summary>The review fails (reason required).</summary>
    RejectInvoice,

    /// <summary>The invoice qualifies (use <c>Qualify(receivedOn)</c>).</summary>
    Qualify,

    /// <summary>The incentive is paid (use <c>Pay(amount, method)</c>).</summary>
    Pay,
}

/// <summary>How an incentive is paid.</summary>
public enum PaymentMethod
{
    /// <summary>A bank transfer to the partner.</summary>
    BankTransfer,

    /// <summary>A credit to the partner's Huawei Cloud account.</summary>
    CloudAccountCredit,
}

/// <summary>The states of a project-specialist invitation (项目专员).</summary>
public enum SpecialistInvitationState
{
    /// <summary>The partner sent the invitation link; it is valid for the policy's validity (7 days).</summary>
    Invited,

    /// <summary>The employee's personal account is linked to the partner.</summary>
    Bound,

    /// <summary>The employee applied to become a project specialist; the application is under review.</summary>
    UnderReview,

    /// <summary>The application was approved: the employee is a project specialist.</summary>
    Approved,

    /// <summary>The application was rejected (reason kept); the employee may correct it and apply again.</summary>
    Rejected,

    /// <summary>The link ended (final).</summary>
    Unbound,

    /// <summary>The invitation link expired unused (final).</summary>
    Expired,
}

/// <summary>What moves a project-specialist invitation.</summary>
public enum SpecialistInvitationTrigger
{
    /// <summary>The employee accepts the link and the account is linked (use <c>Bind(staffLinkDecision)</c>).</summary>
    Bind,

    /// <summary>The employee applies with employment information and certificates (use <c>Apply(application)</c>).</summary>
    Apply,

    /// <summary>The review approves the application.</summary>
    Approve,

    /// <summary>The review rejects the application (reason required).</summary>
    Reject,

    /// <summary>The link ends.</summary>
    Unbind,

    /// <summary>The invitation link expires unused.</summary>
    Expire,
}
