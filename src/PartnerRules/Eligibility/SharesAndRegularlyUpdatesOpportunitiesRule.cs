using System.Collections.Generic;
using NodaTime;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.Eligibility;

/// <summary>
/// HO criterion 2 (docs/programme-rules.md §3): "share and regularly update opportunities in Partner Center" — at
/// least one PO whose last update is within the last 90 days (the update window).
/// </summary>
[Name("Shares and regularly updates opportunities")]
[Description("At least one PO (partner-originated opportunity) was last updated, by the evaluation instant, within the update window: its local update date lies in [today - OpportunityUpdateWindow, today]. HO opportunities do not count.")]
[Tag(Tag)]
internal sealed class SharesAndRegularlyUpdatesOpportunitiesRule : HoEligibilityRule
{
    private const int Required = 1;

    /// <inheritdoc />
    public override string Code => FindingCodes.HoSharesOpportunities;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.OpportunityUpdateWindow), nameof(ProgramPolicy.TimeZone) };

    /// <inheritdoc />
    public override IReadOnlyList<string> Figures { get; } = new[] { nameof(Finding.Count), nameof(Finding.Required), nameof(Finding.WindowStart), nameof(Finding.PassesOn) };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(HoContext context, PartnerProfile partner)
    {
        // The evidence: each PO's last update, on its local date; it counts from that date until the
        // date leaves the update window. HO opportunities are Huawei's, not the partner's sharing.
        var updates = new Evidence(context.Today, partner.Opportunities.Count);
        LocalDate? newest = null;
        foreach (var opportunity in partner.Opportunities)
        {
            if (opportunity.Origin != OpportunityOrigin.PartnerOriginated)
            {
                continue;
            }

            var updated = opportunity.LastUpdatedAt.InZone(context.Zone).Date;
            var happened = opportunity.LastUpdatedAt <= context.AsOf;
            if (happened && (newest is null || updated > newest.Value))
            {
                newest = updated;
            }

            // A date before the window's start has left it for good (the window only moves forward).
            if (updated >= context.UpdateWindowStart)
            {
                var until = Windows.ExitDate(updated, context.UpdateWindow);
                // Stryker disable once Equality : inside the window (the check above) already means today < until; the condition states the span's meaning
                updates.Add(new EvidenceSpan(happened && context.Today < until, updated, until));
            }
        }

        // The condition: at least one counts.
        var count = updates.CountAtAsOf();
        var passed = count >= Required;
        var changes = updates.Changes(Required, passWhenAtLeast: true);
        var start = Messages.Date(context.UpdateWindowStart);
        string message;
        if (passed)
        {
            message = Messages.Format(context.Culture, Messages.HoSharesPassed, count, start, Messages.Date(newest!.Value));
        }
        else if (newest is { } stale)
        {
            message = Messages.Format(context.Culture, Messages.HoSharesFailedStale, start, Messages.Date(stale));
        }
        else
        {
            message = Messages.Format(context.Culture, Messages.HoSharesFailedNone, start);
        }

        var finding = new Finding(Code, passed, message)
        {
            Count = count,
            Required = Required,
            WindowStart = context.UpdateWindowStart,
            PassesOn = passed ? null : Evidence.FirstChangeTo(changes, passed: true),
        };
        return new CriterionResult(finding, changes);
    }
}
