using System;
using System.IO;
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
}
