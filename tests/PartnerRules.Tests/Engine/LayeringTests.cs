using System;
using System.IO;
using System.Linq;
using PartnerRules.Tests.Support;

namespace PartnerRules.Tests.Engine;

/// <summary>docs/architecture.md's dependency directions, held by the source: a folder below never imports a folder above.</summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData("Criteria", new[] { "Eligibility", "StaffLinks", "Incentives", "Engine", "Lifecycles" })]
    [InlineData("Resources", new[] { "Criteria", "Eligibility", "StaffLinks", "Incentives", "Engine" })]
    [InlineData("Eligibility", new[] { "Engine", "StaffLinks", "Incentives" })]
    [InlineData("StaffLinks", new[] { "Engine", "Eligibility", "Incentives" })]
    [InlineData("Incentives", new[] { "Engine", "Eligibility", "StaffLinks" })]
    public void A_folder_does_not_use_the_namespaces_above_it(string folder, string[] above)
    {
        var directory = Path.Combine(Repository.Root(), "src", "PartnerRules", folder);
        var files = Directory.GetFiles(directory, "*.cs");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var name in above)
            {
                Assert.False(
                    text.Contains("PartnerRules." + name + ";", StringComparison.Ordinal) || text.Contains("PartnerRules." + name + ".", StringComparison.Ordinal),
                    $"{folder}/{Path.GetFileName(file)} uses PartnerRules.{name}, a folder above it.");
            }
        }
    }

    [Fact]
    public void Every_rule_folder_type_lives_in_its_own_namespace_so_the_check_above_can_see_it()
    {
        var ruleTypes = typeof(PartnerRulesEngine).Assembly.GetTypes()
            .Where(t => t.Namespace is "PartnerRules.Eligibility" or "PartnerRules.StaffLinks" or "PartnerRules.Incentives" or "PartnerRules.Criteria")
            .ToList();

        Assert.Contains(ruleTypes, t => t.Name == "HoContext");
        Assert.Contains(ruleTypes, t => t.Name == "RuleRunner`2");
        Assert.DoesNotContain(typeof(PartnerRulesEngine).Assembly.GetTypes(), t => t.Namespace == "PartnerRules.Engine" && t.Name.EndsWith("Rule", StringComparison.Ordinal));
    }
}
