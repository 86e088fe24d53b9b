using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.StaffLinks;

/// <summary>STAFF.NOT_ENTERPRISE_VERIFIED, STAFF.REAL_NAME_VERIFIED and STAFF.NOT_PARTNER_ACCOUNT: properties of the account alone.</summary>
public sealed class AccountCriteriaTests
{
    private static readonly NodaTime.Instant AsOf = Time.Local(2026, 11, 29);

    [Fact]
    public void A_clean_personal_account_may_be_linked_and_every_criterion_says_why()
    {
        var decision = Engines.English.EvaluateStaffLink(Inviting, Account(), AsOf);

        Assert.True(decision.IsApproved);
        Assert.Null(decision.ChangesOn);
        Assert.Equal(
            new[]
            {
                new Finding("STAFF.NOT_ENTERPRISE_VERIFIED", true, "Not real-name verified as an enterprise user."),
                new Finding(FindingCodes.StaffNotLinkedElsewhere, true, "Not linked to another partner.") { Count = 0 },
                new Finding("STAFF.REAL_NAME_VERIFIED", true, "Real-name verified (China site)."),
                new Finding("STAFF.NOT_PARTNER_ACCOUNT", true, "Not a Huawei Cloud partner account."),
                new Finding(FindingCodes.StaffLinkLimit, true, "Linked with 0 distinct partner(s) since 2025-11-29, below the limit of 3.") { Count = 0, Limit = 3, WindowStart = new NodaTime.LocalDate(2025, 11, 29) },
            },
            decision.Findings);
    }

    [Fact]
    public void An_enterprise_verified_account_is_refused()
    {
        var decision = Engines.English.EvaluateStaffLink(Inviting, Account() with { IsEnterpriseVerified = true }, AsOf);

        Assert.False(decision.IsApproved);
        Assert.Equal(new Finding("STAFF.NOT_ENTERPRISE_VERIFIED", false, "Real-name verified as an enterprise user; only a personal account can be linked."), decision.Findings[0]);
    }

    [Theory]
    [InlineData(Site.China, true, true, "Real-name verified (China site).")]
    [InlineData(Site.China, false, false, "Not real-name verified; the China site requires real-name verification.")]
    [InlineData(Site.International, false, true, "Does not apply: real-name verification is required on the China site only.")]
    [InlineData(Site.International, true, true, "Does not apply: real-name verification is required on the China site only.")]
    public void Real_name_verification_is_required_on_the_china_site_only(Site site, bool verified, bool passed, string message)
    {
        var account = new PersonalAccount(new AccountId("A-1"), site) { IsRealNameVerified = verified };

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.Equal(new Finding("STAFF.REAL_NAME_VERIFIED", passed, message), decision.Findings[2]);
        Assert.Equal(passed, decision.IsApproved);
    }

    [Fact]
    public void A_partner_account_is_refused()
    {
        var decision = Engines.English.EvaluateStaffLink(Inviting, Account() with { IsPartnerAccount = true }, AsOf);

        Assert.Equal(new Finding("STAFF.NOT_PARTNER_ACCOUNT", false, "The account is a Huawei Cloud partner account; it cannot be linked as a project specialist."), decision.Findings[3]);
        Assert.False(decision.IsApproved);
    }

    [Fact]
    public void A_refusal_names_every_unmet_criterion()
    {
        var now = AsOf;
        var account = new PersonalAccount(new AccountId("A-1"), Site.China)
        {
            IsEnterpriseVerified = true,
            IsPartnerAccount = true,
            Links = new[] { Link("P-2", Time.Local(2026, 1, 1)), Link("P-3", Time.Local(2026, 2, 1)), Link("P-4", Time.Local(2026, 3, 1)) },
        };

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, now);

        Assert.False(decision.IsApproved);
        Assert.All(decision.Findings, f => Assert.False(f.Passed));
        Assert.Equal(5, decision.FailedFindings().Count);
        Assert.Null(decision.ChangesOn);
    }
}
