using System;
using NodaTime;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Associations;

/// <summary>An account the clock says cannot exist yet is refused word for word, and nothing changes.</summary>
public sealed class AssociationArgumentTextTests
{
    [Fact]
    public void An_account_created_after_the_clock_s_now_is_refused_naming_both_instants()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);
        var now = clock.GetCurrentInstant();

        var error = Assert.Throws<ArgumentException>(() => lifecycle.Associate(new CustomerAccount(Account, now + Duration.FromSeconds(1))));

        Assert.Equal("account", error.ParamName);
        Assert.Equal(
            $"The account was created at {now + Duration.FromSeconds(1)}, after the clock's now ({now}): an account cannot come from the future. Check the clock and the account data. (Parameter 'account')",
            error.Message);
        Assert.Equal(AssociationState.Invited, lifecycle.State);
        lifecycle.Associate(new CustomerAccount(Account, now));
        Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
    }
}
