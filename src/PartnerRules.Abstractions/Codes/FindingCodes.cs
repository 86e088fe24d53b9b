using System.Collections.Generic;

namespace PartnerRules;

/// <summary>
/// The stable code of every criterion a <see cref="Finding"/> can report, as constants that the
/// engine, the lifecycles, the test stub and consumers' code share (compare <see cref="Finding.Code"/>
/// with these rather than with string literals). Codes never change once published.
/// </summary>
public static class FindingCodes
{
    /// <summary>HO eligibility 1: the partner has joined the PCE programme.</summary>
    public const string HoPceMember = "HO.PCE_MEMBER";

    /// <summary>HO eligibility 2: the partner shares and regularly updates POs.</summary>
    public const string HoSharesOpportunities = "HO.SHARES_OPPORTUNITIES";

    /// <summary>HO eligibility 3: the development path (Differentiated, or Certified with delivered POs).</summary>
    public const string HoDevelopmentPath = "HO.DEVELOPMENT_PATH";

    /// <summary>Staff link 1: the account is not real-name verified as an enterprise.</summary>
    public const string StaffNotEnterpriseVerified = "STAFF.NOT_ENTERPRISE_VERIFIED";

    /// <summary>Staff link 2: the account has no active link to another partner.</summary>
    public const string StaffNotLinkedElsewhere = "STAFF.NOT_LINKED_ELSEWHERE";

    /// <summary>Staff link 3: the account is real-name verified (China site only).</summary>
    public const string StaffRealNameVerified = "STAFF.REAL_NAME_VERIFIED";

    /// <summary>Staff link 4: the account is not a partner account itself.</summary>
    public const string StaffNotPartnerAccount = "STAFF.NOT_PARTNER_ACCOUNT";

    /// <summary>Staff link 5: the account was linked with fewer partners than the limit within the window.</summary>
    public const string StaffLinkLimit = "STAFF.LINK_LIMIT";

    /// <summary>Incentive: a new customer's claim reports every month of the spend window.</summary>
    public const string IncentiveSpendPeriodComplete = "INCENTIVE.SPEND_PERIOD_COMPLETE";

    /// <summary>Incentive: an acceleration claim for an existing customer carries the committee-approved amount.</summary>
    public const string IncentiveCommitteeApproval = "INCENTIVE.COMMITTEE_APPROVAL";

    /// <summary>Incentive criterion 3: a new customer's stated prior cash is within the new-customer limit.</summary>
    public const string IncentiveNewCustomerPriorCash = "INCENTIVE.NEW_CUSTOMER_PRIOR_CASH";

    /// <summary>Settlement: the amount paid is the decision's payable.</summary>
    public const string IncentivePaymentAmount = "INCENTIVE.PAYMENT_AMOUNT";

    /// <summary>Opportunity Submit guard: the customer's name is given.</summary>
    public const string OpportunityCustomerName = "OPPORTUNITY.CUSTOMER_NAME";

    /// <summary>Opportunity Submit guard: at least one cloud service is chosen.</summary>
    public const string OpportunityCloudServices = "OPPORTUNITY.CLOUD_SERVICES";

    /// <summary>Opportunity Submit guard: whether the local sales team was contacted is answered.</summary>
    public const string OpportunityLocalSalesContact = "OPPORTUNITY.LOCAL_SALES_CONTACT";

    /// <summary>Opportunity Submit guard: a positive estimated value is given.</summary>
    public const string OpportunityEstimatedValue = "OPPORTUNITY.ESTIMATED_VALUE";

    /// <summary>Opportunity Submit guard: the expected close date is given.</summary>
    public const string OpportunityExpectedCloseDate = "OPPORTUNITY.EXPECTED_CLOSE_DATE";

    /// <summary>Customer association: the customer's account is new enough.</summary>
    public const string AssociationNewAccount = "ASSOCIATION.NEW_ACCOUNT";

    /// <summary>Specialist invitation: a Bind after the invitation link's validity (also the obligation's code).</summary>
    public const string StaffInvitationValidity = "STAFF.INVITATION_VALIDITY";

    /// <summary>Specialist invitation: the partner's invitations of the day are within the daily limit.</summary>
    public const string StaffDailyInvitationLimit = "STAFF.DAILY_INVITATION_LIMIT";

    /// <summary>Specialist application: the position is given.</summary>
    public const string SpecialistPosition = "SPECIALIST.POSITION";

    /// <summary>Specialist application: the start date on Huawei Cloud is given.</summary>
    public const string SpecialistCloudStartDate = "SPECIALIST.CLOUD_START_DATE";

    /// <summary>Specialist application: at least one certificate is listed.</summary>
    public const string SpecialistCertificates = "SPECIALIST.CERTIFICATES";

    /// <summary>Invoice return (VAT special invoice): the red-letter confirmation is still open (also the obligation's code).</summary>
    public const string InvoiceRedLetterConfirmation = "INVOICE.RED_LETTER_CONFIRMATION";

    /// <summary>HO offer: answered (accepted or declined) within the policy's <c>HoOfferResponseTime</c>, when the host sets one.</summary>
    public const string HoOfferResponse = "HO.OFFER_RESPONSE";

    /// <summary>Customer association: no other undo (of the association or of a mode switch) within the policy's <c>AssociationUndoInterval</c>.</summary>
    public const string AssociationUndoInterval = "ASSOCIATION.UNDO_INTERVAL";

    /// <summary>Customer association: the customer is not reserved by another partner's registration (报备) within the policy's <c>CustomerRegistrationReservation</c>.</summary>
    public const string AssociationRegistrationReserved = "ASSOCIATION.REGISTRATION_RESERVED";

    /// <summary>The HO-eligibility codes in decision order.</summary>
    public static IReadOnlyList<string> HoEligibility { get; } = [HoPceMember, HoSharesOpportunities, HoDevelopmentPath];

    /// <summary>The staff-link codes in decision order.</summary>
    public static IReadOnlyList<string> StaffLink { get; } =
        [StaffNotEnterpriseVerified, StaffNotLinkedElsewhere, StaffRealNameVerified, StaffNotPartnerAccount, StaffLinkLimit];

    /// <summary>The incentive codes in decision order.</summary>
    public static IReadOnlyList<string> Incentive { get; } = [IncentiveSpendPeriodComplete, IncentiveCommitteeApproval, IncentiveNewCustomerPriorCash];

    /// <summary>The opportunity Submit guard's codes in finding order.</summary>
    public static IReadOnlyList<string> OpportunitySubmit { get; } =
        [OpportunityCustomerName, OpportunityCloudServices, OpportunityLocalSalesContact, OpportunityEstimatedValue, OpportunityExpectedCloseDate];

    /// <summary>The specialist application's codes in finding order.</summary>
    public static IReadOnlyList<string> SpecialistApplication { get; } = [SpecialistPosition, SpecialistCloudStartDate, SpecialistCertificates];
}
