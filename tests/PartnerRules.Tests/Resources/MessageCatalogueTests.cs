using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Resources;
using System.Text;
using PartnerRules.Tests.Support;

namespace PartnerRules.Tests.Resources;

/// <summary>
/// Every text of the one message catalogue, in English and zh-CN, pinned literally in the generated
/// <c>docs/messages.md</c>: a changed word, a swapped placeholder or a lost translation fails here and
/// shows in review (a test that formats its expectation with the library's own templates cannot see it).
/// </summary>
public sealed class MessageCatalogueTests
{
    private const string DocsPath = "docs/messages.md";

    [Fact]
    public void The_message_docs_pin_every_text_in_both_languages()
    {
        var expected = Render();
        var path = Path.Combine(Repository.Root(), DocsPath);
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;

        if (actual != expected)
        {
            GeneratedDocs.Update(path, expected);
        }
    }

    private static string Render()
    {
        var manager = new ResourceManager("PartnerRules.Resources.Messages", typeof(PartnerRulesEngine).Assembly);
        var neutral = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var chinese = manager.GetResourceSet(CultureInfo.GetCultureInfo("zh-CN"), createIfNotExists: true, tryParents: false)!;
        var keys = neutral.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal);

        var text = new StringBuilder();
        text.Append("# Messages\n\n");
        text.Append("<!-- Generated from src/PartnerRules/Resources/Messages*.resx by MessageCatalogueTests (`PARTNERRULES_UPDATE_DOCS=1 dotnet test` regenerates it): do not edit by hand. -->\n\n");
        text.Append("Every text the library shows people: finding messages, refusals and obligation descriptions, in English and ");
        text.Append("Simplified Chinese (`zh-CN`). `{0}`, `{1}`, ... are filled with figures (invariant culture) and ISO dates.\n\n");
        text.Append("| key | en | zh-CN |\n| --- | --- | --- |\n");
        foreach (var key in keys)
        {
            text.Append("| `").Append(key).Append("` | ").Append(Cell(neutral.GetString(key)!)).Append(" | ")
                .Append(Cell(chinese.GetString(key) ?? "(missing)")).Append(" |\n");
        }

        return text.ToString();
    }

    // A space-only text (a separator) is shown quoted, so the table keeps it visible.
    private static string Cell(string value) =>
        value.Trim().Length == 0 ? $"`\"{value}\"`" : value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);
}
