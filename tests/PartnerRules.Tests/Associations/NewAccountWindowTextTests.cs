using System;
using NodaTime;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Associations;

/// <summary>The new-account refusal spells the policy's window out: singular, plural, mixed units, and zero.</summary>
public sealed class NewAccountWindowTextTests
{
    private const string Sentence = "Cannot associate: contact your Huawei Cloud partner to submit the registration again (the account associated with a partner must be a new account created within ";

    public static TheoryData<string, string> Windows() => new()
    {
        { "P0D", "0 days" },
        { "P1D", "1 day" },
        { "P1W", "7 days" },
        { "P1Y1M2D", "1 year 1 month 2 days" },
        { "P2Y3M", "2 years 3 months" },
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void The_refusal_names_the_window(string window, string text)
    {
        using var culture = UiCulture("en-US");
        var policy = ProgramPolicy.Default with { NewAccountWindow = NodaTime.Text.PeriodPattern.Roundtrip.Parse(window).Value };
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2030, 3, 10), policy);

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(new CustomerAccount(Account, Local(2026, 3, 1))));

        Assert.Equal(Sentence + text + ")", Assert.Single(refusal.Findings).Message);
    }
}
