using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.Eligibility;

/// <summary>
/// HO criterion 3 (docs/programme-rules.md §3): "your partner development path has reached the Differentiated stage —
/// or has reached the Certified stage and has, within the last 12 months, 3 POs that were signed and
/// delivered". Earlier stages never qualify.
/// </summary>
[Name("Differentiated, or Certified with delivered POs")]
[Description("Stage Differentiated; or stage Certified with at least RequiredDeliveredPos POs that were signed and delivered by the evaluation instant and whose local delivery date lies in [today - DeliveredPoWindow, today]. Registered never qualifies.")]
[Tag(Tag)]
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
    public override IReadOnlyList<string> Figures { get; } = new[] { nameof(Finding.Count), nameof(Finding.Required), nameof(Finding.WindowStart), nameof(Finding.PassesOn) };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(HoContext context, PartnerProfile partner)
    {
        var required = context.RequiredDeliveredPos;
        switch (partner.Stage)
        {
            case PartnerStage.Differentiated:
                // Stryker disable once Boolean : "permanent" only spares looking across versions (see RuleRunner.RefusedForGood); a pass is never a refusal for good
                return new CriterionResult(new Finding(Code, true, Messages.Get(context.Culture, Messages.HoPathDifferentiated)), permanent: true);
            case PartnerStage.Certified:
                var delivered = DeliveredPos(context, partner);
                var count = delivered.CountAtAsOf();
                var passed = count >= required;
                var changes = delivered.Changes(required, passWhenAtLeast: true);
                var message = Messages.Format(context.Culture, Messages.HoPathCertified, count, required, Messages.Date(context.DeliveryWindowStart));
                return new CriterionResult(
                    new Finding(Code, passed, message)
                    {
                        Count = count,
                        Required = required,
                        WindowStart = context.DeliveryWindowStart,
                        PassesOn = passed ? null : Evidence.FirstChangeTo(changes, passed: true),
                    },
                    changes);
            default:
                // The figure is named in the message, but no figure lets an earlier stage qualify.
                // Stryker disable once Boolean : "permanent" only spares looking across versions, which find the refusal on every day alike
                return new CriterionResult(new Finding(Code, false, Messages.Format(context.Culture, Messages.HoPathRegistered, required)) { Required = required }, permanent: true);
        }
    }

    /// <summary>
    /// The evidence: each PO that is signed and delivered. It counts from the later of its local signing
    /// and delivery dates (both must have happened) until its delivery date leaves the delivery window.
    /// </summary>
    private static Evidence DeliveredPos(HoContext context, PartnerProfile partner)
    {
        var deliveries = new Evidence(context.Today, partner.Opportunities.Count);
        foreach (var opportunity in partner.Opportunities)
        {
            if (opportunity.Origin != OpportunityOrigin.PartnerOriginated || opportunity.SignedAt is not { } signedAt || opportunity.DeliveredAt is not { } deliveredAt)
            {
                continue;
            }

            var signed = signedAt.InZone(context.Zone).Date;
            var delivered = deliveredAt.InZone(context.Zone).Date;
            var happened = signedAt <= context.AsOf && deliveredAt <= context.AsOf;

            // A delivery before the window's start has left it for good.
            if (delivered >= context.DeliveryWindowStart)
            {
                var until = Windows.ExitDate(delivered, context.DeliveryWindow);
                deliveries.Add(new EvidenceSpan(happened && context.Today < until, signed > delivered ? signed : delivered, until));
            }
        }

        return deliveries;
    }
}
