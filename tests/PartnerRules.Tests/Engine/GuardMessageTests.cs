using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using PartnerRules.Resources;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// The exact text of every guard clause at the public entry points: what was wrong, where, and what to do. The
/// parameter is named in the message's standard suffix.
/// </summary>
public sealed class GuardMessageTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29);

    private static void AssertMessage(string expected, string paramName, Exception? error)
    {
        var argument = Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Equal(paramName, argument.ParamName);
        Assert.Equal($"{expected} (Parameter '{paramName}')", argument.Message);
    }

    [Fact]
    public void A_profile_without_an_id() => AssertMessage(
        "The partner profile has Id default(PartnerId); set the partner's id.",
        "partner",
        Record.Exception(() => Engines.English.EvaluateHoEligibility(new PartnerProfile(default, PartnerStage.Certified, true), AsOf)));

    [Fact]
    public void A_profile_without_an_id_in_a_batch_names_its_index() => AssertMessage(
        "The partner profile at index 1 has Id default(PartnerId); set the partner's id.",
        "partners",
        Record.Exception(() => Engines.English.EvaluateHoEligibility([Profile(PartnerStage.Certified, true), new PartnerProfile(default, PartnerStage.Certified, true)], AsOf)));

    [Fact]
    public void An_opportunity_without_an_id_names_its_index_and_partner() => AssertMessage(
        "Opportunities[1] of partner P-1 has Id default(OpportunityId); set the opportunity's id.",
        "partner",
        Record.Exception(() => Engines.English.EvaluateHoEligibility(
            Profile(PartnerStage.Certified, true, Po(AsOf), new OpportunityRecord(default, OpportunityOrigin.PartnerOriginated, AsOf)), AsOf)));

    [Fact]
    public void An_account_without_an_id() => AssertMessage(
        "The account has Id default(AccountId); set the account's id.",
        "account",
        Record.Exception(() => Engines.English.EvaluateStaffLink(Inviting, new PersonalAccount(default, Site.China), AsOf)));

    [Fact]
    public void A_default_inviting_partner() => AssertMessage(
        "The inviting partner is default(PartnerId); pass the partner's id.",
        "invitingPartner",
        Record.Exception(() => Engines.English.EvaluateStaffLink(default, Account(), AsOf)));

    [Fact]
    public void A_link_to_a_default_partner_names_its_index() => AssertMessage(
        "Links[1] has Partner default(PartnerId); set the partner's id.",
        "account",
        Record.Exception(() => Engines.English.EvaluateStaffLink(Inviting, Account(Link("P-2", AsOf), new PartnerLink(default, AsOf)), AsOf)));

    [Fact]
    public void A_claim_without_a_partner() => AssertMessage(
        "The claim's Partner is default(PartnerId); set the claiming partner's id.",
        "claim",
        Record.Exception(() => Engines.English.EvaluateIncentive(new IncentiveClaim(default, IncentiveKind.Acceleration, CustomerType.Existing))));

    [Fact]
    public void A_profile_of_an_undeclared_stage_names_the_partner_its_index_and_the_declared_stages() => AssertMessage(
        "The partner profile P-2 at index 1 has Stage 7, not a declared PartnerStage; use one of: Registered, Certified, Differentiated.",
        "partners",
        Record.Exception(() => Engines.English.EvaluateHoEligibility(
            [Profile(PartnerStage.Certified, true), new PartnerProfile(new PartnerId("P-2"), (PartnerStage)7, true)], AsOf)));

    [Fact]
    public void An_opportunity_of_an_undeclared_origin_names_its_index_and_partner() => AssertMessage(
        "Opportunities[1] of partner P-1 has Origin -1, not a declared OpportunityOrigin; use one of: PartnerOriginated, HuaweiOriginated.",
        "partner",
        Record.Exception(() => Engines.English.EvaluateHoEligibility(
            Profile(PartnerStage.Certified, true, Po(AsOf), new OpportunityRecord(new OpportunityId("O-9"), (OpportunityOrigin)(-1), AsOf)), AsOf)));

    [Theory]
    [InlineData(7, CustomerType.New, "Kind is 7, not a declared IncentiveKind; use one of: FirstCommercialProject, Acceleration")]
    [InlineData(0, (CustomerType)2, "Customer is 2, not a declared CustomerType; use one of: New, Existing")]
    public void A_claim_of_an_undeclared_kind_or_customer_is_bad_input_not_a_defect_of_the_rule_set(int kind, CustomerType customer, string expected) =>
        AssertMessage(
            $"The claim's {expected}.",
            "claim",
            Record.Exception(() => Engines.English.EvaluateIncentive(new IncentiveClaim(new PartnerId("P-9"), (IncentiveKind)kind, customer))));

    [Fact]
    public void Options_without_a_policy_for_the_engine() => AssertMessage(
        "PartnerRulesOptions.Policy is null; leave it at ProgramPolicy.Default or set a policy.",
        "options",
        Record.Exception(() => new PartnerRulesEngine(new PartnerRulesOptions { Policy = null! })));

    [Fact]
    public void Options_without_a_policy_at_registration() => AssertMessage(
        "PartnerRulesOptions.Policy is null; leave it at ProgramPolicy.Default or set a policy.",
        "configure",
        Record.Exception(() => new ServiceCollection().AddPartnerRules(o => o.Policy = null!)));

    [Theory]
    [InlineData("A", "partner id")]
    [InlineData("An", "account id")]
    [InlineData("An", "invoice id")]
    [InlineData("An", "opportunity id")]
    public void Blank_identifiers_name_their_kind_with_its_article(string article, string kind)
    {
        Action create = kind switch
        {
            "partner id" => () => _ = new PartnerId(" "),
            "account id" => () => _ = new AccountId(" "),
            "invoice id" => () => _ = new InvoiceId(" "),
            _ => () => _ = new OpportunityId(" "),
        };
        Action createNull = kind switch
        {
            "partner id" => () => _ = new PartnerId(null!),
            "account id" => () => _ = new AccountId(null!),
            "invoice id" => () => _ = new InvoiceId(null!),
            _ => () => _ = new OpportunityId(null!),
        };

        AssertMessage($"{article} {kind} needs a non-blank value; an empty or whitespace-only string was given.", "value", Record.Exception(create));
        AssertMessage($"{article} {kind} needs a value; null was given.", "value", Record.Exception(createNull));
    }

    [Fact]
    public void Registration_keeps_the_configured_options()
    {
        var options = default(PartnerRulesOptions);
        using var provider = new ServiceCollection().AddPartnerRules(o => options = o).BuildServiceProvider();

        Assert.Same(options, provider.GetRequiredService<PartnerRulesOptions>());
    }

    [Fact]
    public void Every_guard_text_of_the_engine_is_its_engine_errors_constant()
    {
        AssertMessage(EngineErrors.Format(EngineErrors.ProfileIdDefault, string.Empty), "partner",
            Record.Exception(() => Engines.English.EvaluateHoEligibility(new PartnerProfile(default, PartnerStage.Certified, true), AsOf)));
        AssertMessage(EngineErrors.InvitingPartnerDefault, "invitingPartner", Record.Exception(() => Engines.English.EvaluateStaffLink(default, Account(), AsOf)));
        AssertMessage(EngineErrors.Format(EngineErrors.LinkPartnerDefault, 1), "account",
            Record.Exception(() => Engines.English.EvaluateStaffLink(Inviting, Account(Link("P-2", AsOf), new PartnerLink(default, AsOf)), AsOf)));
        AssertMessage(EngineErrors.ClaimPartnerDefault, "claim",
            Record.Exception(() => Engines.English.EvaluateIncentive(new IncentiveClaim(default, IncentiveKind.Acceleration, CustomerType.Existing))));
        AssertMessage(EngineErrors.PolicyNull, "options", Record.Exception(() => new PartnerRulesEngine(new PartnerRulesOptions { Policy = null! })));
        AssertMessage(EngineErrors.PolicyNull, "configure", Record.Exception(() => new ServiceCollection().AddPartnerRules(o => o.Policy = null!)));
    }

    [Fact]
    public void Default_money_has_an_empty_currency() => Assert.Equal(string.Empty, default(Money).Currency);
}
