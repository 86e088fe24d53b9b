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
    public override string Code => "HO.SHARES_OPPORTUNITIES";

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.OpportunityUpdateWindow), nameof(ProgramPolicy.TimeZone) };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(HoContext context, HoSubject subject)
    {
        var updated = Timeline.CountAtAsOf(subject.PoUpdates);
        var passed = updated >= 1;
        var start = RuleMessages.Date(context.UpdateWindowStart);
        string message;
        if (passed)
        {
            message = RuleMessages.Format(context.Culture, RuleMessages.HoSharesPassed, updated, start, RuleMessages.Date(subject.NewestPoUpdate!.Value));
        }
        else if (subject.NewestPoUpdate is { } newest)
        {
            message = RuleMessages.Format(context.Culture, RuleMessages.HoSharesFailedStale, start, RuleMessages.Date(newest));
        }
        else
        {
            message = RuleMessages.Format(context.Culture, RuleMessages.HoSharesFailedNone, start);
        }

        return new CriterionResult(new Finding(Code, passed, message), Timeline.Changes(subject.PoUpdates, context.Today, 1, passWhenAtLeast: true));
    }
}
