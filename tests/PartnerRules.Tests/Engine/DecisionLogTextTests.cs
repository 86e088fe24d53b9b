using System.Linq;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.Tests.DependencyInjection;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>The text of each decision event: codes, verdicts, dates and amounts only.</summary>
public sealed class DecisionLogTextTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29);

    private static (PartnerRulesEngine Engine, CollectingLoggerProvider Logs, ILoggerFactory Factory) Logged()
    {
        var logs = new CollectingLoggerProvider();
        var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        return (new PartnerRulesEngine(null, factory.CreateLogger<PartnerRulesEngine>()), logs, factory);
    }

    [Fact]
    public void A_refusal_lists_every_failed_code_and_a_decision_that_never_changes_says_so()
    {
        var (engine, logs, factory) = Logged();
        using (factory)
        {
            engine.EvaluateHoEligibility(new PartnerProfile(new PartnerId("P-1"), PartnerStage.Registered, false), AsOf);
        }

        Assert.Equal(
            "HO eligibility of partner P-1: approved False; failed [HO.PCE_MEMBER, HO.SHARES_OPPORTUNITIES, HO.DEVELOPMENT_PATH]; changes on never",
            Assert.Single(logs.Events).Message);
    }

    [Fact]
    public void An_approval_that_expires_gives_its_date()
    {
        var (engine, logs, factory) = Logged();
        Decision decision;
        using (factory)
        {
            decision = engine.EvaluateHoEligibility(Profile(PartnerStage.Differentiated, true, Po(AsOf)), AsOf);
        }

        Assert.True(decision.IsApproved);
        Assert.Equal(new LocalDate(2027, 2, 28), decision.ChangesOn);
        Assert.Equal("HO eligibility of partner P-1: approved True; failed []; changes on 2027-02-28", Assert.Single(logs.Events).Message);
    }

    [Fact]
    public void A_staff_link_event_names_the_inviting_partner_only()
    {
        var (engine, logs, factory) = Logged();
        using (factory)
        {
            engine.EvaluateStaffLink(Inviting, Account() with { IsEnterpriseVerified = true }, AsOf);
        }

        Assert.Equal("Staff link for partner P-1: approved False; failed [STAFF.NOT_ENTERPRISE_VERIFIED]; changes on never", Assert.Single(logs.Events).Message);
    }

    [Fact]
    public void An_incentive_event_gives_the_row_and_the_amount()
    {
        var (engine, logs, factory) = Logged();
        using (factory)
        {
            engine.EvaluateIncentive(new IncentiveClaim(new PartnerId("P-9"), IncentiveKind.Acceleration, CustomerType.Existing) { CommitteeApprovedAmount = Money.Cny(100m) });
        }

        Assert.Equal(
            "Incentive Acceleration/Existing for partner P-9: approved True; payable " + Money.Cny(100m) + "; capped False",
            logs.Events.Single().Message);
    }
}
