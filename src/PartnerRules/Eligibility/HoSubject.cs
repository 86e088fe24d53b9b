using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Engine;

namespace PartnerRules.Eligibility;

/// <summary>
/// One partner as the HO-eligibility rules see it: its profile plus, precomputed in plain C#, when
/// each PO update and each signed, delivered PO counts (local dates, window exits).
/// </summary>
internal sealed class HoSubject : RuleSubject
{
    private HoSubject(PartnerProfile profile, EvidenceSpan[] poUpdates, LocalDate? newestPoUpdate, EvidenceSpan[] deliveredPos)
        : base(RuleSets.HoEligibilityCodes.Length)
    {
        Partner = profile.Id;
        Stage = profile.Stage;
        IsPceMember = profile.IsPceMember;
        PoUpdates = poUpdates;
        NewestPoUpdate = newestPoUpdate;
        DeliveredPos = deliveredPos;
    }

    public PartnerId Partner { get; }

    public PartnerStage Stage { get; }

    public bool IsPceMember { get; }

    /// <summary>Each PO's last update: counts from its date until it is older than the update window.</summary>
    public EvidenceSpan[] PoUpdates { get; }

    /// <summary>The newest PO update that has happened by the evaluation instant, for the message.</summary>
    public LocalDate? NewestPoUpdate { get; }

    /// <summary>Each signed and delivered PO: counts from the later of both dates until the delivery leaves the window.</summary>
    public EvidenceSpan[] DeliveredPos { get; }

    public static HoSubject Create(PartnerProfile profile, HoContext context, ProgramPolicy policy)
    {
        var zone = policy.TimeZone;
        var today = context.Today;
        List<EvidenceSpan>? updates = null;
        List<EvidenceSpan>? deliveries = null;
        LocalDate? newest = null;
        var opportunities = profile.Opportunities;
        for (var i = 0; i < opportunities.Count; i++)
        {
            var opportunity = opportunities[i];
            if (opportunity.Origin != OpportunityOrigin.PartnerOriginated)
            {
                continue;
            }

            var updated = opportunity.LastUpdatedAt.InZone(zone).Date;
            var updateHappened = opportunity.LastUpdatedAt <= context.AsOf;
            if (updateHappened && (newest is null || updated > newest.Value))
            {
                newest = updated;
            }

            // A date before the window's start has left it for good (the window only moves forward).
            if (updated >= context.UpdateWindowStart)
            {
                (updates ??= new List<EvidenceSpan>()).Add(Span(updateHappened, updated, updated, policy.OpportunityUpdateWindow, today, i));
            }

            if (opportunity.SignedAt is { } signedAt && opportunity.DeliveredAt is { } deliveredAt)
            {
                var signed = signedAt.InZone(zone).Date;
                var delivered = deliveredAt.InZone(zone).Date;
                var happened = signedAt <= context.AsOf && deliveredAt <= context.AsOf;
                if (delivered >= context.DeliveryWindowStart)
                {
                    var delivery = Span(happened, signed > delivered ? signed : delivered, delivered, policy.DeliveredPoWindow, today, i);
                    if (delivery.IsRelevant(today))
                    {
                        (deliveries ??= new List<EvidenceSpan>()).Add(delivery);
                    }
                }
            }
        }

        return new HoSubject(profile, updates?.ToArray() ?? Array.Empty<EvidenceSpan>(), newest, deliveries?.ToArray() ?? Array.Empty<EvidenceSpan>());
    }

    protected override string Describe() => "partner " + Partner.Value;

    private static EvidenceSpan Span(bool happened, LocalDate from, LocalDate windowed, Period window, LocalDate today, int key)
    {
        var until = Windows.ExitDate(windowed, window);
        return new EvidenceSpan(happened && today < until, from, until, key);
    }
}
