using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.Eligibility;

/// <summary>HO criterion 3: the partner development path has reached Differentiated, or Certified with enough signed and delivered POs.</summary>
[Name("Differentiated, or Certified with delivered POs")]
[Description("Stage Differentiated; or stage Certified with at least RequiredDeliveredPos POs that were signed and delivered by the evaluation instant and whose local delivery date lies in [today - DeliveredPoWindow, today]. Registered never qualifies.")]
[Tag(RuleSets.HoEligibility)]
internal sealed class DifferentiatedOrCertifiedWithDeliveredPosRule : HoEligibilityRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.HoDevelopmentPath;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[]
    {
        nameof(ProgramPolicy.RequiredDeliveredPos), nameof(ProgramPolicy.DeliveredPoWindow), nameof(ProgramPolicy.TimeZone),
    };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(HoContext context, HoSubject subject)
    {
        var required = context.RequiredDeliveredPos;
        switch (subject.Stage)
        {
            case PartnerStage.Differentiated:
                return new CriterionResult(new Finding(Code, true, Messages.Get(context.Culture, Messages.HoPathDifferentiated)));
            case PartnerStage.Certified:
                var delivered = Timeline.CountAtAsOf(subject.DeliveredPos);
                var message = Messages.Format(context.Culture, Messages.HoPathCertified, delivered, required, Messages.Date(context.DeliveryWindowStart));
                return new CriterionResult(
                    new Finding(Code, delivered >= required, message),
                    Timeline.Changes(subject.DeliveredPos, context.Today, required, passWhenAtLeast: true));
            default:
                return new CriterionResult(new Finding(Code, false, Messages.Format(context.Culture, Messages.HoPathRegistered, required)));
        }
    }
}
