using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;

namespace PartnerRules.Tests.Eligibility;

public sealed class PceMemberRuleTests
{
    private static readonly NodaTime.Instant AsOf = Time.Local(2026, 11, 29);

    [Theory]
    [InlineData(true, "Member of the PCE programme.")]
    [InlineData(false, "Not a member of the PCE programme; joining it is required.")]
    public void Pce_membership_decides_the_first_finding(bool pce, string message)
    {
        var decision = Engines.English.EvaluateHoEligibility(Profile(PartnerStage.Differentiated, pce, Po(AsOf)), AsOf);

        Assert.Equal(new Finding("HO.PCE_MEMBER", pce, message), decision.Findings[0]);
        Assert.Equal(pce, decision.IsApproved);
    }

    [Fact]
    public void A_partner_outside_the_pce_programme_is_refused_for_good()
    {
        var decision = Engines.English.EvaluateHoEligibility(Profile(PartnerStage.Differentiated, false, Po(AsOf)), AsOf);

        Assert.False(decision.IsApproved);
        Assert.Null(decision.ChangesOn);
    }
}
