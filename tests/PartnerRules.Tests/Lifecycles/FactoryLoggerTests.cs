using System.Linq;
using PartnerRules;
using PartnerRules.Tests.DependencyInjection;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// The static factories and <c>Restore</c> take a logger too (the path <see cref="PartnerRulesLifecycles"/> uses):
/// each transition then logs the same event as through dependency injection, whether the trigger carries data or not.
/// </summary>
public sealed class FactoryLoggerTests
{
    [Fact]
    public void Lifecycles_made_or_restored_with_a_logger_log_every_transition_to_it()
    {
        var logs = new CollectingLoggerProvider();
        var logger = logs.CreateLogger("Consumer");
        var clock = ClockAtLocal(2026, 3, 2);

        OpportunityLifecycle.CreateDraft(Opp, clock, null, logger).Fire(OpportunityTrigger.Withdraw);
        InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock, null, logger).Fire(InvoiceReturnTrigger.ConfirmRedLetter);
        CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock, null, logger).Associate(new CustomerAccount(Account, Local(2026, 3, 1)));
        var saved = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock).ToSnapshot();
        CustomerAssociationLifecycle.Restore(saved, clock, null, logger).Fire(AssociationTrigger.Expire);

        Assert.Equal(
            [
                "Opportunity OPP-1: Draft -> Withdrawn by Withdraw, version 1",
                "InvoiceReturn INV-1: Requested -> RedLetterConfirmed by ConfirmRedLetter, version 1",
                "CustomerAssociation P-1: Invited -> AwaitingSignature by Associate, version 1",
                "CustomerAssociation P-1: Invited -> Expired by Expire, version 1",
            ],
            logs.Events.Select(e => e.Message));
        Assert.All(logs.Events, e => Assert.Equal(("Consumer", 2001, "LifecycleTransitioned"), (e.Category, e.Id.Id, e.Id.Name)));
    }

    [Fact]
    public void A_lifecycle_made_without_a_logger_logs_nothing_and_a_refused_step_logs_nothing()
    {
        var logs = new CollectingLoggerProvider();
        var clock = ClockAtLocal(2026, 3, 2);

        OpportunityLifecycle.CreateDraft(Opp, clock).Fire(OpportunityTrigger.Withdraw);
        var logged = OpportunityLifecycle.CreateDraft(Opp, clock, null, logs.CreateLogger("Consumer"));
        Assert.Throws<InvalidTransitionException>(() => logged.Fire(OpportunityTrigger.Submit));

        Assert.Empty(logs.Events);
    }
}
