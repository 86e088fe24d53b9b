using System;
using System.Collections.Generic;

namespace PartnerRules.Tests.Abstractions;

/// <summary>
/// The contracts' own guard texts word for word (a null policy version, a null list element, a null identifier given
/// to Parse), the empty value of a default lifecycle key, and the shared empty list.
/// </summary>
public sealed class ContractGuardTextTests
{
    private static readonly Finding Passed = new(FindingCodes.HoPceMember, true, "ok");

    private static readonly Decision Verdict = new(true, [Passed]);

    [Fact]
    public void A_null_policy_version_is_refused_saying_a_decision_names_its_version()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Verdict with { PolicyVersion = null! });

        Assert.Equal("PolicyVersion", error.ParamName);
        Assert.Equal("A decision names the policy version that made it; null was given. (Parameter 'PolicyVersion')", error.Message);
    }

    [Fact]
    public void A_null_finding_is_refused_naming_its_index_whether_given_to_the_constructor_or_through_with()
    {
        var built = Assert.Throws<ArgumentException>(() => new Decision(true, [Passed, null!]));
        var changed = Assert.Throws<ArgumentException>(() => Verdict with { Findings = [null!, Passed] });

        Assert.Equal("Findings", built.ParamName);
        Assert.Equal("Findings holds null at index 1; every element must be set. (Parameter 'Findings')", built.Message);
        Assert.Equal("Findings holds null at index 0; every element must be set. (Parameter 'Findings')", changed.Message);
    }

    [Fact]
    public void A_null_finding_in_a_refusal_is_named_by_the_refusal_s_parameter_whether_or_not_the_message_is_given()
    {
        var given = Assert.Throws<ArgumentException>(() => new InvalidTransitionException("Refused.", "Draft", "Submit", [], [Passed, Passed, null!]));
        var composed = Assert.Throws<ArgumentException>(() => new InvalidTransitionException("Draft", "Submit", [], [Passed, null!]));

        Assert.Equal("findings holds null at index 2; every element must be set. (Parameter 'findings')", given.Message);
        Assert.Equal("findings holds null at index 1; every element must be set. (Parameter 'findings')", composed.Message);
    }

    [Fact]
    public void Every_empty_list_of_findings_is_the_one_shared_empty_array_not_a_copy()
    {
        var decision = new Decision(false, new List<Finding>());

        Assert.Same(Array.Empty<Finding>(), decision.Findings);
        Assert.Same(Array.Empty<Finding>(), (Verdict with { Findings = new List<Finding>() }).Findings);
    }

    [Fact]
    public void A_default_lifecycle_key_reads_as_the_empty_string()
    {
        Assert.Equal(string.Empty, default(LifecycleKey).Value);
        Assert.Equal(string.Empty, default(LifecycleKey).ToString());
        Assert.True(default(LifecycleKey).IsDefault);
    }

    [Fact]
    public void Parse_refuses_null_naming_the_identifier_s_kind_and_its_parameter()
    {
        AssertNull("A partner id", () => PartnerId.Parse(null!, null));
        AssertNull("An account id", () => AccountId.Parse(null!, null));
        AssertNull("An opportunity id", () => OpportunityId.Parse(null!, null));
        AssertNull("An invoice id", () => InvoiceId.Parse(null!, null));
        AssertNull("A lifecycle key", () => LifecycleKey.Parse(null!, null));
    }

    private static void AssertNull(string kind, Func<object> parse)
    {
        var error = Assert.Throws<ArgumentNullException>(parse);

        Assert.Equal("s", error.ParamName);
        Assert.Equal($"{kind} needs a value; null was given. (Parameter 's')", error.Message);
    }
}
