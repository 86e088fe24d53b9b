using System;
using System.IO;
using System.Linq;
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

    // The what-if diff: its two tables, its chart and its search, once the diagrams are drawn.
    private const string WhatIfProbe = """
        <script>
        (function () {
          var waited = 0;
          function done() {
            var ho = document.getElementById("ho-changes"), claims = document.getElementById("claim-changes");
            var first = ho.querySelector(".rows .row"), hoRendered = +ho.dataset.rendered;
            var counts = Array.prototype.map.call(document.querySelectorAll("#whatif-ho > div"), function (d) { return d.firstChild.textContent; });
            var search = document.getElementById("whatif-search");
            search.value = "DEVELOPMENT_PATH"; search.dispatchEvent(new Event("input"));
            var result = { problems: window.__problems, hoTotal: +ho.dataset.total, hoRendered: hoRendered,
              claimTotal: +claims.dataset.total, found: +ho.dataset.shown, claimsFound: +claims.dataset.shown, counts: counts,
              firstRow: first ? first.textContent : "", charts: document.querySelectorAll(".chart svg").length,
              partners: +document.getElementById("partners").dataset.total, diagrams: document.querySelectorAll(".mermaid svg").length };
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

        var result = Open(chromium, temp, report, Report, "report.png");

        Assert.Equal("[]", result.GetProperty("problems").GetRawText());
        Assert.Equal(50, result.GetProperty("total").GetInt32());
        Assert.Equal(50, result.GetProperty("spacerRows").GetInt32());
        Assert.InRange(result.GetProperty("rendered").GetInt32(), 1, 50);
        Assert.Equal(1, result.GetProperty("found").GetInt32());
        Assert.Equal(3, result.GetProperty("charts").GetInt32());
        Assert.Equal(5, result.GetProperty("diagrams").GetInt32());
    }

    [Fact]
    public void The_impact_report_shows_the_what_if_diff_offline_without_a_console_error()
    {
        var chromium = Chromium.Require();
        using var temp = new TempFolder();
        var report = temp.File("impact.html");
        var proposal = Path.Combine(Cli.Repo, "samples", "policies", "proposal-2027.json");
        Assert.Equal(0, Cli.Run("what-if", "--partners", Cli.Sample("partners.json"), "--claims", Cli.Sample("claims.json"), "--as-of", "2026-11-29",
            "--proposal", proposal, "--report", report, "--lang", "zh-CN", "--quiet").ExitCode);

        var result = Open(chromium, temp, report, WhatIfProbe, "impact.png");

        Assert.Equal("[]", result.GetProperty("problems").GetRawText());
        Assert.Equal(9, result.GetProperty("hoTotal").GetInt32());
        Assert.Equal(9, result.GetProperty("hoRendered").GetInt32());
        Assert.Equal(1, result.GetProperty("claimTotal").GetInt32());
        Assert.Equal(["50", "0", "2", "9"], result.GetProperty("counts").EnumerateArray().Select(c => c.GetString()));
        // Sorted by partner; its baseline verdict comes from the partners' data, the proposal's and the changed criterion from the diff.
        Assert.StartsWith("P-000002不符合不符合HO.SHARES_OPPORTUNITIES自", result.GetProperty("firstRow").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, result.GetProperty("found").GetInt32());
        Assert.Equal(0, result.GetProperty("claimsFound").GetInt32());
        Assert.Equal(4, result.GetProperty("charts").GetInt32());
        Assert.Equal(50, result.GetProperty("partners").GetInt32());
        Assert.Equal(5, result.GetProperty("diagrams").GetInt32());
    }

    /// <summary>
    /// Opens a probed copy of the report (console watched, the probe's result written into the DOM) and, at once, takes a
    /// screenshot of the untouched report into artifacts/; returns what the probe found.
    /// </summary>
    private static JsonElement Open(string chromium, TempFolder temp, string report, string script, string screenshotName)
    {
        var html = File.ReadAllText(report);
        var probe = temp.File("probe.html", html.Replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">" + Watch, StringComparison.Ordinal)
            .Insert(html.LastIndexOf("</body>", StringComparison.Ordinal) + Watch.Length, script));
        var screenshots = Path.Combine(Cli.Repo, "artifacts");
        Directory.CreateDirectory(screenshots);
        var screenshot = Path.Combine(screenshots, screenshotName);
        File.Delete(screenshot);

        var shot = Chromium.Start(chromium, temp.File("profile-shot"), report, "--window-size=1280,2400", "--screenshot=" + screenshot);
        var dump = Chromium.Start(chromium, temp.File("profile-dump"), probe, "--dump-dom");
        var dom = Chromium.Finish(dump, TimeSpan.FromSeconds(60));
        Chromium.Finish(shot, TimeSpan.FromSeconds(60));

        var match = ProbeResult().Match(dom);
        Assert.True(match.Success, "the page wrote no result; DOM starts: " + dom[..Math.Min(dom.Length, 300)]);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or empty");
        return JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value)).RootElement.Clone();
    }

    [GeneratedRegex("<pre id=\"probe-result\">([^<]*)</pre>")]
    private static partial Regex ProbeResult();
}
