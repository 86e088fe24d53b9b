using System;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PartnerRules.Cli.Tests;

/// <summary>The HTML report opened in a real browser with the network cut off.</summary>
public sealed partial class ReportBrowserTests
{
    // Records every console error, uncaught error, rejected promise and blocked fetch (the report's CSP allows none).
    private const string Watch = """
        <script>
        window.__problems = [];
        (function () {
          var error = console.error;
          console.error = function () { window.__problems.push("console: " + Array.prototype.join.call(arguments, " ")); error.apply(console, arguments); };
          window.addEventListener("error", function (e) { window.__problems.push("error: " + e.message); });
          window.addEventListener("unhandledrejection", function (e) { window.__problems.push("rejection: " + e.reason); });
          document.addEventListener("securitypolicyviolation", function (e) { window.__problems.push("blocked: " + e.violatedDirective + " " + e.blockedURI); });
        })();
        </script>
        """;

    // Once the diagrams are drawn (or time runs out), searches, and writes what the page holds into the DOM for --dump-dom.
    private const string Report = """
        <script>
        (function () {
          var waited = 0;
          function done() {
            var table = document.getElementById("partners"), total = table.dataset.total, rendered = table.dataset.rendered;
            var spacerRows = document.getElementById("spacer").offsetHeight / 28;
            var search = document.getElementById("search");
            search.value = "P-000005"; search.dispatchEvent(new Event("input"));
            var result = { problems: window.__problems, total: +total, rendered: +rendered, spacerRows: spacerRows,
              found: +table.dataset.shown, charts: document.querySelectorAll(".chart svg").length,
              diagrams: document.querySelectorAll(".mermaid svg").length };
            var pre = document.createElement("pre"); pre.id = "probe-result"; pre.textContent = JSON.stringify(result);
            document.body.appendChild(pre);
          }
          (function poll() { if (document.body.dataset.diagrams || waited > 15000) { done(); } else { waited += 100; setTimeout(poll, 100); } })();
        })();
        </script>
        """;

    [Fact]
    public void The_report_shows_every_partner_its_charts_and_diagrams_offline_without_a_console_error()
    {
        var chromium = Chromium.Require();
        using var temp = new TempFolder();
        var report = temp.File("report.html");
        Assert.Equal(0, Cli.Run("ho", "--partners", Cli.Sample("partners.json"), "--as-of", "2026-11-29", "--report", report, "--lang", "en", "--quiet").ExitCode);
        var html = File.ReadAllText(report);
        var probe = temp.File("probe.html", html.Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">" + Watch, StringComparison.Ordinal)
            .Insert(html.LastIndexOf("</body>", StringComparison.Ordinal) + Watch.Length, Report));
        var screenshots = Path.Combine(Cli.Repo, "artifacts");
        Directory.CreateDirectory(screenshots);
        var screenshot = Path.Combine(screenshots, "report.png");
        File.Delete(screenshot);

        // Both at once: the screenshot of the untouched report, and the checks on the probed copy.
        var shot = Chromium.Start(chromium, temp.File("profile-shot"), report, "--window-size=1280,2400", "--screenshot=" + screenshot);
        var dump = Chromium.Start(chromium, temp.File("profile-dump"), probe, "--dump-dom");
        var dom = Chromium.Finish(dump, TimeSpan.FromSeconds(60));
        Chromium.Finish(shot, TimeSpan.FromSeconds(60));

        var match = ProbeResult().Match(dom);
        Assert.True(match.Success, "the page wrote no result; DOM starts: " + dom[..Math.Min(dom.Length, 300)]);
        var result = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)).RootElement;
        Assert.Equal("[]", result.GetProperty("problems").GetRawText());
        Assert.Equal(50, result.GetProperty("total").GetInt32());
        Assert.Equal(50, result.GetProperty("spacerRows").GetInt32());
        Assert.InRange(result.GetProperty("rendered").GetInt32(), 1, 50);
        Assert.Equal(1, result.GetProperty("found").GetInt32());
        Assert.Equal(3, result.GetProperty("charts").GetInt32());
        Assert.Equal(5, result.GetProperty("diagrams").GetInt32());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or empty");
    }

    [GeneratedRegex("<pre id=\"probe-result\">([^<]*)</pre>")]
    private static partial Regex ProbeResult();
}
