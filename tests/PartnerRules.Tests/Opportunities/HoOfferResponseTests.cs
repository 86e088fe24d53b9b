using System;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Opportunities;

/// <summary>
/// The HO offer's response deadline (issue 15 item 2): none unless the policy sets <c>HoOfferResponseTime</c>; with one,
/// due on the offer's local date plus the period, overdue from the programme's midnight after it, when Accept and Decline
/// are refused with <c>HO.OFFER_RESPONSE</c> and only Expire remains; listed by <c>Obligations.Running</c>.
/// </summary>
public sealed class HoOfferResponseTests
{
    private static readonly DateTimeZone SaoPaulo = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];
    private static readonly ProgramPolicy FiveDays = ProgramPolicy.Default with { TimeZone = SaoPaulo, HoOfferResponseTime = Period.FromDays(5) };

    // 23:30 on 2 March in São Paulo is already 3 March in UTC and in Shanghai.
    private static readonly Instant OfferedAt = new LocalDateTime(2026, 3, 2, 23, 30).InZoneStrictly(SaoPaulo).ToInstant();
    private static readonly Instant OverdueFrom = new LocalDateTime(2026, 3, 8, 0, 0).InZoneStrictly(SaoPaulo).ToInstant();

    [Fact]
    public void Without_a_response_time_no_deadline_runs_and_an_offer_can_be_accepted_years_later()
    {
        var clock = new FakeClock(OfferedAt);
        var offer = OpportunityLifecycle.Offer(Opp, ApprovedHo, clock, ProgramPolicy.Default with { TimeZone = SaoPaulo });
        clock.Advance(Duration.FromDays(3000));

        Assert.Null(offer.Deadline);
        Assert.Empty(PartnerRules.Obligations.Running([offer], clock.GetCurrentInstant()));
        offer.Fire(OpportunityTrigger.Accept);
        Assert.Equal(OpportunityState.Active, offer.State);
    }

    [Fact]
    public void The_deadline_runs_from_the_offers_local_date_to_the_programmes_midnight_after_the_last_day()
    {
        var offer = OpportunityLifecycle.Offer(Opp, ApprovedHo, new FakeClock(OfferedAt), FiveDays);

        Assert.Equal(new Deadline(ObligationCodes.HoOfferResponse, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 7), OverdueFrom), offer.Deadline);
    }

    [Fact]
    public void Accept_and_decline_are_open_until_the_last_tick_of_the_last_day()
    {
        var clock = new FakeClock(OverdueFrom - Duration.Epsilon);
        var accepted = OpportunityLifecycle.Restore(OpportunityLifecycle.Offer(Opp, ApprovedHo, new FakeClock(OfferedAt), FiveDays).ToSnapshot(), clock, FiveDays);
        var declined = OpportunityLifecycle.Restore(accepted.ToSnapshot(), clock, FiveDays);

        Assert.Equal([OpportunityTrigger.Accept, OpportunityTrigger.Decline, OpportunityTrigger.Expire], accepted.PermittedTriggers);
        accepted.Fire(OpportunityTrigger.Accept);
        declined.Fire(OpportunityTrigger.Decline, "no capacity");
        Assert.Equal(OpportunityState.Active, accepted.State);
        Assert.Null(accepted.Deadline);
        Assert.Equal(OpportunityState.Declined, declined.State);
    }

    [Theory]
    [InlineData(OpportunityTrigger.Accept)]
    [InlineData(OpportunityTrigger.Decline)]
    public void From_the_overdue_instant_an_answer_is_refused_naming_the_deadline_and_only_expire_remains(OpportunityTrigger trigger)
    {
        var clock = new FakeClock(OfferedAt);
        var offer = OpportunityLifecycle.Offer(Opp, ApprovedHo, clock, FiveDays);
        clock.Reset(OverdueFrom);
        var before = offer.ToSnapshot();

        using (UiCulture("en-US"))
        {
            var error = Assert.Throws<InvalidTransitionException>(() => offer.Fire(trigger, "late"));
            var finding = Assert.Single(error.Findings);
            Assert.Equal(FindingCodes.HoOfferResponse, finding.Code);
            Assert.False(finding.Passed);
            Assert.Equal("The offer had to be answered within 5 days, by 2026-03-07: it can no longer be accepted or declined; mark it expired.", finding.Message);
        }

        Assert.Equal(before, offer.ToSnapshot());
        Assert.Equal([OpportunityTrigger.Expire], offer.PermittedTriggers);
        Assert.True(offer.Deadline!.IsOverdue(clock.GetCurrentInstant()));
        offer.Fire(OpportunityTrigger.Expire);
        Assert.Equal(OpportunityState.Expired, offer.State);
        Assert.Null(offer.Deadline);
    }

    [Fact]
    public void A_po_never_has_an_offer_deadline()
    {
        var draft = OpportunityLifecycle.CreateDraft(Opp, new FakeClock(OfferedAt), FiveDays);

        Assert.Null(draft.Deadline);
    }

    [Fact]
    public void Running_offers_are_obligations_from_lifecycles_and_snapshots()
    {
        var clock = new FakeClock(OfferedAt);
        var offer = OpportunityLifecycle.Offer(Opp, ApprovedHo, clock, FiveDays);
        var snapshot = OpportunityLifecycle.Offer(new OpportunityId("OPP-2"), ApprovedHo, clock, FiveDays).ToSnapshot();

        var running = PartnerRules.Obligations.Running([offer, snapshot], OverdueFrom, FiveDays);

        Assert.Equal(["OPP-1", "OPP-2"], running.Select(o => o.SubjectId));
        Assert.All(running, o =>
        {
            Assert.Equal(ObligationCodes.HoOfferResponse, o.Code);
            Assert.True(o.IsOverdue);
            Assert.Equal(new LocalDate(2026, 3, 7), o.DueOn);
        });
        using (UiCulture("zh-CN"))
        {
            Assert.Equal("请在 2026-03-07 前答复商机 OPP-1 的分配(分配日期:2026-03-02);之后请将其标记为已过期。", PartnerRules.Obligations.Running([offer], OfferedAt, FiveDays)[0].Description);
        }
    }

    [Fact]
    public void An_offer_naming_the_partner_keeps_it_and_the_decision_as_creation_data()
    {
        var clock = new FakeClock(OfferedAt);
        var offer = OpportunityLifecycle.Offer(Opp, Partner, ApprovedHo, clock, FiveDays);
        var options = PartnerRulesJson.CreateOptions();
        var read = JsonSerializer.Deserialize<OpportunitySnapshot>(JsonSerializer.Serialize(offer.ToSnapshot(), options), options)!;
        var restored = OpportunityLifecycle.Restore(read, clock, FiveDays);

        Assert.Equal(Partner, offer.Partner);
        Assert.Same(ApprovedHo, offer.OfferDecision);
        Assert.Equal(0, offer.Version);
        Assert.Empty(offer.History);
        Assert.Equal(Partner, restored.Partner);
        Assert.Equal(ApprovedHo, restored.OfferDecision);
        Assert.Equal(offer.ToSnapshot(), restored.ToSnapshot());
        Assert.Null(OpportunityLifecycle.Offer(Opp, ApprovedHo, clock).Partner);
    }

    [Fact]
    public void An_offer_to_a_default_partner_or_with_a_refused_decision_is_refused()
    {
        var clock = new FakeClock(OfferedAt);

        Assert.Equal("partner", Assert.Throws<ArgumentException>(() => OpportunityLifecycle.Offer(Opp, default(PartnerId), ApprovedHo, clock)).ParamName);
        Assert.Throws<InvalidTransitionException>(() => OpportunityLifecycle.Offer(Opp, Partner, RefusedHo, clock));
    }

    [Fact]
    public void A_snapshot_with_offer_data_on_a_po_or_a_refused_offer_decision_is_rejected()
    {
        var clock = new FakeClock(OfferedAt);
        var po = OpportunityLifecycle.CreateDraft(Opp, clock).ToSnapshot() with { Partner = Partner };
        var refused = OpportunityLifecycle.Offer(Opp, Partner, ApprovedHo, clock).ToSnapshot() with { OfferDecision = RefusedHo };

        Assert.Contains("Partner or OfferDecision is set on a PO: only an HO offer keeps them", Assert.Throws<SnapshotRejectedException>(() => OpportunityLifecycle.Restore(po, clock)).Problems);
        Assert.Contains("OfferDecision is not approved: an offer is made only with an approved decision", Assert.Throws<SnapshotRejectedException>(() => OpportunityLifecycle.Restore(refused, clock)).Problems);
    }

    [Fact]
    public void A_negative_or_timed_response_time_is_an_invalid_policy()
    {
        Assert.Contains("HoOfferResponseTime must not be negative (was P-1D)", (ProgramPolicy.Default with { HoOfferResponseTime = Period.FromDays(-1) }).GetProblems());
        Assert.Contains("HoOfferResponseTime must be in years, months, weeks or days (was PT5H)", (ProgramPolicy.Default with { HoOfferResponseTime = Period.FromHours(5) }).GetProblems());
        Assert.Empty(ProgramPolicy.Default.GetProblems());
    }
}
