using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>Staff criterion 2: the account is not actively linked to a partner other than the inviting one.</summary>
[Name("Not linked to another partner")]
[Description("The account has no active link (linked, not yet unlinked) to a partner other than the inviting one; an active link to the inviting partner itself does not count.")]
[Tag(RuleSets.StaffLink)]
internal sealed class NotLinkedToAnotherPartnerRule : StaffLinkRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.StaffNotLinkedElsewhere;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.TimeZone) };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(StaffLinkContext context, StaffLinkSubject subject)
    {
        var passed = Timeline.CountAtAsOf(subject.ActiveElsewhere) == 0;
        var message = passed
            ? Messages.Get(context.Culture, Messages.StaffNotLinkedElsewherePassed)
            : Messages.Format(context.Culture, Messages.StaffNotLinkedElsewhereFailed, string.Join(", ", subject.PartnersElsewhere));
        return new CriterionResult(new Finding(Code, passed, message),
            Timeline.Changes(subject.ActiveElsewhere, context.Today, 1, passWhenAtLeast: false));
    }
}
