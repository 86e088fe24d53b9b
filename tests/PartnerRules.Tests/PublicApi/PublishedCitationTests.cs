using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PartnerRules.Tests.Support;

namespace PartnerRules.Tests.PublicApi;

/// <summary>
/// What ships (XML docs, package READMEs, docs/) cites only what a consumer has: the programme's rules are published
/// as docs/programme-rules.md, never as the team's internal notes.
/// </summary>
public sealed partial class PublishedCitationTests
{
    [Fact]
    public void Sources_package_readmes_and_docs_cite_no_internal_notes()
    {
        var citations = Published()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => InternalNote().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(Repository.Root(), l.file)}:{l.number}: {l.line.Trim()}");

        Assert.Empty(citations);
    }

    [Fact]
    public void Every_cited_section_of_the_programme_rules_exists()
    {
        var rules = File.ReadAllText(Path.Combine(Repository.Root(), "docs", "programme-rules.md"));
        var sections = SectionHeading().Matches(rules).Select(m => m.Groups[1].Value).ToHashSet();
        var cited = Published().SelectMany(f => SectionCitation().Matches(File.ReadAllText(f)).Select(m => (file: f, section: m.Groups[1].Value))).ToList();

        Assert.Equal(Enumerable.Range(1, 9).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), sections.Order());
        Assert.Contains(cited, c => c.section == "5");
        Assert.Empty(cited.Where(c => !sections.Contains(c.section)).Select(c => $"{Path.GetRelativePath(Repository.Root(), c.file)}: §{c.section}"));
    }

    private static string[] Published()
    {
        var root = Repository.Root();
        var src = Path.Combine(root, "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(src, "*.resx", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(src, "README.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToArray();
    }

    // DOMAIN.md, "DOMAIN §3", ENGINE.md, and the other notes of the team that no package or page carries.
    [GeneratedRegex(@"\b(DOMAIN|ENGINE)(\.md|\s*§)|\b(STYLE|API|HELPERS)\.md\b|shared/seed")]
    private static partial Regex InternalNote();

    [GeneratedRegex(@"^## §(\d+) ", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();

    [GeneratedRegex(@"programme[- ]rules(?:\.md)?\]?\(?[^§\n]{0,20}§(\d+)")]
    private static partial Regex SectionCitation();
}
