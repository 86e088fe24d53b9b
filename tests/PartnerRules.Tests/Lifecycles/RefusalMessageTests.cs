using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Lifecycles;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// Restore reports each snapshot problem exactly once, with a count and an exact sentence; argument
/// errors of the lifecycles say what was wrong and what to pass instead.
/// </summary>
public sealed class RefusalMessageTests
{
    private static InvoiceReturnSnapshot RejectedInvoiceReturn() =>
        LifecycleDrivers.InvoiceReturn(InvoiceKind.SpecialVat, [InvoiceReturnTrigger.ConfirmRedLetter, InvoiceReturnTrigger.Reject], ClockAtLocal(2026, 3, 2)).ToSnapshot();

    private static string RestoreError(InvoiceReturnSnapshot snapshot) =>
        Assert.Throws<SnapshotRejectedException>(() => InvoiceReturnLifecycle.Restore(snapshot, ClockAtLocal(2026, 3, 3))).Message;

    [Fact]
    public void One_problem_is_reported_in_the_singular_with_the_parameter_name()
    {
        var snapshot = RejectedInvoiceReturn() with { Version = 5 };

        Assert.Equal(
            "The InvoiceReturnSnapshot of invoice 'INV-1' cannot be restored (1 problem): Version 5 does not match the history's 2 step(s): Version counts the transitions.",
            RestoreError(snapshot));
    }

    [Fact]
    public void More_than_twenty_problems_list_the_first_twenty_and_count_the_rest()
    {
        var good = RejectedInvoiceReturn();
        var snapshot = good with { History = new Transition<InvoiceReturnState, InvoiceReturnTrigger>[22], Version = 22 };
        var listed = string.Join("; ", Enumerable.Range(0, 20).Select(i => $"History[{i}] is null"));

        Assert.Equal(
            $"The InvoiceReturnSnapshot of invoice 'INV-1' cannot be restored (22 problems): {listed}; and 2 more.",
            RestoreError(snapshot));
    }

