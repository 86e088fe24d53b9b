using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Engine;

namespace PartnerRules.StaffLinks;

/// <summary>
/// A personal account as the staff-link rules see it: its flags plus, precomputed in plain C#, when
/// each link is active (for "not linked elsewhere") and when it counts toward the link limit.
/// </summary>
internal sealed class StaffLinkSubject : RuleSubject
{
    private StaffLinkSubject(PersonalAccount account, EvidenceSpan[] activeElsewhere, IReadOnlyList<string> partnersElsewhere, EvidenceSpan[] windowLinks)
        : base(RuleSets.StaffLinkCodes.Length)
    {
        Account = account.Id;
        Site = account.Site;
        IsRealNameVerified = account.IsRealNameVerified;
        IsEnterpriseVerified = account.IsEnterpriseVerified;
        IsPartnerAccount = account.IsPartnerAccount;
        ActiveElsewhere = activeElsewhere;
        PartnersElsewhere = partnersElsewhere;
        WindowLinks = windowLinks;
    }

    public AccountId Account { get; }

    public Site Site { get; }

    public bool IsRealNameVerified { get; }

    public bool IsEnterpriseVerified { get; }

    public bool IsPartnerAccount { get; }

    /// <summary>Links to partners other than the inviting one: active from the link's date until its unlink date.</summary>
    public EvidenceSpan[] ActiveElsewhere { get; }

    /// <summary>The other partners the account is actively linked to at the evaluation instant, for the message.</summary>
    public IReadOnlyList<string> PartnersElsewhere { get; }

    /// <summary>Every link, keyed by partner: counts from its date until its unlink date leaves the link window.</summary>
    public EvidenceSpan[] WindowLinks { get; }

    public static StaffLinkSubject Create(PersonalAccount account, StaffLinkContext context, ProgramPolicy policy)
    {
        var zone = policy.TimeZone;
        var today = context.Today;
        var asOf = context.AsOf;
        var links = account.Links;
        List<EvidenceSpan>? elsewhere = null;
        List<string>? partnersElsewhere = null;
        List<(string Partner, EvidenceSpan Span)>? counted = null;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            var linked = link.LinkedAt.InZone(zone).Date;
            var unlinked = link.UnlinkedAt?.InZone(zone).Date;
            var linkHappened = link.LinkedAt <= asOf;

            if (!link.Partner.Equals(context.InvitingPartner))
            {
                var activeNow = linkHappened && (link.UnlinkedAt is null || link.UnlinkedAt.Value > asOf);
                var active = new EvidenceSpan(activeNow, linked, unlinked ?? LocalDate.MaxIsoValue, i);
                if (active.IsRelevant(today))
                {
                    (elsewhere ??= new List<EvidenceSpan>()).Add(active);
                }

                if (activeNow && (partnersElsewhere is null || !partnersElsewhere.Contains(link.Partner.Value)))
                {
                    (partnersElsewhere ??= new List<string>()).Add(link.Partner.Value);
                }
            }

            // An unlink before the window's start has left it for good.
            if (unlinked is { } end && end < context.LinkWindowStart)
            {
                continue;
            }

            var until = unlinked is { } u ? Windows.ExitDate(u, policy.StaffLinkWindow) : LocalDate.MaxIsoValue;
            var span = new EvidenceSpan(linkHappened, linked, until, 0);
            if (span.IsRelevant(today))
            {
                (counted ??= new List<(string, EvidenceSpan)>()).Add((link.Partner.Value, span));
            }
        }

        return new StaffLinkSubject(
            account,
            elsewhere?.ToArray() ?? Array.Empty<EvidenceSpan>(),
            (IReadOnlyList<string>?)partnersElsewhere ?? Array.Empty<string>(),
            KeyByPartner(counted));
    }

    protected override string Describe() => "the personal account (id withheld: personal data)";

    /// <summary>Gives the links of one partner one key and puts them side by side, so a partner is counted once.</summary>
    private static EvidenceSpan[] KeyByPartner(List<(string Partner, EvidenceSpan Span)>? counted)
    {
        if (counted is null)
        {
            return Array.Empty<EvidenceSpan>();
        }

        counted.Sort(static (a, b) => string.CompareOrdinal(a.Partner, b.Partner));
        var spans = new EvidenceSpan[counted.Count];
        var key = 0;
        for (var i = 0; i < spans.Length; i++)
        {
            if (i > 0 && !string.Equals(counted[i].Partner, counted[i - 1].Partner, StringComparison.Ordinal))
            {
                key++;
            }

            var span = counted[i].Span;
            spans[i] = new EvidenceSpan(span.CountsAtAsOf, span.From, span.Until, key);
        }

        return spans;
    }
}
