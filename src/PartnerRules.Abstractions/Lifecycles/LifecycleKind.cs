namespace PartnerRules;

/// <summary>The five lifecycles of the programme: which type a stored <see cref="ILifecycleSnapshot"/> restores to.</summary>
/// <remarks>Stored by name (a store's kind column); new kinds are appended.</remarks>
public enum LifecycleKind
{
    /// <summary>An opportunity (PO or HO): <c>OpportunityLifecycle</c>.</summary>
    Opportunity,

    /// <summary>An invoice return: <c>InvoiceReturnLifecycle</c>.</summary>
    InvoiceReturn,

    /// <summary>A customer association: <c>CustomerAssociationLifecycle</c>.</summary>
    CustomerAssociation,

    /// <summary>An incentive settlement: <c>IncentiveSettlementLifecycle</c>.</summary>
    IncentiveSettlement,

    /// <summary>A project-specialist invitation: <c>SpecialistInvitationLifecycle</c>.</summary>
    SpecialistInvitation,
}
