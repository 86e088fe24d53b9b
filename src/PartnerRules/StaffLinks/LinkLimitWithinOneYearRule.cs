using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>Staff criterion 5: the account has not been linked with the limit's number of partners within the link window.</summary>
[Name("Link limit within one year")]
[Description("Count the distinct partners (the inviting one included) whose link was active at any time in [today - StaffLinkWindow, today]; StaffLinkPartnerLimit or more refuses, and the refusal says from which date the account can be linked again.")]
[Tag(RuleSets.StaffLink)]
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
    protected override CriterionResult Evaluate(StaffLinkContext context, StaffLinkSubject subject)
    {
        var limit = context.PartnerLimit;
        var partners = Timeline.CountAtAsOf(subject.WindowLinks);
        var passed = partners < limit;
        var changes = Timeline.Changes(subject.WindowLinks, context.Today, limit, passWhenAtLeast: false);
        var start = Messages.Date(context.LinkWindowStart);
        string message;
        if (passed)
        {
            message = Messages.Format(context.Culture, Messages.StaffLinkLimitPassed, partners, start, limit);
        }
        else if (Timeline.FirstChangeTo(changes, passed: true) is { } again)
        {
            message = Messages.Format(context.Culture, Messages.StaffLinkLimitFailed, partners, start, limit, Messages.Date(again));
        }
        else
        {
            message = Messages.Format(context.Culture, Messages.StaffLinkLimitFailedOpen, partners, start, limit);
        }

        return new CriterionResult(new Finding(Code, passed, message), changes);
    }
}
