using PartnerRules.Lifecycles;
using Table = PartnerRules.Lifecycles.LifecycleTable<PartnerRules.AssociationState, PartnerRules.AssociationTrigger, PartnerRules.CustomerAssociationLifecycle>;

namespace PartnerRules.Associations;

/// <summary>The customer-association transition table (docs/programme-rules.md §7); one variant (the mode changes no transition).</summary>
internal static class CustomerAssociationTable
{
    public const string NewAccountCode = FindingCodes.AssociationNewAccount;

    /// <summary>Associate carries the customer's account, whose age its guard judges.</summary>
    public static readonly Table.Payload<CustomerAccount> Associate = new(AssociationTrigger.Associate, LifecycleMessages.UseAssociateWithAccount);

    public static Table Table { get; } = Build();

    /// <summary>Builds the table afresh: the lifecycles share <see cref="Table"/>; tests build their own to see the construction run.</summary>
    internal static Table Build() => new(
        initialStateByVariant: [AssociationState.Invited],
        variantDescriptions: ["all"],
        edges:
        [
            new(AssociationState.Invited, AssociationTrigger.Associate, AssociationState.AwaitingSignature)
            {
                Guards = [new Table.ArgumentGuard<CustomerAccount>((a, account) => a.IsNew(account), "account created within NewAccountWindow")],
            },
            new(AssociationState.Invited, AssociationTrigger.Expire, AssociationState.Expired),
            new(AssociationState.AwaitingSignature, AssociationTrigger.SignNotice, AssociationState.Associated),
            new(AssociationState.Associated, AssociationTrigger.Dissociate, AssociationState.Dissociated),
        ],
        reasonRequired: [],
        payloads: [Associate]);
}
