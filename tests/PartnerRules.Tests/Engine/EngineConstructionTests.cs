using System;
using System.Linq;
using System.Reflection;
using NodaTime;
using PartnerRules.Engine;

namespace PartnerRules.Tests.Engine;

public sealed class EngineConstructionTests
{
    [Fact]
    public void Without_options_the_engine_uses_the_default_policy()
    {
        Assert.Same(ProgramPolicy.Default, new PartnerRulesEngine().Policy);
    }

    [Fact]
    public void The_engine_exposes_the_policy_it_was_given()
    {
        var policy = ProgramPolicy.Default with { RequiredDeliveredPos = 5 };

        Assert.Same(policy, new PartnerRulesEngine(new PartnerRulesOptions { Policy = policy }).Policy);
    }

    [Fact]
    public void A_null_policy_is_rejected_naming_the_options()
    {
        var error = Assert.Throws<ArgumentException>(() => new PartnerRulesEngine(new PartnerRulesOptions { Policy = null! }));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void An_invalid_policy_is_rejected_listing_every_problem()
    {
        var policy = ProgramPolicy.Default with { RequiredDeliveredPos = 0, StaffLinkPartnerLimit = 0 };

        var error = Assert.ThrowsAny<ArgumentException>(() => new PartnerRulesEngine(new PartnerRulesOptions { Policy = policy }));

        Assert.Contains("RequiredDeliveredPos", error.Message, StringComparison.Ordinal);
        Assert.Contains("StaffLinkPartnerLimit", error.Message, StringComparison.Ordinal);

        // The policy's own refusal, not a one-version schedule's: the options named a policy.
        var own = Assert.ThrowsAny<ArgumentException>(policy.Validate);
        Assert.Equal((own.GetType(), own.Message, own.ParamName), (error.GetType(), error.Message, error.ParamName));
        Assert.StartsWith("The programme policy is invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_figures_come_from_the_engines_policy()
    {
        var policy = ProgramPolicy.Default with { RequiredDeliveredPos = 1, DeliveredPoWindow = Period.FromMonths(1) };
        var engine = new PartnerRulesEngine(new PartnerRulesOptions { Policy = policy, Culture = Reference.Engines.EnglishCulture });
        var asOf = Reference.Time.Local(2026, 11, 29);
        var profile = Eligibility.Partners.Profile(PartnerStage.Certified, true,
            Eligibility.Partners.DeliveredPo(Reference.Time.Local(2026, 10, 29)), Eligibility.Partners.Po(asOf));

        var decision = engine.EvaluateHoEligibility(profile, asOf);

        Assert.Equal("Development path stage Certified: 1 of 1 required POs signed and delivered since 2026-10-29.", decision.Findings[2].Message);
        Assert.Equal(new LocalDate(2026, 11, 30), decision.ChangesOn);
    }

    [Fact]
    public void No_nrules_or_stateless_type_appears_in_a_public_signature()
    {
        var assembly = typeof(PartnerRulesEngine).Assembly;
        var offending = assembly.GetExportedTypes()
            .SelectMany(type => type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .SelectMany(member => SignatureTypes(member).Select(t => $"{type.Name}.{member.Name}: {t.FullName}"))
                .Concat(new[] { type.BaseType }.Concat(type.GetInterfaces()).Where(t => t is not null).Select(t => $"{type.Name}: {t!.FullName}")))
            .Where(text => text.Contains("NRules", StringComparison.Ordinal) || text.Contains("Stateless", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Every_public_type_lives_in_the_partner_rules_namespace()
    {
        var types = typeof(PartnerRulesEngine).Assembly.GetExportedTypes()
            .Where(t => t.Namespace != "PartnerRules" && t.Namespace != "Microsoft.Extensions.DependencyInjection");

        Assert.Empty(types);
    }

    [Fact]
    public void Rules_are_internal_and_sealed_with_name_description_and_tag()
    {
        Assert.All(RuleCatalogue.Entries, entry =>
        {
            Assert.False(entry.RuleType.IsPublic);
            Assert.True(entry.RuleType.IsSealed);
            Assert.EndsWith("Rule", entry.RuleType.Name, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(entry.Name));
            Assert.False(string.IsNullOrWhiteSpace(entry.Description));
            Assert.Single(entry.Tags);
        });
        Assert.Equal(11, RuleCatalogue.Entries.Count);
    }

    private static Type[] SignatureTypes(MemberInfo member) => member switch
    {
        MethodBase method => method.GetParameters().Select(p => p.ParameterType)
            .Concat(method is MethodInfo m ? new[] { m.ReturnType } : Array.Empty<Type>()).ToArray(),
        PropertyInfo property => new[] { property.PropertyType },
        FieldInfo field => new[] { field.FieldType },
        EventInfo e => new[] { e.EventHandlerType! },
        _ => Array.Empty<Type>(),
    };
}
