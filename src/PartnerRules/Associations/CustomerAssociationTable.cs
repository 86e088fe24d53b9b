using PartnerRules.Lifecycles;

namespace PartnerRules.Associations;

/// <summary>The customer-association transition table (DOMAIN.md §7); one variant (the mode changes no transition).</summary>
internal static class CustomerAssociationTable
{
    public const string NewAccountCode = FindingCodes.AssociationNewAccount;

    public static LifecycleTable<AssociationState, AssociationTrigger, CustomerAssociationLifecycle> Table { get; } = Build();

    /// <summary>Builds the table afresh: the lifecycles share <see cref="Table"/>; tests build their own to see the construction run.</summary>
    internal static LifecycleTable<AssociationState, AssociationTrigger, CustomerAssociationLifecycle> Build() => new(
        initialStateByVariant: [AssociationState.Invited],
        variantDescriptions: ["all"],
        edges:
        [
            new(AssociationState.Invited, AssociationTrigger.Associate, AssociationState.AwaitingSignature)
            {
                Guards = [new(a => a.PendingAccountIsNew(), "account created within NewAccountWindow")],
            },
            new(AssociationState.Invited, AssociationTrigger.Expire, AssociationState.Expired),
            new(AssociationState.AwaitingSignature, AssociationTrigger.SignNotice, AssociationState.Associated),
            new(AssociationState.Associated, AssociationTrigger.Dissociate, AssociationState.Dissociated),
        ],
        reasonRequired: []);
}
