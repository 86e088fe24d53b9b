using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NRules.Fluent;
using PartnerRules.Criteria;
using PartnerRules.Incentives;
using PartnerRules.Resources;

namespace PartnerRules.Engine;

/// <summary>One criterion rule as the catalogue lists it.</summary>
internal sealed record RuleCatalogueEntry(
    string RuleSet, string Code, string Name, string Description, IReadOnlyList<string> Tags, IReadOnlyList<string> PolicyValues, Type RuleType)
{
    /// <summary>The <see cref="Finding"/> figures the rule sets.</summary>
    public IReadOnlyList<string> Figures { get; init; } = Array.Empty<string>();
}

/// <summary>One incentive row rule as the catalogue lists it.</summary>
internal sealed record IncentiveRowEntry(
    IncentiveKind Kind, CustomerType Customer, string Name, string Description, IReadOnlyList<string> PolicyValues, Type RuleType);

/// <summary>
/// The rules' metadata (NRules <c>[Name]</c>, <c>[Description]</c>, <c>[Tag]</c>, plus each rule's
/// code and the policy values it reads), read once; <see cref="ToMarkdown()"/> renders <c>docs/rules.md</c>.
/// </summary>
internal static class RuleCatalogue
{
    private static readonly Lazy<IReadOnlyList<RuleCatalogueEntry>> LazyEntries = new(() => Load());

    /// <summary>Every criterion rule, by rule set, in decision order.</summary>
    public static IReadOnlyList<RuleCatalogueEntry> Entries => LazyEntries.Value;

    private static readonly Lazy<IReadOnlyList<IncentiveRowEntry>> LazyRows = new(() => LoadRows());

    /// <summary>The incentive table's row rules, by incentive and customer type.</summary>
    public static IReadOnlyList<IncentiveRowEntry> Rows => LazyRows.Value;

    /// <summary>The catalogue as Markdown (LF line ends), the content of <c>docs/rules.md</c>.</summary>
    public static string ToMarkdown() => ToMarkdown(Entries, Rows);

    /// <summary>The catalogue of <paramref name="entries"/> and <paramref name="rows"/> as Markdown (tests render a freshly loaded catalogue).</summary>
    internal static string ToMarkdown(IReadOnlyList<RuleCatalogueEntry> entries, IReadOnlyList<IncentiveRowEntry> rows)
    {
        var policy = ProgramPolicy.Default;
        var text = new StringBuilder();
        text.Append("# Rule catalogue\n\n")
            .Append("Generated from the rules' metadata by `RuleCatalogue.ToMarkdown()` (src/PartnerRules/Engine/RuleCatalogue.cs);\n")
            .Append("`RuleCatalogueTests` fails when this file drifts; `PARTNERRULES_UPDATE_DOCS=1 dotnet test` regenerates it. Do not edit by hand.\n\n")
            .Append("Every criterion rule matches its subject and yields a finding, pass or fail; a decision lists the\n")
            .Append("findings in the order below and is approved when all pass. Policy values are `ProgramPolicy`\n")
            .Append("properties, shown with their defaults. Figures are the `Finding` properties the rule sets as data (the\n")
            .Append("same figures its message states); the others stay null.\n");
        foreach (var tag in RuleSets.Tags)
        {
            text.Append("\n## ").Append(RuleSets.TitleOf(tag)).Append(" (tag `").Append(tag).Append("`)\n\n")
                .Append("| # | Code | Rule | Description | Policy values | Figures |\n")
                .Append("| --- | --- | --- | --- | --- | --- |\n");
            var number = 0;
            foreach (var entry in entries.Where(e => e.RuleSet == tag))
            {
                number++;
                text.Append("| ").Append(number.ToString(CultureInfo.InvariantCulture))
                    .Append(" | `").Append(entry.Code).Append('`')
                    .Append(" | ").Append(entry.Name).Append(" (`").Append(entry.RuleType.Name).Append("`)")
                    .Append(" | ").Append(entry.Description.Replace("|", "\\|"))
                    .Append(" | ").Append(entry.PolicyValues.Count == 0 ? "none" : string.Join(", ", entry.PolicyValues.Select(v => $"`{v}` = {DefaultOf(policy, v)}")))
                    .Append(" | ").Append(entry.Figures.Count == 0 ? "none" : string.Join(", ", entry.Figures.Select(f => $"`{f}`")))
                    .Append(" |\n");
            }
        }

        text.Append("\n## Incentive amounts (tag `").Append(IncentiveRule.Tag).Append("`: one rule per row of the table)\n\n")
            .Append("Each claim matches exactly one row rule (an NRules condition on its incentive and customer type), which\n")
            .Append("yields what the claim pays once the criteria pass, and the row's cap; the engine refuses to decide when no\n")
            .Append("row or two rows match. A refused claim pays zero in the programme currency and still reports the row's cap;\n")
            .Append("`IsCapped` is true only when the cap lowered the amount.\n\n")
            .Append("| Incentive | Customer | Rule | Amount | Policy values |\n")
            .Append("| --- | --- | --- | --- | --- |\n");
        foreach (var row in rows)
        {
            text.Append("| ").Append(row.Kind).Append(" | ").Append(row.Customer)
                .Append(" | ").Append(row.Name).Append(" (`").Append(row.RuleType.Name).Append("`)")
                .Append(" | ").Append(row.Description.Replace("|", "\\|"))
                .Append(" | ").Append(string.Join(", ", row.PolicyValues.Select(v => $"`{v}` = {DefaultOf(policy, v)}"))).Append(" |\n");
        }

        return text.ToString();
    }

