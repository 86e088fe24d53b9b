using System;
using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>Bad input everywhere is an ArgumentException naming the parameter, never a refused decision.</summary>
public sealed class BadInputTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29);

    [Fact]
    public void A_null_profile_is_rejected() =>
        Assert.Equal("partner", Assert.ThrowsAny<ArgumentException>(() => Engines.English.EvaluateHoEligibility((PartnerProfile)null!, AsOf)).ParamName);

    [Fact]
    public void A_profile_without_an_id_is_rejected() =>
        Assert.Equal("partner", Assert.Throws<ArgumentException>(() =>
            Engines.English.EvaluateHoEligibility(new PartnerProfile(default, PartnerStage.Certified, true), AsOf)).ParamName);

    [Fact]
    public void An_opportunity_without_an_id_is_rejected() =>
        Assert.Equal("partner", Assert.Throws<ArgumentException>(() =>
            Engines.English.EvaluateHoEligibility(Profile(PartnerStage.Certified, true, new OpportunityRecord(default, OpportunityOrigin.PartnerOriginated, AsOf)), AsOf)).ParamName);

    [Fact]
    public void A_null_list_of_profiles_is_rejected() =>
        Assert.Equal("partners", Assert.ThrowsAny<ArgumentException>(() => Engines.English.EvaluateHoEligibility((PartnerProfile[])null!, AsOf)).ParamName);

    [Fact]
    public void A_null_profile_in_a_batch_is_rejected_with_its_index()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() =>
            Engines.English.EvaluateHoEligibility(new[] { Profile(PartnerStage.Certified, true), null! }, AsOf));

        Assert.Equal("partners", error.ParamName);
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_opportunity_list_element_is_rejected_when_the_profile_is_built() =>
        Assert.ThrowsAny<ArgumentException>(() => Profile(PartnerStage.Certified, true, null!, Po(AsOf)));

    [Fact]
    public void A_default_inviting_partner_is_rejected() =>
        Assert.Equal("invitingPartner", Assert.Throws<ArgumentException>(() => Engines.English.EvaluateStaffLink(default, Account(), AsOf)).ParamName);

    [Fact]
    public void A_null_account_is_rejected() =>
        Assert.Equal("account", Assert.ThrowsAny<ArgumentException>(() => Engines.English.EvaluateStaffLink(Inviting, null!, AsOf)).ParamName);

    [Fact]
    public void An_account_without_an_id_is_rejected() =>
        Assert.Equal("account", Assert.Throws<ArgumentException>(() =>
            Engines.English.EvaluateStaffLink(Inviting, new PersonalAccount(default, Site.China), AsOf)).ParamName);

    [Fact]
    public void A_link_to_a_default_partner_is_rejected() =>
        Assert.Equal("account", Assert.Throws<ArgumentException>(() =>
            Engines.English.EvaluateStaffLink(Inviting, Account(new PartnerLink(default, AsOf)), AsOf)).ParamName);

    [Fact]
    public void An_unlink_before_its_link_is_rejected()
    {
        var account = Account(Link("P-2", Time.Local(2026, 5, 2), Time.Local(2026, 5, 1)));

        var error = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateStaffLink(Inviting, account, AsOf));

        Assert.Equal("account", error.ParamName);
        Assert.Contains("Links[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unlink_at_the_instant_of_its_link_is_accepted() =>
        Assert.True(Engines.English.EvaluateStaffLink(Inviting, Account(Link("P-2", AsOf, AsOf)), AsOf).IsApproved);
}
