using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.Eligibility;

/// <summary>HO criterion 2: the partner shares and regularly updates opportunities.</summary>
[Name("Shares and regularly updates opportunities")]
[Description("At least one PO (partner-originated opportunity) was last updated, by the evaluation instant, within the update window: its local update date lies in [today - OpportunityUpdateWindow, today]. HO opportunities do not count.")]
[Tag(RuleSets.HoEligibility)]
internal sealed class SharesAndRegularlyUpdatesOpportunitiesRule : HoEligibilityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.HoSharesOpportunities;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.OpportunityUpdateWindow), nameof(ProgramPolicy.TimeZone) };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(HoContext context, HoSubject subject)
    {
        var updated = Timeline.CountAtAsOf(subject.PoUpdates);
        var passed = updated >= 1;
        var start = Messages.Date(context.UpdateWindowStart);
        string message;
        if (passed)
        {
            message = Messages.Format(context.Culture, Messages.HoSharesPassed, updated, start, Messages.Date(subject.NewestPoUpdate!.Value));
        }
        else if (subject.NewestPoUpdate is { } newest)
        {
            message = Messages.Format(context.Culture, Messages.HoSharesFailedStale, start, Messages.Date(newest));
        }
        else
        {
            message = Messages.Format(context.Culture, Messages.HoSharesFailedNone, start);
        }

        return new CriterionResult(new Finding(Code, passed, message), Timeline.Changes(subject.PoUpdates, context.Today, 1, passWhenAtLeast: true));
    }
}
