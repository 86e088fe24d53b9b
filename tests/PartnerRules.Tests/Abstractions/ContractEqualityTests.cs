using System;
using System.Collections.Generic;
using System.Text;
using NodaTime;
using PartnerRules;

using PartnerRules.Tests.Support;
namespace PartnerRules.Tests.Abstractions;

/// <summary>
/// Records compare every member: a copy that differs in any single member is not equal, an equal copy
/// is equal with an equal hash code, and nothing equals null.
/// </summary>
public sealed class ContractEqualityTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 1, 8, 0);

    private static readonly PartnerProfile Profile =
        new(new PartnerId("P"), PartnerStage.Certified, true) { Opportunities = [Po("1")] };

    private static readonly PersonalAccount Account =
        new(new AccountId("A"), Site.China) { Links = [new PartnerLink(new PartnerId("P1"), At)] };

    private static readonly IncentiveClaim Claim =
        new(new PartnerId("P"), IncentiveKind.Acceleration, CustomerType.Existing)
        {
            MonthlySpend = [Money.Cny(1m)],
            CommitteeApprovedAmount = Money.Cny(5m),
        };

    private static readonly Decision Verdict =
        new(true, [new Finding("HO.PCE_MEMBER", true, "ok")]) { ChangesOn = new LocalDate(2026, 5, 1) };

    private static readonly Dictionary<string, PartnerProfile> ProfileVariants = new()
    {
        ["Id"] = Profile with { Id = new PartnerId("Q") },
        ["Stage"] = Profile with { Stage = PartnerStage.Differentiated },
        ["IsPceMember"] = Profile with { IsPceMember = false },
        ["Opportunities"] = Profile with { Opportunities = [Po("2")] },
    };

    private static readonly Dictionary<string, PersonalAccount> AccountVariants = new()
    {
        ["Id"] = Account with { Id = new AccountId("B") },
        ["Site"] = Account with { Site = Site.International },
        ["IsRealNameVerified"] = Account with { IsRealNameVerified = true },
        ["IsEnterpriseVerified"] = Account with { IsEnterpriseVerified = true },
        ["IsPartnerAccount"] = Account with { IsPartnerAccount = true },
        ["Links"] = Account with { Links = [new PartnerLink(new PartnerId("P2"), At)] },
    };

    private static readonly Dictionary<string, IncentiveClaim> ClaimVariants = new()
    {
        ["Partner"] = Claim with { Partner = new PartnerId("Q") },
        ["Kind"] = Claim with { Kind = IncentiveKind.FirstCommercialProject },
        ["Customer"] = Claim with { Customer = CustomerType.New },
        ["CommitteeApprovedAmount"] = Claim with { CommitteeApprovedAmount = null },
        ["MonthlySpend"] = Claim with { MonthlySpend = [Money.Cny(2m)] },
        ["ProjectStartedOn"] = Claim with { ProjectStartedOn = new LocalDate(2026, 3, 1) },
    };

    private static readonly Dictionary<string, Decision> DecisionVariants = new()
    {
        ["IsApproved"] = Verdict with { IsApproved = false },
        ["Findings"] = Verdict with { Findings = [new Finding("HO.PCE_MEMBER", false, "ok")] },
        ["ChangesOn"] = Verdict with { ChangesOn = new LocalDate(2026, 5, 2) },
        ["PolicyVersion"] = Verdict with { PolicyVersion = "2027" },
    };

    public static TheoryData<string> ProfileMembers() => [.. ProfileVariants.Keys];

    public static TheoryData<string> AccountMembers() => [.. AccountVariants.Keys];

    public static TheoryData<string> ClaimMembers() => [.. ClaimVariants.Keys];

    public static TheoryData<string> DecisionMembers() => [.. DecisionVariants.Keys];

    [Theory]
    [MemberData(nameof(ProfileMembers))]
    public void A_profile_differs_from_one_that_differs_only_in(string member) =>
        EqualityAssert.Differs(Profile, ProfileVariants[member]);

    [Theory]
    [MemberData(nameof(AccountMembers))]
    public void An_account_differs_from_one_that_differs_only_in(string member) =>
        EqualityAssert.Differs(Account, AccountVariants[member]);

    [Theory]
    [MemberData(nameof(ClaimMembers))]
    public void A_claim_differs_from_one_that_differs_only_in(string member) =>
        EqualityAssert.Differs(Claim, ClaimVariants[member]);

    [Theory]
    [MemberData(nameof(DecisionMembers))]
    public void A_decision_differs_from_one_that_differs_only_in(string member) =>
        EqualityAssert.Differs(Verdict, DecisionVariants[member]);

    [Fact]
    public void Equal_copies_are_equal_with_equal_hash_codes_and_nothing_equals_null()
    {
        EqualityAssert.EqualCopy(Profile, new PartnerProfile(new PartnerId("P"), PartnerStage.Certified, true) { Opportunities = [Po("1")] });
        EqualityAssert.EqualCopy(Account, new PersonalAccount(new AccountId("A"), Site.China) { Links = [new PartnerLink(new PartnerId("P1"), At)] });
        EqualityAssert.EqualCopy(Claim, new IncentiveClaim(new PartnerId("P"), IncentiveKind.Acceleration, CustomerType.Existing)
        {
            MonthlySpend = [Money.Cny(1m)],
            CommitteeApprovedAmount = Money.Cny(5m),
        });
        EqualityAssert.EqualCopy(Verdict, new Decision(true, [new Finding("HO.PCE_MEMBER", true, "ok")]) { ChangesOn = new LocalDate(2026, 5, 1) });
    }

    [Fact]
    public void An_approved_decision_prints_true_and_separates_its_findings_with_commas()
    {
        var decision = new Decision(true, [new Finding("A", true, "a"), new Finding("B", true, "b")]);

        Assert.Equal(
            "Decision { IsApproved = True, Findings = [ Finding { Code = A, Passed = True, Message = a }, Finding { Code = B, Passed = True, Message = b } ], ChangesOn = null, PolicyVersion = default }",
            decision.ToString());
    }

    [Fact]
    public void PrintMembers_rejects_a_null_builder() =>
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => new PrintingDecision().Print(null!)).ParamName);

    [Fact]
    public void Default_identifiers_have_empty_values()
    {
        Assert.Equal(string.Empty, default(PartnerId).Value);
        Assert.Equal(string.Empty, default(InvoiceId).Value);
        Assert.Equal(string.Empty, default(AccountId).Value);
        Assert.Equal(string.Empty, default(OpportunityId).Value);
    }

    [Theory]
    [InlineData(null, typeof(ArgumentNullException), "A partner id needs a value; null was given. (Parameter 'value')")]
    [InlineData(" ", typeof(ArgumentException), "A partner id needs a non-blank value; an empty or whitespace-only string was given. (Parameter 'value')")]
    public void A_blank_identifier_is_rejected_with_a_message_that_says_what_was_given(string? value, Type exceptionType, string message)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new PartnerId(value!));
        Assert.Equal(exceptionType, ex.GetType());
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void Null_lists_are_rejected_with_a_message_that_says_what_to_do()
    {
        Assert.Equal(
            "Opportunities must be a list (use an empty list for none), not null. (Parameter 'Opportunities')",
            Assert.Throws<ArgumentNullException>(() => Profile with { Opportunities = null! }).Message);
        Assert.Equal(
            "MonthlySpend must be a list (use an empty list for none), not null. (Parameter 'MonthlySpend')",
            Assert.Throws<ArgumentNullException>(() => Claim with { MonthlySpend = null! }).Message);
    }

    [Fact]
    public void A_refusal_with_several_findings_lists_them_separated_by_spaces()
    {
        var ex = new InvalidTransitionException("Draft", "Submit", [],
            [new Finding("A", false, "First."), new Finding("B", false, "Second.")]);

        Assert.Equal("'Submit' was refused in state 'Draft': [A] First. [B] Second. No trigger is permitted there.", ex.Message);
    }

    [Fact]
    public void A_refusal_in_a_state_without_permitted_triggers_says_so()
    {
        var ex = new InvalidTransitionException("Completed", "Reject", [], []);

        Assert.Equal("'Reject' is not permitted in state 'Completed'. No trigger is permitted there.", ex.Message);
    }

    private static OpportunityRecord Po(string id) => new(new OpportunityId(id), OpportunityOrigin.PartnerOriginated, At);

    private sealed record PrintingDecision() : Decision(false, [])
    {
        public bool Print(StringBuilder builder) => PrintMembers(builder);
    }
}

