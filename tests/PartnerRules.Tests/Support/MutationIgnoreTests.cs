using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PartnerRules.Tests.Support;

/// <summary>
/// docs/mutation.md's rule for mutants ignored in source: every <c>// Stryker disable</c> names real mutators and says
/// why the mutants it hides are equivalent or unreachable, and a region is closed in the file it opens in.
/// </summary>
public sealed partial class MutationIgnoreTests
{
    // Stryker.NET's mutator names, as its comment syntax takes them.
    private static readonly string[] Mutators =
    [
        "all", "Arithmetic", "Assignment", "Bitwise", "Block", "Boolean", "Checked", "CollectionExpression", "Conditional", "Equality",
        "Initializer", "Linq", "Logical", "Math", "NullCoalescing", "Regex", "Statement", "String", "StringMethod", "Unary", "Update",
    ];

    [Fact]
    public void Every_ignored_mutant_names_real_mutators_and_gives_a_reason()
    {
        var comments = SourceLines().Where(l => l.Text.Contains("Stryker ", StringComparison.Ordinal) && l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(comments);
        foreach (var (file, number, text) in comments)
        {
            var match = Directive().Match(text);
            Assert.True(match.Success, $"{file}:{number}: not a Stryker directive: {text.Trim()}");
            foreach (var mutator in match.Groups["mutators"].Value.Split(','))
            {
                Assert.True(Mutators.Contains(mutator, StringComparer.Ordinal), $"{file}:{number}: unknown mutator '{mutator}'");
            }

            if (match.Groups["verb"].Value == "disable")
            {
                Assert.True(match.Groups["reason"].Value.Length >= 20, $"{file}:{number}: say why the mutants are equivalent or unreachable");
            }
        }
    }

    [Fact]
    public void A_region_disabled_without_once_is_restored_in_the_same_file()
    {
        foreach (var group in SourceLines().GroupBy(l => l.File))
        {
            var open = 0;
            foreach (var (file, number, text) in group)
            {
                if (text.Contains("// Stryker disable all", StringComparison.Ordinal))
                {
                    open++;
                }
                else if (text.Contains("// Stryker restore all", StringComparison.Ordinal))
                {
                    Assert.True(open > 0, $"{file}:{number}: restores a region never disabled");
                    open--;
                }
            }

            Assert.True(open == 0, $"{group.Key}: a region disabled without once is never restored");
        }
    }

    private static (string File, int Number, string Text)[] SourceLines()
    {
        var src = Path.Combine(Repository.Root(), "src");
        return Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((text, i) => (Path.GetRelativePath(src, f), i + 1, text)))
            .ToArray();
    }

    [GeneratedRegex(@"^\s*// Stryker (?<verb>disable|restore)( once)? (?<mutators>[A-Za-z]+(,[A-Za-z]+)*)( : (?<reason>.+))?$")]
    private static partial Regex Directive();
}
