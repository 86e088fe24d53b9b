using System;
using System.Globalization;
using PartnerRules.Eligibility;
using PartnerRules.Engine;
using PartnerRules.Incentives;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>A criterion that yields no result never approves by omission.</summary>
public sealed class FailClosedTests
{
    [Fact]
    public void A_criterion_without_a_result_throws_naming_its_rule()
    {
        var policy = ProgramPolicy.Default;
        var context = new HoContext(policy, Time.Local(2026, 11, 29), CultureInfo.InvariantCulture);
        var subject = HoSubject.Create(Eligibility.Partners.Profile(PartnerStage.Differentiated, true), context, policy);
        subject.Record(0, new CriterionResult(new Finding("HO.PCE_MEMBER", true, "")));
        subject.Record(2, new CriterionResult(new Finding("HO.DEVELOPMENT_PATH", true, "")));

        var error = Assert.Throws<PartnerRulesException>(() => subject.TakeResults(CompiledRules.Instance.HoEligibility.RuleSet));

        Assert.Contains("'Shares and regularly updates opportunities' (HO.SHARES_OPPORTUNITIES)", error.Message, StringComparison.Ordinal);
        Assert.Contains("partner P-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_without_the_context_fact_yields_nothing_and_fails_closed()
    {
        var subject = new IncentiveSubject(new IncentiveClaim(new PartnerId("P-9"), IncentiveKind.Acceleration, CustomerType.Existing));
        var rules = CompiledRules.Instance;

        // The context of another rule set: no incentive rule can match, so no criterion yields.
        rules.Incentive.Run(new object(), subject);

        var error = Assert.Throws<PartnerRulesException>(() => subject.TakeResults(rules.Incentive.RuleSet));
        Assert.Contains("'Spend period complete' (INCENTIVE.SPEND_PERIOD_COMPLETE)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_subject_kind_is_named_by_identifiers_only_when_a_criterion_yields_nothing()
    {
        var rules = CompiledRules.Instance;
        var policy = ProgramPolicy.Default;
        var incentive = new IncentiveSubject(new IncentiveClaim(new PartnerId("P-9"), IncentiveKind.Acceleration, CustomerType.Existing));
        var staffContext = new PartnerRules.StaffLinks.StaffLinkContext(policy, new PartnerId("P-1"), Time.Local(2026, 11, 29), CultureInfo.InvariantCulture);
        var staff = PartnerRules.StaffLinks.StaffLinkSubject.Create(new PersonalAccount(new AccountId("13800138000"), Site.China), staffContext, policy);

        Assert.Equal(
            "Rule 'Spend period complete' (INCENTIVE.SPEND_PERIOD_COMPLETE) gave no result for an incentive claim of partner P-9; the decision is refused rather than approved by omission. This is a defect of the rule set: please report it.",
            Assert.Throws<PartnerRulesException>(() => incentive.TakeResults(rules.Incentive.RuleSet)).Message);
        Assert.Equal(
            "Rule 'Not enterprise verified' (STAFF.NOT_ENTERPRISE_VERIFIED) gave no result for the personal account (id withheld: personal data); the decision is refused rather than approved by omission. This is a defect of the rule set: please report it.",
            Assert.Throws<PartnerRulesException>(() => staff.TakeResults(rules.StaffLink.RuleSet)).Message);
    }

    [Fact]
    public void A_rule_that_fails_to_evaluate_is_named_in_a_partner_rules_exception()
    {
        var subject = new IncentiveSubject(new IncentiveClaim(new PartnerId("P-9"), IncentiveKind.Acceleration, CustomerType.Existing));
        subject.Record(1, new CriterionResult(new Finding("INCENTIVE.COMMITTEE_APPROVAL", true, "")));
        var rules = CompiledRules.Instance;
        var context = new IncentiveContext(ProgramPolicy.Default, CultureInfo.InvariantCulture);

        // The committee rule then records a second result for its slot, which is a rule error.
        var error = Assert.Throws<PartnerRulesException>(() => rules.Incentive.Run(context, subject));

        Assert.Contains("Committee approval", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }
}