public sealed class MoneyContractTests
{
    [Fact]
    public void Min_and_max_pick_the_right_operand_whichever_comes_first()
    {
        Assert.Equal(Money.Cny(1m), Money.Min(Money.Cny(2m), Money.Cny(1m)));
        Assert.Equal(Money.Cny(2m), Money.Max(Money.Cny(2m), Money.Cny(1m)));
        Assert.Equal(Money.Cny(1m), Money.Min(Money.Cny(1m), Money.Cny(2m)));
        Assert.Equal(Money.Cny(2m), Money.Max(Money.Cny(1m), Money.Cny(2m)));
    }

    [Fact]
    public void Strict_comparisons_are_false_for_equal_amounts()
    {
        Assert.False(Money.Cny(2m) < Money.Cny(2m));
        Assert.False(Money.Cny(2m) > Money.Cny(2m));
    }

    [Fact]
    public void Money_errors_say_what_was_wrong_and_what_to_do()
    {
        Assert.Equal(
            "default(Money) has no currency; create money with new Money(amount, currency) or Money.Cny(amount).",
            Assert.Throws<ArgumentException>(() => Money.Cny(1m) + default(Money)).Message);
        Assert.Equal(
            "Cannot combine CNY with USD: convert to one currency first.",
            Assert.Throws<ArgumentException>(() => Money.Cny(1m) - new Money(1m, "USD")).Message);
        Assert.Equal(
            "A currency is required: an ISO 4217 code such as \"CNY\". (Parameter 'currency')",
            Assert.Throws<ArgumentNullException>(() => new Money(1m, null!)).Message);
        Assert.Equal(
            "'cny' is not an ISO 4217 currency code: use three upper-case letters A-Z, such as \"CNY\". (Parameter 'currency')",
            Assert.Throws<ArgumentException>(() => new Money(1m, "cny")).Message);
    }

    [Fact]
    public void Default_money_is_rejected_on_either_side()
    {
        Assert.Throws<ArgumentException>(() => Money.Cny(1m).CompareTo(default));
        Assert.Throws<ArgumentException>(() => default(Money).CompareTo(Money.Cny(1m)));
    }
}
