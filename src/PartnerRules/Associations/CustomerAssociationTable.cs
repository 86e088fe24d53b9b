using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;
using Table = PartnerRules.Lifecycles.LifecycleTable<PartnerRules.AssociationState, PartnerRules.AssociationTrigger, PartnerRules.CustomerAssociationLifecycle>;

namespace PartnerRules.Associations;

/// <summary>The customer-association transition table (docs/programme-rules.md §7); one variant (the mode changes no transition).</summary>
internal static class CustomerAssociationTable
{
    public const string NewAccountCode = FindingCodes.AssociationNewAccount;

    /// <summary>Associate carries the customer's account, whose age its guard judges, and the customer's registrations, whose reservations it judges.</summary>
    public static readonly Table.Payload<AssociateRequest> Associate = new(AssociationTrigger.Associate, LifecycleMessages.UseAssociateWithAccount);

    /// <summary>Undo carries the earlier undos of the same customer and partner (on earlier lifecycles), which its guard counts with this one's.</summary>
    public static readonly Table.Payload<IReadOnlyList<Instant>> Undo = new(AssociationTrigger.Undo, LifecycleMessages.UseUndoWithEarlierUndos);

    // ASSOCIATION.UNDO_INTERVAL: an association or a mode switch is undone at most once within AssociationUndoInterval.
    private static readonly Table.Guard[] UndoGuards =
    [
        new Table.ArgumentGuard<IReadOnlyList<Instant>>((a, earlierUndos) => a.UndoPossibleOn(earlierUndos) is null, "no other undo within AssociationUndoInterval"),
    ];

    public static Table Table { get; } = Build();

    /// <summary>Builds the table afresh: the lifecycles share <see cref="Table"/>; tests build their own to see the construction run.</summary>
    internal static Table Build() => new(
        initialStateByVariant: [AssociationState.Invited],
        variantDescriptions: ["all"],
        edges:
        [
            new(AssociationState.Invited, AssociationTrigger.Associate, AssociationState.AwaitingSignature)
            {
                Guards =
                [
                    new Table.ArgumentGuard<AssociateRequest>((a, request) => a.IsNew(request.Account), "account created within NewAccountWindow"),
                    new Table.ArgumentGuard<AssociateRequest>((a, request) => a.AssociableOn(request.Registrations) is null, "no other partner's registration within CustomerRegistrationReservation"),
                ],
            },
            new(AssociationState.Invited, AssociationTrigger.Expire, AssociationState.Expired),
            new(AssociationState.AwaitingSignature, AssociationTrigger.SignNotice, AssociationState.Associated),
            new(AssociationState.Associated, AssociationTrigger.Dissociate, AssociationState.Dissociated),
            new(AssociationState.Associated, AssociationTrigger.SwitchMode, AssociationState.ModeSwitched),
            new(AssociationState.Associated, AssociationTrigger.Undo, AssociationState.Undone) { Guards = UndoGuards },
            new(AssociationState.ModeSwitched, AssociationTrigger.Dissociate, AssociationState.Dissociated),
            new(AssociationState.ModeSwitched, AssociationTrigger.Undo, AssociationState.Associated) { Guards = UndoGuards },
        ],
        reasonRequired: [],
        payloads: [Associate, Undo]);
}

/// <summary>The data of Associate: the customer's account and the customer's registrations (报备) by any partner.</summary>
internal sealed record AssociateRequest(CustomerAccount Account, IReadOnlyList<CustomerRegistration> Registrations);
