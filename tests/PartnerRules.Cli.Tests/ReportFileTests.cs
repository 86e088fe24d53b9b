using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnerRules.Cli.Tests;

/// <summary>The report file itself: one self-contained page, its data embedded once, in the language asked for.</summary>
public sealed class ReportFileTests
{
    private static string Write(string lang)
    {
        using var temp = new TempFolder();
        var path = temp.File("report.html");
        var result = Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--report", path, "--lang", lang, "--quiet");
        Assert.Equal(0, result.ExitCode);
        return File.ReadAllText(path);
    }

    [Fact]
    public void The_report_loads_nothing_from_outside_and_forbids_it()
    {
        var html = Write("en");

        // Outside the scripts' code (mermaid's own text holds markup templates), no element points anywhere.
        var markup = Regex.Replace(html, "<script>.*?</script>", "<script></script>", RegexOptions.Singleline);
        Assert.DoesNotMatch(new Regex("<[a-z]+[^>]+(src|href)=", RegexOptions.IgnoreCase), markup);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none';", html, StringComparison.Ordinal);
        Assert.Contains("globalThis[\"mermaid\"]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_partner_is_in_the_embedded_data_once_and_nowhere_else()
    {
        var html = Write("en");

        Assert.Single(Regex.Matches(html, "\"P-000005\""));
        Assert.Equal(3, Regex.Count(html, "<figure class=\"chart\"><figcaption>[^<]+</figcaption><svg"));
        Assert.Equal(5, Regex.Count(html, "<pre class=\"mermaid\">stateDiagram-v2"));
    }

    [Fact]
    public void The_chinese_report_is_in_chinese_with_the_engine_s_chinese_messages()
    {
        var html = Write("zh-CN");

        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>PartnerRules 报告：HO 资格</title>", html, StringComparison.Ordinal);
        Assert.Contains("未来 30 天内结论将变化", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Member of the PCE programme", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Over_several_chunks_of_rows_every_finding_points_at_its_own_texts_numbered_by_first_appearance()
    {
        using var temp = new TempFolder();
        var partners = temp.File("partners.json");
        Assert.Equal(0, Cli.Run("sample", "--partners", "12000", "--seed", "3", "--out", partners).ExitCode);
        var (report, decisions) = (temp.File("report.html"), temp.File("decisions.json"));
        Assert.Equal(0, Cli.Run("ho", "--partners", partners, "--as-of", "2026-11-29", "--report", report, "--out", decisions, "--quiet").ExitCode);

        var html = File.ReadAllText(report);
        var start = html.IndexOf("id=\"report-data\">", StringComparison.Ordinal) + "id=\"report-data\">".Length;
        using var data = JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]);
        using var written = JsonDocument.Parse(File.ReadAllText(decisions));
        var codes = data.RootElement.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ToList();
        var messages = data.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetString()).ToList();
        var rows = data.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var expected = written.RootElement.GetProperty("decisions").EnumerateArray().ToList();
        Assert.Equal(12000, rows.Count);
        var (nextCode, nextMessage) = (0, 0);
        foreach (var (row, decision) in rows.Zip(expected))
        {
            Assert.Equal(decision.GetProperty("partner").GetString(), row[0].GetString());
            var findings = decision.GetProperty("decision").GetProperty("findings").EnumerateArray().ToList();
            Assert.Equal(findings.Count, row[3].GetArrayLength());
            foreach (var (finding, indices) in findings.Zip(row[3].EnumerateArray()))
            {
                var (code, message) = (indices[0].GetInt32(), indices[2].GetInt32());
                Assert.Equal(finding.GetProperty("code").GetString(), codes[code]);
                Assert.Equal(finding.GetProperty("message").GetString(), messages[message]);
                // Each text is numbered when it first appears: a number is never more than one past the highest so far.
                Assert.InRange(code, 0, nextCode);
                Assert.InRange(message, 0, nextMessage);
                (nextCode, nextMessage) = (Math.Max(nextCode, code + 1), Math.Max(nextMessage, message + 1));
            }
        }

        Assert.Equal((codes.Count, messages.Count), (nextCode, nextMessage));
    }
}
