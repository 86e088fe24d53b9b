using System;
using System.Globalization;
using System.Linq;
using NRules;
using PartnerRules.Criteria;
using PartnerRules.Engine;
using PartnerRules.Incentives;
using PartnerRules.Resources;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// The rule sets compiled inside the test, not once per process: their metadata, the session pool and the
/// error paths are pinned on a compilation that every test run (and every mutant) builds again.
/// </summary>
public sealed class FreshCompilationTests
{
    [Fact]
    public void Every_rule_set_lists_its_codes_and_rule_names_in_decision_order()
    {
        var rules = new CompiledRules();

        Assert.Equal("HoEligibility", rules.HoEligibility.RuleSet.Tag);
        Assert.Equal(["HO.PCE_MEMBER", "HO.SHARES_OPPORTUNITIES", "HO.DEVELOPMENT_PATH"], rules.HoEligibility.RuleSet.Codes);
        Assert.Equal(
            ["PCE member", "Shares and regularly updates opportunities", "Differentiated, or Certified with delivered POs"],
            rules.HoEligibility.RuleSet.RuleNames);
        Assert.Equal("StaffLink", rules.StaffLink.RuleSet.Tag);
        Assert.Equal(
            ["STAFF.NOT_ENTERPRISE_VERIFIED", "STAFF.NOT_LINKED_ELSEWHERE", "STAFF.REAL_NAME_VERIFIED", "STAFF.NOT_PARTNER_ACCOUNT", "STAFF.LINK_LIMIT"],
            rules.StaffLink.RuleSet.Codes);
        Assert.Equal(
            ["Not enterprise verified", "Not linked to another partner", "Real-name verified on the China site", "Not a partner account", "Link limit within one year"],
            rules.StaffLink.RuleSet.RuleNames);
        Assert.Equal("Incentive", rules.Incentive.RuleSet.Tag);
        Assert.Equal(["INCENTIVE.SPEND_PERIOD_COMPLETE", "INCENTIVE.COMMITTEE_APPROVAL", "INCENTIVE.NEW_CUSTOMER_PRIOR_CASH"], rules.Incentive.RuleSet.Codes);
        Assert.Equal(["Spend period complete", "Committee approval", "New customer prior cash"], rules.Incentive.RuleSet.RuleNames);
    }

    [Fact]
    public void A_pooled_session_is_kept_for_reuse_and_holds_no_facts()
    {
        var runner = new CompiledRules().Incentive;

        for (var i = 0; i < 3; i++)
        {
            var subject = runner.Run(Context, Claim);
            Assert.Equal(3, runner.Findings(subject, out _).Length);
        }

        var session = Assert.Single(runner.PooledSessions);
        Assert.Empty(session.Query<object>());
    }

    [Fact]
    public void A_session_that_threw_is_not_pooled_and_the_error_names_the_rule_and_the_cause()
    {
        var runner = new CompiledRules().Incentive;
        var subject = Subject();
        subject.Record(1, new CriterionResult(new Finding(FindingCodes.IncentiveCommitteeApproval, true, "")));

        // The committee rule then records a second result for its slot, which is a rule error.
        var error = Assert.Throws<PartnerRulesException>(() => runner.Run(subject));

        Assert.Equal(
            "Rule 'Committee approval' failed to evaluate: The criterion in slot 1 gave two results for one subject; each criterion must match its subject once.",
            error.Message);
        Assert.Equal(
            EngineErrors.Format(EngineErrors.RuleFailed, "Committee approval", EngineErrors.Format(EngineErrors.TwoResultsForOneSlot, 1)),
            error.Message);
        Assert.IsType<RuleRhsExpressionEvaluationException>(error.InnerException);
        Assert.Empty(runner.PooledSessions);
    }

    [Fact]
    public void A_batch_whose_rule_fails_throws_the_same_named_error()
    {
        var runner = new CompiledRules().Incentive;
        var broken = Subject();
        broken.Record(0, new CriterionResult(new Finding(FindingCodes.IncentiveSpendPeriodComplete, true, "")));

        var error = Assert.Throws<PartnerRulesException>(() => runner.Run([Subject(), broken]));

        Assert.Equal(
            "Rule 'Spend period complete' failed to evaluate: The criterion in slot 0 gave two results for one subject; each criterion must match its subject once.",
            error.Message);
        Assert.IsType<RuleRhsExpressionEvaluationException>(error.InnerException);
    }

    [Fact]
    public void A_rule_whose_code_is_not_in_its_set_cannot_be_compiled()
    {
        Assert.Equal(1, CriterionRule<IncentiveContext, IncentiveClaim>.IndexOf(["A", "B", "C"], "B"));
        Assert.Equal(2, CriterionRule<IncentiveContext, IncentiveClaim>.IndexOf(["A", "B", "C"], "C"));

        var error = Assert.Throws<InvalidOperationException>(() => CriterionRule<IncentiveContext, IncentiveClaim>.IndexOf(["A", "B"], "b"));

        Assert.Equal("Finding code 'b' is not in its rule set's code list.", error.Message);
    }

    [Fact]
    public void A_missing_message_resource_is_an_error_not_a_blank_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Messages.Get(CultureInfo.InvariantCulture, "NoSuchMessage"));

        Assert.Equal("The message resource 'NoSuchMessage' is missing from Messages.resx.", error.Message);
    }

    private static readonly IncentiveContext Context = new(ProgramPolicy.Default, CultureInfo.InvariantCulture);

    private static readonly IncentiveClaim Claim =
        new(new PartnerId("P-9"), IncentiveKind.Acceleration, CustomerType.Existing) { CommitteeApprovedAmount = Money.Cny(100m) };

    private static Subject<IncentiveContext, IncentiveClaim> Subject() => new(Context, Claim, FindingCodes.Incentive.Count);
}
