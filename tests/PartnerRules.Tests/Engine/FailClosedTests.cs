using System;
using System.Globalization;
using PartnerRules.Criteria;
using PartnerRules.Eligibility;
using PartnerRules.Engine;
using PartnerRules.Incentives;
using PartnerRules.Resources;
using PartnerRules.StaffLinks;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>A criterion that yields no result, or a table with no matching row, never approves by omission.</summary>
public sealed class FailClosedTests
{
    private static readonly IncentiveContext IncentiveContext = new(ProgramPolicy.Default, CultureInfo.InvariantCulture);

    private static readonly IncentiveClaim Claim = new(new PartnerId("P-9"), IncentiveKind.Acceleration, CustomerType.Existing);

    [Fact]
    public void A_criterion_without_a_result_throws_naming_its_rule()
    {
        var context = new HoContext(ProgramPolicy.Default, Time.Local(2026, 11, 29), CultureInfo.InvariantCulture);
        var subject = new Subject<HoContext, PartnerProfile>(context, Eligibility.Partners.Profile(PartnerStage.Differentiated, true), 3);
        subject.Record(0, new CriterionResult(new Finding(FindingCodes.HoPceMember, true, "")));
        subject.Record(2, new CriterionResult(new Finding(FindingCodes.HoDevelopmentPath, true, "")));

        var error = Assert.Throws<PartnerRulesException>(() => CompiledRules.Instance.HoEligibility.Findings(subject, out _));

        Assert.Contains("'Shares and regularly updates opportunities' (HO.SHARES_OPPORTUNITIES)", error.Message, StringComparison.Ordinal);
        Assert.Contains("partner P-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_that_no_rule_has_seen_yields_nothing_and_fails_closed_on_the_first_criterion()
    {
        // Never inserted into a session: no criterion yields, so the first one is named.
        var incentive = new Subject<IncentiveContext, IncentiveClaim>(IncentiveContext, Claim, 2);

        var error = Assert.Throws<PartnerRulesException>(() => CompiledRules.Instance.Incentive.Findings(incentive, out _));

        Assert.Contains("'Spend period complete' (INCENTIVE.SPEND_PERIOD_COMPLETE)", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            EngineErrors.Format(EngineErrors.NoResult, "Spend period complete", FindingCodes.IncentiveSpendPeriodComplete, "an incentive claim of partner P-9"),
            error.Message);
    }

    [Fact]
    public void Each_subject_kind_is_named_by_identifiers_only_when_a_criterion_yields_nothing()
    {
        var rules = CompiledRules.Instance;
        var policy = ProgramPolicy.Default;
        var incentive = new Subject<IncentiveContext, IncentiveClaim>(IncentiveContext, Claim, 2);
        var staffContext = new StaffLinkContext(policy, new PartnerId("P-1"), Time.Local(2026, 11, 29), CultureInfo.InvariantCulture);
        var staff = new Subject<StaffLinkContext, PersonalAccount>(staffContext, new PersonalAccount(new AccountId("13800138000"), Site.China), 5);

        Assert.Equal(
            "Rule 'Spend period complete' (INCENTIVE.SPEND_PERIOD_COMPLETE) gave no result for an incentive claim of partner P-9; the decision is refused rather than approved by omission. This is a defect of the rule set: please report it.",
            Assert.Throws<PartnerRulesException>(() => rules.Incentive.Findings(incentive, out _)).Message);
        Assert.Equal(
            "Rule 'Not enterprise verified' (STAFF.NOT_ENTERPRISE_VERIFIED) gave no result for the personal account (id withheld: personal data); the decision is refused rather than approved by omission. This is a defect of the rule set: please report it.",
            Assert.Throws<PartnerRulesException>(() => rules.StaffLink.Findings(staff, out _)).Message);
    }

    [Fact]
    public void A_rule_that_fails_to_evaluate_is_named_in_a_partner_rules_exception()
    {
        var subject = new Subject<IncentiveContext, IncentiveClaim>(IncentiveContext, Claim, 2);
        subject.Record(1, new CriterionResult(new Finding(FindingCodes.IncentiveCommitteeApproval, true, "")));

        // The committee rule then records a second result for its slot, which is a rule error.
        var error = Assert.Throws<PartnerRulesException>(() => CompiledRules.Instance.Incentive.Run(subject));

        Assert.Contains("Committee approval", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void A_claim_that_no_row_of_the_incentive_table_matches_fails_closed_naming_the_claim()
    {
        var rules = CompiledRules.Instance;

        // An incentive kind outside the table: every criterion still decides, but no row rule matches.
        var subject = rules.Incentive.Run(IncentiveContext, Claim with { Kind = (IncentiveKind)7 });

        Assert.Equal(3, rules.Incentive.Findings(subject, out _).Length);
        var error = Assert.Throws<PartnerRulesException>(() => rules.Incentive.Outcome<IncentiveAmount>(subject, "incentive"));
        Assert.Equal(EngineErrors.Format(EngineErrors.NoOutcome, "incentive", "an incentive claim of partner P-9"), error.Message);
        Assert.Equal(
            "No rule of the incentive table matched an incentive claim of partner P-9; the decision is refused rather than decided by omission. This is a defect of the rule set: please report it.",
            error.Message);
    }

    [Fact]
    public void Two_rows_of_the_incentive_table_matching_one_claim_is_a_rule_error_naming_the_second_rule()
    {
        var subject = new Subject<IncentiveContext, IncentiveClaim>(IncentiveContext, Claim with { CommitteeApprovedAmount = Money.Cny(1m) }, 2);
        subject.Yield(new object());

        // The matching row then yields a second outcome.
        var error = Assert.Throws<PartnerRulesException>(() => CompiledRules.Instance.Incentive.Run(subject));

        Assert.Equal(EngineErrors.Format(EngineErrors.RuleFailed, "Acceleration, existing customer", EngineErrors.TwoOutcomes), error.Message);
    }
}