    [Fact]
    public void A_null_step_is_one_problem_and_does_not_make_later_steps_or_the_state_look_wrong()
    {
        var good = RejectedInvoiceReturn();

        Assert.EndsWith("(1 problem): History[0] is null.", RestoreError(good with { History = [null!, good.History[1]] }), StringComparison.Ordinal);
        Assert.EndsWith("(1 problem): History[1] is null.", RestoreError(good with { History = [good.History[0], null!] }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from")]
    [InlineData("to")]
    public void A_step_with_an_undefined_state_is_one_problem(string end)
    {
        var good = RejectedInvoiceReturn();
        var step = end == "from" ? good.History[1] with { From = (InvoiceReturnState)42 } : good.History[1] with { To = (InvoiceReturnState)42 };
        var shown = end == "from" ? "42 -Reject-> Rejected" : "RedLetterConfirmed -Reject-> 42";

        Assert.EndsWith(
            $"(1 problem): History[1] holds an undefined value ({shown}).",
            RestoreError(good with { History = [good.History[0], step] }),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_of_exactly_the_maximum_length_is_checked_step_by_step()
    {
        var good = RejectedInvoiceReturn();
        var atLimit = Enumerable.Repeat(good.History[1], 10_000).ToArray();

        var message = RestoreError(good with { History = atLimit, Version = atLimit.Length });

        Assert.DoesNotContain("more than the", message, StringComparison.Ordinal);
        Assert.Contains("History[0] starts in RedLetterConfirmed, not in the initial state Requested", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_over_the_maximum_length_is_the_only_problem_reported()
    {
        var good = RejectedInvoiceReturn();
        var tooLong = Enumerable.Repeat(good.History[1], 10_001).ToArray();

        Assert.Equal(
            "The InvoiceReturnSnapshot of invoice 'INV-1' cannot be restored (1 problem): History has 10001 steps, more than the 10000 a lifecycle can take.",
            RestoreError(good with { History = tooLong, Version = tooLong.Length }));
    }

    [Fact]
    public void Two_associate_steps_are_reported_as_a_broken_chain_only()
    {
        var good = LifecycleDrivers.Association([AssociationTrigger.Associate], ClockAtLocal(2026, 3, 2)).ToSnapshot();
        var twice = good with { History = [good.History[0], good.History[0]], Version = 2 };

        var message = Assert.Throws<SnapshotRejectedException>(() => CustomerAssociationLifecycle.Restore(twice, ClockAtLocal(2026, 3, 3))).Message;

        Assert.Equal(
            "The CustomerAssociationSnapshot of partner 'P-1' cannot be restored (1 problem): History[1] starts in Invited, but History[0] ended in AwaitingSignature.",
            message);
    }

    [Fact]
    public void A_restored_association_refuses_a_clock_before_its_last_step()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var saved = LifecycleDrivers.Association([AssociationTrigger.Associate], clock).ToSnapshot();
        var beforeLastStep = new FakeClock(saved.History[^1].At - Duration.FromMinutes(1));

        var restored = CustomerAssociationLifecycle.Restore(saved, beforeLastStep);

        Assert.Equal(
            LifecycleErrors.ClockWentBackwards(beforeLastStep.GetCurrentInstant(), saved.History[^1].At),
            Assert.Throws<PartnerRulesException>(() => restored.Fire(AssociationTrigger.SignNotice)).Message);
        Assert.Equal(AssociationState.AwaitingSignature, restored.State);
    }

    [Fact]
    public void A_refused_associate_leaves_no_account_pending()
    {
        var clock = ClockAtLocal(2026, 3, 20);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);
        Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(new CustomerAccount(Account, Local(2026, 3, 1))));

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(AssociationTrigger.Associate));

        Assert.Empty(refusal.Findings);
        Assert.Contains("Associate(account)", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(AssociationState.Invited, lifecycle.State);
    }

    [Fact]
    public void Restore_checks_the_clock_and_the_policy_of_a_valid_snapshot()
    {
        var snapshot = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Submit], ClockAtLocal(2026, 3, 2)).ToSnapshot();

        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => OpportunityLifecycle.Restore(snapshot, null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => OpportunityLifecycle.Restore(snapshot, ClockAtLocal(2026, 3, 3), ProgramPolicy.Default with { RequiredDeliveredPos = 0 })).ParamName);
    }

    [Fact]
    public void Argument_errors_say_what_was_wrong_and_what_to_pass()
    {
        var clock = ClockAtLocal(2026, 3, 2);

        Assert.Equal(
            LifecycleErrors.IdentifierDefault("PartnerId") + " (Parameter 'partner')",
            Assert.Throws<ArgumentException>(() => CustomerAssociationLifecycle.Invite(default, AssociationMode.Resale, clock)).Message);
        Assert.Equal(
            LifecycleErrors.IdentifierDefault("InvoiceId") + " (Parameter 'id')",
            Assert.Throws<ArgumentException>(() => InvoiceReturnLifecycle.Request(default, InvoiceKind.SpecialVat, clock)).Message);
        Assert.Equal(
            LifecycleErrors.IdentifierDefault("OpportunityId") + " (Parameter 'id')",
            Assert.Throws<ArgumentException>(() => OpportunityLifecycle.CreateDraft(default, clock)).Message);
        Assert.Equal(
            LifecycleErrors.OfferNeedsDecision + " (Parameter 'hoEligibility')",
            Assert.Throws<ArgumentNullException>(() => OpportunityLifecycle.Offer(Opp, null!, clock)).Message);
        Assert.StartsWith(
            LifecycleErrors.AssociationModeUndefined,
            Assert.Throws<ArgumentOutOfRangeException>(() => CustomerAssociationLifecycle.Invite(Partner, (AssociationMode)9, clock)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            LifecycleErrors.InvoiceKindUndefined,
            Assert.Throws<ArgumentOutOfRangeException>(() => InvoiceReturnLifecycle.Request(Invoice, (InvoiceKind)9, clock)).Message,
            StringComparison.Ordinal);

        var association = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);
        Assert.Equal(
            LifecycleErrors.AccountIdDefault + " (Parameter 'account')",
            Assert.Throws<ArgumentException>(() => association.Associate(new CustomerAccount(default, clock.GetCurrentInstant()))).Message);
    }

    [Fact]
    public void A_trigger_that_needs_a_reason_says_so()
    {
        var lifecycle = LifecycleDrivers.InvoiceReturn(InvoiceKind.SpecialVat, [InvoiceReturnTrigger.ConfirmRedLetter], ClockAtLocal(2026, 3, 2));

        Assert.Equal(
            LifecycleErrors.ReasonRequired("Reject") + " (Parameter 'reason')",
            Assert.Throws<ArgumentException>(() => lifecycle.Fire(InvoiceReturnTrigger.Reject, " ")).Message);
    }

    [Fact]
    public void An_edit_in_a_closed_state_is_refused_as_the_Edit_operation()
    {
        var lifecycle = LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Submit], ClockAtLocal(2026, 3, 2));

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Edit(CompleteForm));

        Assert.Equal("Edit", refusal.Trigger);
        Assert.Equal("Submitted", refusal.State);
    }
}
