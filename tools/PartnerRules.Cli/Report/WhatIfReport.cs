using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NodaTime.Text;
using PartnerRules.Cli.Output;

namespace PartnerRules.Cli.Report;

/// <summary>
/// The report's what-if diff: counts, a chart of the criteria whose result changes (ScottPlot), and two virtualised
/// tables drawn in the browser from the report's one data block. A partner's change points at its row there (the
/// baseline decision), so only what the proposal changes is added.
/// </summary>
internal static class WhatIfReport
{
    internal static string Section(WhatIfDocument whatIf, CultureInfo culture, IReadOnlyList<string> palette)
    {
        string T(string key) => Texts.Get(key, culture);
        var html = new StringBuilder("<section class=\"whatif\" id=\"whatif\"><h2>").Append(ReportWriter.Html(T("whatIf"))).Append("</h2><div class=\"muted\">")
            .Append(ReportWriter.Html(Texts.Format("whatIfHeading", culture, whatIf.Proposal, whatIf.Baseline, InstantPattern.General.Format(whatIf.AsOf))))
            .Append("</div>");
        Counts(html, "ho", T("hoEligibility"), whatIf.Ho.Evaluated, whatIf.Ho.Changes.Count, (T("newlyEligible"), whatIf.Ho.NewlyApproved), (T("newlyNotEligible"), whatIf.Ho.NewlyRefused), culture);
        if (whatIf.Incentives is { } claims)
        {
            Counts(html, "incentives", T("incentiveClaims"), claims.Evaluated, claims.Changes.Count, (T("newlyApproved"), claims.NewlyApproved), (T("newlyRefused"), claims.NewlyRefused), culture);
        }

        var byCriterion = whatIf.Ho.Changes.SelectMany(c => c.ChangedCriteria)
            .Concat(whatIf.Incentives?.Changes.SelectMany(c => c.ChangedCriteria) ?? [])
            .GroupBy(code => code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, (double)g.Count())).ToList();
        html.Append("<div class=\"charts\">").Append(ReportWriter.Figure(T("changedByCriterion"), Charts.Bars(byCriterion, palette.Skip(3).ToList()), [])).Append("</div>");
        html.Append("<input id=\"whatif-search\" type=\"search\" autocomplete=\"off\">");
        Table(html, "ho-changes", T("hoChanges"), "9rem 8rem 8rem 1fr");
        if (whatIf.Incentives is not null)
        {
            Table(html, "claim-changes", T("claimChanges"), "7rem 17rem 6rem 6rem 1fr 18rem 9rem");
        }

        return html.Append("</section>").ToString();
    }

    /// <summary>
    /// HO changes as [row index, proposal approved, [changed code], [[code, passed, message] of each changed criterion under
    /// the proposal]]; claim changes as [partner, claim, baseline approved, proposal approved, [changed code], baseline payable,
    /// proposal payable, difference or null, [[code, passed, message]]]. Codes and messages are indexes into the shared tables.
    /// </summary>
    internal static object Data(WhatIfDocument whatIf, Func<string, int> code, Func<string, int> message)
    {
        List<int[]> Changed(Decision proposal, IReadOnlyList<string> codes) =>
            [.. proposal.Findings.Where(f => codes.Contains(f.Code)).Select(f => new[] { code(f.Code), f.Passed ? 1 : 0, message(f.Message) })];

        var ho = whatIf.Ho.Changes.Select((c, i) => new object[]
        {
            whatIf.HoRowIndex[i], c.Proposal.IsApproved ? 1 : 0, c.ChangedCriteria.Select(code).ToList(), Changed(c.Proposal, c.ChangedCriteria),
        }).ToList();
        var claims = whatIf.Incentives?.Changes.Select(c => new object?[]
        {
            c.Partner.Value, $"{c.Kind}/{c.Customer} ({c.Where})", c.Baseline.IsApproved ? 1 : 0, c.Proposal.IsApproved ? 1 : 0,
            c.ChangedCriteria.Select(code).ToList(), WhatIfOutput.Money(c.Baseline.Payable), WhatIfOutput.Money(c.Proposal.Payable),
            c.PayableDifference is { } d ? WhatIfOutput.Signed(d) : null, Changed(c.Proposal, c.ChangedCriteria),
        }).ToList();
        return new
        {
            ho = Section(whatIf.Ho, ho),
            incentives = whatIf.Incentives is { } section ? Section(section, claims!) : null,
        };
    }

    private static object Section<T, TRow>(WhatIfSection<T> section, List<TRow> changes) =>
        new { evaluated = section.Evaluated, newlyApproved = section.NewlyApproved, newlyRefused = section.NewlyRefused, changes };

    private static void Counts(StringBuilder html, string id, string title, int evaluated, int changed, (string Label, int Value) approved, (string Label, int Value) refused, CultureInfo culture)
    {
        html.Append("<h3>").Append(ReportWriter.Html(title)).Append(CultureInfo.InvariantCulture, $"</h3><div class=\"counts\" id=\"whatif-{id}\">");
        foreach (var (label, value) in new[] { (Texts.Get("evaluated", culture), evaluated), approved, refused, (Texts.Get("changes", culture), changed) })
        {
            html.Append(CultureInfo.InvariantCulture, $"<div>{value}<span>{ReportWriter.Html(label)}</span></div>");
        }

        html.Append("</div>");
    }

    private static void Table(StringBuilder html, string id, string title, string columns) =>
        html.Append("<h3>").Append(ReportWriter.Html(title)).Append(CultureInfo.InvariantCulture, $"</h3><div id=\"{id}\" role=\"table\" style=\"--cols: {columns}\">")
            .Append("<div class=\"grid head\" role=\"row\"></div><div class=\"scroller\"><div class=\"spacer\"><div class=\"rows\"></div></div></div></div>");
}
