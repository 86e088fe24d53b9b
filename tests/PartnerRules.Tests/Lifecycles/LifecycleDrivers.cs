using System.Collections.Generic;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>Brings each lifecycle along a trigger path, an hour per step, giving what each step needs (a complete form, an account, a reason).</summary>
internal static class LifecycleDrivers
{
    public static readonly Duration Step = Duration.FromHours(1);

    public static OpportunityLifecycle Opportunity(OpportunityOrigin origin, IEnumerable<OpportunityTrigger> path, FakeClock? clock = null)
    {
        clock ??= LifecycleTestKit.ClockAtLocal(2026, 3, 2);
        var lifecycle = origin == OpportunityOrigin.PartnerOriginated
            ? OpportunityLifecycle.CreateDraft(LifecycleTestKit.Opp, clock)
            : OpportunityLifecycle.Offer(LifecycleTestKit.Opp, LifecycleTestKit.ApprovedHo, clock);
        if (origin == OpportunityOrigin.PartnerOriginated)
        {
            clock.Advance(Duration.FromMinutes(5));
            lifecycle.Edit(LifecycleTestKit.CompleteForm);
        }

        foreach (var trigger in path)
        {
            clock.Advance(Step);
            lifecycle.Fire(trigger, ReferenceTables.OpportunityReasonRequired.Contains(trigger) ? LifecycleTestKit.ReasonFor(trigger) : null);
        }

        return lifecycle;
    }

    public static InvoiceReturnLifecycle InvoiceReturn(InvoiceKind kind, IEnumerable<InvoiceReturnTrigger> path, FakeClock? clock = null, ProgramPolicy? policy = null)
    {
        clock ??= LifecycleTestKit.ClockAtLocal(2026, 3, 2);
        var lifecycle = InvoiceReturnLifecycle.Request(LifecycleTestKit.Invoice, kind, clock, policy);
        foreach (var trigger in path)
        {
            clock.Advance(Step);
            lifecycle.Fire(trigger, trigger is InvoiceReturnTrigger.Reject or InvoiceReturnTrigger.RefuseRedLetter ? LifecycleTestKit.ReasonFor(trigger) : null);
        }

        return lifecycle;
    }

    public static CustomerAssociationLifecycle Association(IEnumerable<AssociationTrigger> path, FakeClock? clock = null)
    {
        clock ??= LifecycleTestKit.ClockAtLocal(2026, 3, 2);
        var lifecycle = CustomerAssociationLifecycle.Invite(LifecycleTestKit.Partner, AssociationMode.Resale, clock);
        foreach (var trigger in path)
        {
            clock.Advance(Step);
            if (trigger == AssociationTrigger.Associate)
            {
                lifecycle.Associate(new CustomerAccount(LifecycleTestKit.Account, clock.GetCurrentInstant() - Duration.FromDays(1)));
            }
            else if (trigger == AssociationTrigger.Undo)
            {
                lifecycle.Undo();
            }
            else
            {
                lifecycle.Fire(trigger);
            }
        }

        return lifecycle;
    }
}
