using System.Collections.Generic;
using NodaTime;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;
using PartnerRules.Resources;

namespace PartnerRules.StaffLinks;

/// <summary>
/// Staff criterion 2 (docs/programme-rules.md §4): the account must "not be successfully linked to another partner
/// account already (an active link)"; an active link to the inviting partner itself is not "another".
/// </summary>
[Name("Not linked to another partner")]
[Description("The account has no active link (linked, not yet unlinked) to a partner other than the inviting one; an active link to the inviting partner itself does not count.")]
[Tag(Tag)]
internal sealed class NotLinkedToAnotherPartnerRule : StaffLinkRule
{
    /// <inheritdoc />
    public override string Code => FindingCodes.StaffNotLinkedElsewhere;

    /// <inheritdoc />
    public override IReadOnlyList<string> PolicyValues { get; } = new[] { nameof(ProgramPolicy.TimeZone) };

    /// <inheritdoc />
    public override IReadOnlyList<string> Figures { get; } = new[] { nameof(Finding.Count), nameof(Finding.PassesOn) };

    /// <inheritdoc />
    protected override CriterionResult Evaluate(StaffLinkContext context, PersonalAccount account)
    {
        // The evidence: each link to another partner, active from its local link date until its local
        // unlink date (open while not unlinked); the partners linked at the instant are named.
        var active = new Evidence(context.Today, account.Links.Count);
        List<string>? partners = null;
        foreach (var link in account.Links)
        {
            if (link.Partner.Equals(context.InvitingPartner))
            {
                continue;
            }

            var activeNow = link.LinkedAt <= context.AsOf && (link.UnlinkedAt is null || link.UnlinkedAt.Value > context.AsOf);
            var unlinked = link.UnlinkedAt?.InZone(context.Zone).Date ?? LocalDate.MaxIsoValue;
            active.Add(new EvidenceSpan(activeNow, link.LinkedAt.InZone(context.Zone).Date, unlinked));
            if (activeNow && (partners is null || !partners.Contains(link.Partner.Value)))
            {
                (partners ??= new List<string>()).Add(link.Partner.Value);
            }
        }

        // The condition: none is active.
        var passed = active.CountAtAsOf() == 0;
        var changes = active.Changes(1, passWhenAtLeast: false);
        var message = passed
            ? Messages.Get(context.Culture, Messages.StaffNotLinkedElsewherePassed)
            : Messages.Format(context.Culture, Messages.StaffNotLinkedElsewhereFailed, string.Join(", ", partners!));
        var finding = new Finding(Code, passed, message)
        {
            Count = partners?.Count ?? 0,
            PassesOn = passed ? null : Evidence.FirstChangeTo(changes, passed: true),
        };
        return new CriterionResult(finding, changes);
    }
}
