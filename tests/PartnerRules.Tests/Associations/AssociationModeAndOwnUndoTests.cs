using NodaTime;
using NodaTime.Testing;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Associations;

/// <summary>
/// A consultative-sale association switches to resale and back; and the lifecycle's own undos count against the
/// next one by the latest of them, not the first.
/// </summary>
public sealed class AssociationModeAndOwnUndoTests
{
    private static CustomerAssociationLifecycle Associated(FakeClock clock, AssociationMode mode)
    {
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, mode, clock);
        lifecycle.Associate(new CustomerAccount(Account, clock.GetCurrentInstant()));
        lifecycle.Fire(AssociationTrigger.SignNotice);
        return lifecycle;
    }

    [Fact]
    public void A_consultative_sale_switches_to_resale_and_its_undo_switches_it_back()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = Associated(clock, AssociationMode.ConsultativeSale);

        lifecycle.Fire(AssociationTrigger.SwitchMode);
        Assert.Equal((AssociationState.ModeSwitched, AssociationMode.Resale), (lifecycle.State, lifecycle.Mode));
        var switched = lifecycle.ToSnapshot();
        Assert.Equal(AssociationMode.Resale, switched.Mode);
        var restored = CustomerAssociationLifecycle.Restore(switched, clock);
        Assert.Equal(AssociationMode.Resale, restored.Mode);

        clock.AdvanceDays(1);
        restored.Undo();

        Assert.Equal((AssociationState.Associated, AssociationMode.ConsultativeSale), (restored.State, restored.Mode));
    }

    [Fact]
    public void Of_two_own_undos_the_later_one_refuses_a_third_within_three_months()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = Associated(clock, AssociationMode.Resale);
        lifecycle.Fire(AssociationTrigger.SwitchMode);
        clock.AdvanceDays(1);
        lifecycle.Undo(); // 2026-03-03
        clock.Reset(Local(2026, 6, 10));
        lifecycle.Fire(AssociationTrigger.SwitchMode);
        lifecycle.Undo(); // 2026-06-10: more than three months after the first
        clock.AdvanceDays(1);
        lifecycle.Fire(AssociationTrigger.SwitchMode);
        clock.AdvanceDays(1);

        // 2026-06-12: the first undo alone would allow it (possible again from 2026-06-04), the second does not.
        var error = Assert.Throws<InvalidTransitionException>(() => lifecycle.Undo());

        var finding = Assert.Single(error.Findings);
        Assert.Equal("ASSOCIATION.UNDO_INTERVAL", finding.Code);
        Assert.Equal(new LocalDate(2026, 9, 11), finding.PassesOn);
        Assert.Equal(AssociationState.ModeSwitched, lifecycle.State);
    }
}
