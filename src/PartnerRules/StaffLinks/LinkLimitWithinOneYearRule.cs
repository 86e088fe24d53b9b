using System.Collections.Generic;
using NodaTime;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>
/// Staff criterion 5 (docs/programme-rules.md §4): the account must "not have been linked with 3 partners within 1
/// year": count the distinct partners whose link was active at any time in the 1-year window; 3 or
/// more refuses, and the refusal says from which date the account can be linked again.
/// </summary>
[Name("Link limit within one year")]
[Description("Count the distinct partners (the inviting one included) whose link was active at any time in [today - StaffLinkWindow, today]; StaffLinkPartnerLimit or more refuses, and the refusal says from which date the account can be linked again.")]
[Tag(Tag)]
internal sealed class LinkLimitWithinOneYearRule : StaffLinkRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.StaffLinkLimit;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[]
    {
        nameof(ProgramPolicy.StaffLinkPartnerLimit), nameof(ProgramPolicy.StaffLinkWindow), nameof(ProgramPolicy.TimeZone),
    };

    /// <inheritdoc />
    public override IReadOnlyList<string> Figures { get; } = new[] { nameof(Finding.Count), nameof(Finding.Limit), nameof(Finding.WindowStart), nameof(Finding.PassesOn) };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(StaffLinkContext context, PersonalAccount account)
    {
        // The evidence: every link, the inviting partner's own included, counted once per partner. It
        // counts from its local link date until its unlink date leaves the window (never, while active).
        var links = new Evidence(context.Today, account.Links.Count);
        foreach (var link in account.Links)
        {
            var unlinked = link.UnlinkedAt?.InZone(context.Zone).Date;

            // An unlink before the window's start has left it for good.
            if (unlinked is { } end && end < context.LinkWindowStart)
            {
                continue;
            }

            var until = unlinked is { } u ? Windows.ExitDate(u, context.LinkWindow) : LocalDate.MaxIsoValue;
            links.Add(new EvidenceSpan(link.LinkedAt <= context.AsOf, link.LinkedAt.InZone(context.Zone).Date, until), group: link.Partner.Value);
        }

        // The condition: fewer partners than the limit.
        var limit = context.PartnerLimit;
        var partners = links.CountAtAsOf();
        var passed = partners < limit;
        var changes = links.Changes(limit, passWhenAtLeast: false);
        var again = passed ? null : Evidence.FirstChangeTo(changes, passed: true);
        var start = Messages.Date(context.LinkWindowStart);
        var message = passed
            ? Messages.Format(context.Culture, Messages.StaffLinkLimitPassed, partners, start, limit)
            : again is { } date
                ? Messages.Format(context.Culture, Messages.StaffLinkLimitFailed, partners, start, limit, Messages.Date(date))
                : Messages.Format(context.Culture, Messages.StaffLinkLimitFailedOpen, partners, start, limit);
        var finding = new Finding(Code, passed, message)
        {
            Count = partners,
            Limit = limit,
            WindowStart = context.LinkWindowStart,
            PassesOn = again,
        };
        return new CriterionResult(finding, changes);
    }
}