    // Formatted invariantly (IFormattable values such as Period and Money included).
    private static string DefaultOf(ProgramPolicy policy, string property) =>
        string.Format(CultureInfo.InvariantCulture, "{0}", typeof(ProgramPolicy).GetProperty(property)!.GetValue(policy));

    /// <summary>Reads the metadata of every criterion rule afresh; everything but tests uses <see cref="Entries"/>.</summary>
    internal static List<RuleCatalogueEntry> Load()
    {
        var metadata = Metadata().Where(m => typeof(ICriterionRule).IsAssignableFrom(m.RuleType)).ToList();
        var entries = new List<RuleCatalogueEntry>();
        foreach (var tag in RuleSets.Tags)
        {
            var codes = RuleSets.CodesOf(tag);
            // Stryker disable once Boolean : every rule class has a public constructor, which Activator finds with or without nonPublic
            var tagged = metadata.Where(m => m.IsTagged(tag))
                .Select(m => (Metadata: m, Rule: (ICriterionRule)Activator.CreateInstance(m.RuleType, nonPublic: true)!))
                .ToList();
            foreach (var code in codes)
            {
                var deciding = tagged.Where(r => r.Rule.Code == code).ToList();
                // Stryker disable once all : a consistency check of the rule set; the shipped rules have one rule per code, so it never throws
                if (deciding.Count != 1)
                {
                    throw new InvalidOperationException(EngineErrors.Format(EngineErrors.CatalogueCodeRules, tag, code, deciding.Count));
                }

                var (m, rule) = deciding[0];
                // Stryker disable once String : every shipped rule has a description
                entries.Add(new RuleCatalogueEntry(tag, code, m.Name, m.Description ?? string.Empty, m.Tags.ToArray(), rule.PolicyValues, m.RuleType) { Figures = rule.Figures });
            }

            // Stryker disable once all : a consistency check of the rule set; the shipped rules have one rule per code, so it never throws
            if (tagged.Count != codes.Count)
            {
                throw new InvalidOperationException(EngineErrors.Format(EngineErrors.CatalogueRuleCount, tag, tagged.Count, codes.Count));
            }
        }

        return entries;
    }

    /// <summary>Reads the incentive row rules afresh, checking that every incentive and customer type has exactly one.</summary>
    internal static List<IncentiveRowEntry> LoadRows()
    {
        // Stryker disable once Boolean,String : every row rule has a public constructor and a description
        var rows = Metadata().Where(m => typeof(IncentiveRowRule).IsAssignableFrom(m.RuleType))
            .Select(m => (Metadata: m, Rule: (IncentiveRowRule)Activator.CreateInstance(m.RuleType, nonPublic: true)!))
            .Select(r => new IncentiveRowEntry(r.Rule.Kind, r.Rule.Customer, r.Metadata.Name, r.Metadata.Description ?? string.Empty, r.Rule.PolicyValues, r.Metadata.RuleType))
            .OrderBy(r => r.Kind).ThenBy(r => r.Customer)
            .ToList();
        foreach (var kind in new[] { IncentiveKind.FirstCommercialProject, IncentiveKind.Acceleration })
        {
            foreach (var customer in new[] { CustomerType.New, CustomerType.Existing })
            {
                // Stryker disable once Equality : a consistency check over the 2 × 2 table; negating one coordinate still matches exactly one shipped row
                var matching = rows.Count(r => r.Kind == kind && r.Customer == customer);
                // Stryker disable once all : a consistency check of the rule set; the shipped rules have one row rule per cell, so it never throws
                if (matching != 1)
                {
                    throw new InvalidOperationException(EngineErrors.Format(EngineErrors.CatalogueRowRules, kind, customer, matching));
                }
            }
        }

        return rows;
    }

    private static List<IRuleMetadata> Metadata()
    {
        var metadata = new List<IRuleMetadata>();
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(RuleCatalogue).Assembly).PrivateTypes().Where(rule =>
        {
            metadata.Add(rule);
            // Stryker disable once Boolean : the repository is thrown away; loading its rules as well changes no metadata
            return false;
        }));
        return metadata;
    }
}
