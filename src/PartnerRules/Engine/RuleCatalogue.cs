using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NRules.Fluent;

namespace PartnerRules.Engine;

/// <summary>One criterion rule as the catalogue lists it.</summary>
internal sealed record RuleCatalogueEntry(
    string RuleSet, string Code, string Name, string Description, IReadOnlyList<string> Tags, IReadOnlyList<string> PolicyValues, Type RuleType);

/// <summary>
/// The rules' metadata (NRules <c>[Name]</c>, <c>[Description]</c>, <c>[Tag]</c>, plus each rule's
/// code and the policy values it reads), read once; <see cref="ToMarkdown()"/> renders <c>docs/rules.md</c>.
/// </summary>
internal static class RuleCatalogue
{
    private static readonly Lazy<IReadOnlyList<RuleCatalogueEntry>> LazyEntries = new(() => Load());

    /// <summary>Every criterion rule, by rule set, in decision order.</summary>
    public static IReadOnlyList<RuleCatalogueEntry> Entries => LazyEntries.Value;

    /// <summary>The catalogue as Markdown (LF line ends), the content of <c>docs/rules.md</c>.</summary>
    public static string ToMarkdown() => ToMarkdown(Entries);

    /// <summary>The catalogue of <paramref name="entries"/> as Markdown (tests render a freshly loaded catalogue).</summary>
    internal static string ToMarkdown(IReadOnlyList<RuleCatalogueEntry> entries)
    {
        var policy = ProgramPolicy.Default;
        var text = new StringBuilder();
        text.Append("# Rule catalogue\n\n")
            .Append("Generated from the rules' metadata by `RuleCatalogue.ToMarkdown()` (src/PartnerRules/Engine/RuleCatalogue.cs);\n")
            .Append("`RuleCatalogueTests` fails when this file drifts; `PARTNERRULES_UPDATE_DOCS=1 dotnet test` regenerates it. Do not edit by hand.\n\n")
            .Append("Every criterion rule matches its subject and yields a finding, pass or fail; a decision lists the\n")
            .Append("findings in the order below and is approved when all pass. Policy values are `ProgramPolicy`\n")
            .Append("properties, shown with their defaults.\n");
        foreach (var tag in RuleSets.Tags)
        {
            text.Append("\n## ").Append(RuleSets.TitleOf(tag)).Append(" (tag `").Append(tag).Append("`)\n\n")
                .Append("| # | Code | Rule | Description | Policy values |\n")
                .Append("| --- | --- | --- | --- | --- |\n");
            var number = 0;
            foreach (var entry in entries.Where(e => e.RuleSet == tag))
            {
                number++;
                text.Append("| ").Append(number.ToString(CultureInfo.InvariantCulture))
                    .Append(" | `").Append(entry.Code).Append('`')
                    .Append(" | ").Append(entry.Name).Append(" (`").Append(entry.RuleType.Name).Append("`)")
                    .Append(" | ").Append(entry.Description.Replace("|", "\\|"))
                    .Append(" | ").Append(entry.PolicyValues.Count == 0 ? "none" : string.Join(", ", entry.PolicyValues.Select(v => $"`{v}` = {DefaultOf(policy, v)}")))
                    .Append(" |\n");
            }
        }

        text.Append("\n## Incentive amounts (computed once the criteria pass)\n\n")
            .Append("A refused claim pays zero in the programme currency and still reports the row's cap; `IsCapped` is true only\n")
            .Append("when the cap lowered the amount.\n\n")
            .Append("| Incentive | Customer | Amount | Cap | Policy values |\n")
            .Append("| --- | --- | --- | --- | --- |\n");
        foreach (var (kind, customer, amount, cap, values) in IncentiveRowsTable)
        {
            text.Append("| ").Append(kind).Append(" | ").Append(customer).Append(" | ").Append(amount).Append(" | ").Append(cap)
                .Append(" | ").Append(string.Join(", ", values.Select(v => $"`{v}` = {DefaultOf(policy, v)}"))).Append(" |\n");
        }

        return text.ToString();
    }

    private static readonly (string Kind, string Customer, string Amount, string Cap, string[] PolicyValues)[] IncentiveRowsTable =
    {
        ("First commercial project", "New", "sum of the first months of spend", "yes",
            new[] { nameof(ProgramPolicy.FirstProjectNewCustomerSpendMonths), nameof(ProgramPolicy.FirstProjectNewCustomerCap) }),
        ("First commercial project", "Existing", "fixed amount", "none",
            new[] { nameof(ProgramPolicy.FirstProjectExistingCustomerAmount) }),
        ("Acceleration", "New", "sum of the first months of spend", "yes",
            new[] { nameof(ProgramPolicy.AccelerationNewCustomerSpendMonths), nameof(ProgramPolicy.AccelerationNewCustomerCap) }),
        ("Acceleration", "Existing", "the committee-approved amount", "yes",
            new[] { nameof(ProgramPolicy.AccelerationExistingCustomerCap) }),
    };

    // Formatted invariantly (IFormattable values such as Period and Money included).
    private static string DefaultOf(ProgramPolicy policy, string property) =>
        string.Format(CultureInfo.InvariantCulture, "{0}", typeof(ProgramPolicy).GetProperty(property)!.GetValue(policy));

    /// <summary>Reads the metadata of every criterion rule afresh; everything but tests uses <see cref="Entries"/>.</summary>
    internal static List<RuleCatalogueEntry> Load()
    {
        var metadata = new List<IRuleMetadata>();
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(RuleCatalogue).Assembly).PrivateTypes().Where(rule =>
        {
            metadata.Add(rule);
            return false;
        }));

        var entries = new List<RuleCatalogueEntry>();
        foreach (var tag in RuleSets.Tags)
        {
            var codes = RuleSets.CodesOf(tag);
            var tagged = metadata.Where(m => m.IsTagged(tag))
                .Select(m => (Metadata: m, Rule: (ICriterionRule)Activator.CreateInstance(m.RuleType, nonPublic: true)!))
                .ToList();
            foreach (var code in codes)
            {
                var deciding = tagged.Where(r => r.Rule.Code == code).ToList();
                if (deciding.Count != 1)
                {
                    throw new InvalidOperationException($"Rule set '{tag}' needs exactly one rule for code {code}; found {deciding.Count}.");
                }

                var (m, rule) = deciding[0];
                entries.Add(new RuleCatalogueEntry(tag, code, m.Name, m.Description ?? string.Empty, m.Tags.ToArray(), rule.PolicyValues, m.RuleType));
            }

            if (tagged.Count != codes.Length)
            {
                throw new InvalidOperationException($"Rule set '{tag}' has {tagged.Count} rules for {codes.Length} codes; every rule decides one code.");
            }
        }

        return entries;
    }
}
