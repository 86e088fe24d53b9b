using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.StaffLinks;

/// <summary>STAFF.NOT_LINKED_ELSEWHERE: no active link to a partner other than the inviting one.</summary>
public sealed class NotLinkedToAnotherPartnerRuleTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29, 10);

    [Fact]
    public void An_active_link_to_another_partner_refuses()
    {
        var decision = Engines.English.EvaluateStaffLink(Inviting, Account(Link("P-2", Time.Local(2026, 5, 1))), AsOf);

        Assert.Equal(new Finding(FindingCodes.StaffNotLinkedElsewhere, false, "Already linked to another partner: P-2.") { Count = 1 }, decision.Findings[1]);
        Assert.False(decision.IsApproved);
    }

    [Fact]
    public void An_active_link_to_the_inviting_partner_is_not_another_partner()
    {
        var decision = Engines.English.EvaluateStaffLink(Inviting, Account(Link("P-1", Time.Local(2026, 5, 1))), AsOf);

        Assert.True(decision.Findings[1].Passed);
        Assert.True(decision.IsApproved);
    }

    [Fact]
    public void An_ended_link_is_not_active()
    {
        var decision = Engines.English.EvaluateStaffLink(Inviting, Account(Link("P-2", Time.Local(2026, 5, 1), AsOf)), AsOf);

        Assert.True(decision.Findings[1].Passed);
    }

    [Fact]
    public void A_link_ending_later_today_is_still_active_and_the_verdict_flips_today()
    {
        var account = Account(Link("P-2", Time.Local(2026, 5, 1), AsOf + Duration.FromHours(2)));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.False(decision.Findings[1].Passed);
        Assert.Equal(new LocalDate(2026, 11, 29), decision.ChangesOn);
        Flip.AssertExact(decision, AsOf, t => Engines.English.EvaluateStaffLink(Inviting, account, t));
    }

    [Fact]
    public void A_future_link_to_another_partner_refuses_from_its_local_date()
    {
        var account = Account(Link("P-2", Time.Utc(2026, 12, 4, 16, 0, 0))); // 2026-12-05 in Shanghai

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.True(decision.IsApproved);
        Assert.Equal(new LocalDate(2026, 12, 5), decision.ChangesOn);
        Flip.AssertExact(decision, AsOf, t => Engines.English.EvaluateStaffLink(Inviting, account, t));
    }
}
