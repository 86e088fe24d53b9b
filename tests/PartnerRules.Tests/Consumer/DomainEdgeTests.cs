using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;

namespace PartnerRules.Tests.Consumer;

/// <summary>
/// DOMAIN.md at its edges, written the way a consumer writes tests: only the public API of
/// API.md, instants in UTC, the programme's midnight at 16:00 UTC.
/// </summary>
public sealed class DomainEdgeTests
{
    private static readonly PartnerRulesEngine Engine = new(new PartnerRulesOptions { Culture = CultureInfo.InvariantCulture });

    // 2026-11-29 10:00 in Shanghai: the 12-month window is [2025-11-29, 2026-11-29].
    private static readonly Instant AsOf = Instant.FromUtc(2026, 11, 29, 2, 0);

    private static PartnerProfile Certified(params Instant[] deliveries) =>
        new(new PartnerId("P-1"), PartnerStage.Certified, true)
        {
            Opportunities = deliveries.Select((d, i) => new OpportunityRecord(new OpportunityId($"O-{i}"), OpportunityOrigin.PartnerOriginated, AsOf - Duration.FromDays(1))
            {
                SignedAt = d - Duration.FromDays(10),
                DeliveredAt = d,
            }).ToArray(),
        };

    [Theory]
    [InlineData(2025, 11, 28, 16, 0, 0, true)]   // 00:00 on 2025-11-29 in Shanghai: the window's first day
    [InlineData(2025, 11, 28, 15, 59, 59, false)] // 23:59:59 on 2025-11-28: one second outside
    public void The_third_delivery_counts_from_the_programmes_midnight(int y, int m, int d, int h, int min, int s, bool eligible)
    {
        var decision = Engine.EvaluateHoEligibility(Certified(Instant.FromUtc(y, m, d, h, min, s), AsOf - Duration.FromDays(5), AsOf - Duration.FromDays(50)), AsOf);

        Assert.Equal(eligible, decision.IsApproved);
        Assert.Equal(eligible, decision.Findings.Single(f => f.Code == "HO.DEVELOPMENT_PATH").Passed);
    }

    [Fact]
    public void ChangesOn_is_the_day_the_third_newest_delivery_leaves_the_window()
    {
        var decision = Engine.EvaluateHoEligibility(Certified(Instant.FromUtc(2025, 12, 15, 4, 0), AsOf - Duration.FromDays(5), AsOf - Duration.FromDays(50)), AsOf);

        Assert.True(decision.IsApproved);
        Assert.Equal(new LocalDate(2026, 12, 16), decision.ChangesOn);
        Assert.True(Engine.EvaluateHoEligibility(Certified(Instant.FromUtc(2025, 12, 15, 4, 0), AsOf - Duration.FromDays(5), AsOf - Duration.FromDays(50)), Instant.FromUtc(2026, 12, 15, 15, 59, 59)).IsApproved);
        Assert.False(Engine.EvaluateHoEligibility(Certified(Instant.FromUtc(2025, 12, 15, 4, 0), AsOf - Duration.FromDays(5), AsOf - Duration.FromDays(50)), Instant.FromUtc(2026, 12, 15, 16, 0)).IsApproved);
    }

    [Fact]
    public void A_leap_day_delivery_stays_in_the_window_through_28_February_and_leaves_on_1_March()
    {
        var leap = Instant.FromUtc(2024, 2, 29, 4, 0);
        var asOf = Instant.FromUtc(2025, 2, 1, 4, 0);
        var partner = new PartnerProfile(new PartnerId("P-1"), PartnerStage.Certified, true)
        {
            Opportunities =
            [
                new(new OpportunityId("O-1"), OpportunityOrigin.PartnerOriginated, asOf) { SignedAt = leap - Duration.FromDays(1), DeliveredAt = leap },
                new(new OpportunityId("O-2"), OpportunityOrigin.PartnerOriginated, asOf) { SignedAt = asOf - Duration.FromDays(9), DeliveredAt = asOf - Duration.FromDays(3) },
                new(new OpportunityId("O-3"), OpportunityOrigin.PartnerOriginated, asOf) { SignedAt = asOf - Duration.FromDays(9), DeliveredAt = asOf - Duration.FromDays(4) },
            ],
        };

        var decision = Engine.EvaluateHoEligibility(partner, asOf);

        Assert.True(decision.IsApproved);
        Assert.Equal(new LocalDate(2025, 3, 1), decision.ChangesOn);
        Assert.True(Engine.EvaluateHoEligibility(partner, Instant.FromUtc(2025, 2, 28, 15, 0)).IsApproved);
    }

    [Theory]
    [InlineData(90, true)]
    [InlineData(91, false)]
    public void A_PO_update_counts_for_90_days(int daysAgo, bool passes)
    {
        var partner = new PartnerProfile(new PartnerId("P-1"), PartnerStage.Differentiated, true)
        {
            Opportunities = [new(new OpportunityId("O-1"), OpportunityOrigin.PartnerOriginated, AsOf - Duration.FromDays(daysAgo))],
        };

        Assert.Equal(passes, Engine.EvaluateHoEligibility(partner, AsOf).IsApproved);
    }

    [Fact]
    public void An_HO_update_does_not_count_as_sharing()
    {
        var partner = new PartnerProfile(new PartnerId("P-1"), PartnerStage.Differentiated, true)
        {
            Opportunities = [new(new OpportunityId("O-1"), OpportunityOrigin.HuaweiOriginated, AsOf)],
        };

        var decision = Engine.EvaluateHoEligibility(partner, AsOf);

        Assert.False(decision.Findings.Single(f => f.Code == "HO.SHARES_OPPORTUNITIES").Passed);
        Assert.Equal(["HO.PCE_MEMBER", "HO.SHARES_OPPORTUNITIES", "HO.DEVELOPMENT_PATH"], decision.Findings.Select(f => f.Code));
    }

    [Fact]
    public void A_third_partner_linked_within_a_year_refuses_and_says_when_linking_is_possible_again()
    {
        var account = new PersonalAccount(new AccountId("A-1"), Site.China)
        {
            IsRealNameVerified = true,
            Links =
            [
                new(new PartnerId("P-A"), Instant.FromUtc(2025, 1, 1, 4, 0)) { UnlinkedAt = Instant.FromUtc(2025, 12, 1, 4, 0) },
                new(new PartnerId("P-B"), Instant.FromUtc(2026, 1, 1, 4, 0)) { UnlinkedAt = Instant.FromUtc(2026, 3, 1, 4, 0) },
                new(new PartnerId("P-C"), Instant.FromUtc(2026, 4, 1, 4, 0)) { UnlinkedAt = Instant.FromUtc(2026, 5, 1, 4, 0) },
            ],
        };

        var decision = Engine.EvaluateStaffLink(new PartnerId("P-D"), account, AsOf);

        Assert.False(decision.IsApproved);
        Assert.Equal(["STAFF.LINK_LIMIT"], decision.FailedFindings().Select(f => f.Code));
        Assert.Equal(new LocalDate(2026, 12, 2), decision.ChangesOn);
        Assert.Contains("2026-12-02", decision.FailedFindings()[0].Message, StringComparison.Ordinal);
        Assert.True(Engine.EvaluateStaffLink(new PartnerId("P-D"), account, Instant.FromUtc(2026, 12, 1, 16, 0)).IsApproved);
    }

    [Fact]
    public void An_active_link_to_the_inviting_partner_is_not_another_partner()
    {
        var account = new PersonalAccount(new AccountId("A-1"), Site.International)
        {
            Links = [new(new PartnerId("P-1"), AsOf - Duration.FromDays(30))],
        };

        var decision = Engine.EvaluateStaffLink(new PartnerId("P-1"), account, AsOf);

        Assert.True(decision.IsApproved);
        Assert.True(decision.Findings.Single(f => f.Code == "STAFF.REAL_NAME_VERIFIED").Passed); // does not apply on the international site
    }

    [Theory]
    [InlineData(IncentiveKind.FirstCommercialProject, CustomerType.New, 6, 60_000, 300_000, 300_000, true)]
    [InlineData(IncentiveKind.FirstCommercialProject, CustomerType.New, 6, 50_000, 300_000, 300_000, false)]
    [InlineData(IncentiveKind.Acceleration, CustomerType.New, 3, 80_000, 150_000, 150_000, true)]
    [InlineData(IncentiveKind.Acceleration, CustomerType.New, 2, 10_000, 20_000, 150_000, false)]
    public void Spend_rows_pay_the_window_sum_up_to_the_cap(IncentiveKind kind, CustomerType customer, int months, int monthly, int payable, int cap, bool capped)
    {
        var claim = new IncentiveClaim(new PartnerId("P-1"), kind, customer) { MonthlySpend = Enumerable.Repeat(Money.Cny(monthly), months).ToArray() };

        var decision = Engine.EvaluateIncentive(claim);

        Assert.True(decision.IsApproved);
        Assert.Equal(Money.Cny(payable), decision.Payable);
        Assert.Equal(Money.Cny(cap), decision.Cap);
        Assert.Equal(capped, decision.IsCapped);
    }

    [Fact]
    public void A_zero_committee_approval_pays_zero_and_a_missing_one_refuses()
    {
        var claim = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.Acceleration, CustomerType.Existing) { CommitteeApprovedAmount = Money.Cny(0m) };

        var zero = Engine.EvaluateIncentive(claim);
        var missing = Engine.EvaluateIncentive(claim with { CommitteeApprovedAmount = null });

        Assert.True(zero.IsApproved);
        Assert.Equal(Money.Cny(0m), zero.Payable);
        Assert.False(missing.IsApproved);
        Assert.Equal(Money.Cny(0m), missing.Payable);
        Assert.Equal(Money.Cny(20_000m), missing.Cap);
        Assert.Equal(["INCENTIVE.COMMITTEE_APPROVAL"], missing.FailedFindings().Select(f => f.Code));
    }

    [Fact]
    public void The_fixed_row_has_no_cap()
    {
        var decision = Engine.EvaluateIncentive(new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.Existing));

        Assert.Equal(Money.Cny(50_000m), decision.Payable);
        Assert.Null(decision.Cap);
        Assert.False(decision.IsCapped);
    }

    [Theory]
    [InlineData(-1)]
    public void Negative_spend_is_bad_input(int amount) =>
        Assert.ThrowsAny<ArgumentException>(() => Engine.EvaluateIncentive(new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.Acceleration, CustomerType.New) { MonthlySpend = [Money.Cny(amount), Money.Cny(1m)] }));

    [Fact]
    public void Mixed_currencies_and_default_ids_are_bad_input()
    {
        Assert.ThrowsAny<ArgumentException>(() => Engine.EvaluateIncentive(new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.Acceleration, CustomerType.New) { MonthlySpend = [Money.Cny(1m), new Money(1m, "USD")] }));
        Assert.ThrowsAny<ArgumentException>(() => Engine.EvaluateIncentive(new IncentiveClaim(default, IncentiveKind.Acceleration, CustomerType.New)));
        Assert.ThrowsAny<ArgumentException>(() => Engine.EvaluateHoEligibility(new PartnerProfile(default, PartnerStage.Certified, true), AsOf));
        Assert.ThrowsAny<ArgumentException>(() => Engine.EvaluateStaffLink(default, new PersonalAccount(new AccountId("A"), Site.China), AsOf));
        Assert.ThrowsAny<ArgumentException>(() => Engine.EvaluateHoEligibility((PartnerProfile)null!, AsOf));
    }

    [Fact]
    public void A_special_VAT_red_letter_invoice_is_due_on_the_third_business_day_after_confirmation()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 9, 29, 15, 59, 59)); // 23:59:59 on Tuesday 29 September
        var invoiceReturn = InvoiceReturnLifecycle.Request(new InvoiceId("INV-1"), InvoiceKind.SpecialVat, clock);
        invoiceReturn.Fire(InvoiceReturnTrigger.ConfirmRedLetter);

        Assert.Equal(new Deadline("INVOICE.RED_LETTER_ISSUE", new LocalDate(2026, 9, 30), new LocalDate(2026, 10, 9), Instant.FromUtc(2026, 10, 9, 16, 0)), invoiceReturn.Deadline);

        clock.Reset(Instant.FromUtc(2026, 9, 29, 16, 0)); // 00:00 on Wednesday 30 September
        var later = InvoiceReturnLifecycle.Request(new InvoiceId("INV-2"), InvoiceKind.SpecialVat, clock);
        later.Fire(InvoiceReturnTrigger.ConfirmRedLetter);
        Assert.Equal(new LocalDate(2026, 10, 10), later.Deadline!.DueOn); // the working Saturday after Golden Week
    }

    [Fact]
    public void An_electronic_return_is_due_the_same_day()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 2, 14, 15, 0)); // 23:00 on the worked Saturday 14 February
        var invoiceReturn = InvoiceReturnLifecycle.Request(new InvoiceId("INV-1"), InvoiceKind.ElectronicOrdinary, clock);

        Assert.Equal(new LocalDate(2026, 2, 14), invoiceReturn.Deadline!.DueOn);
        Assert.False(invoiceReturn.Deadline.IsOverdue(Instant.FromUtc(2026, 2, 14, 15, 59, 59)));
        Assert.True(invoiceReturn.Deadline.IsOverdue(Instant.FromUtc(2026, 2, 14, 16, 0)));
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void An_offline_association_needs_an_account_created_within_7_days(int daysOld, bool refused)
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 29, 15, 59)); // 23:59 on 29 November in Shanghai
        var association = CustomerAssociationLifecycle.Invite(new PartnerId("P-1"), AssociationMode.ConsultativeSale, clock);
        var createdAt = Instant.FromUtc(2026, 11, 29 - daysOld, 16, 0) - Duration.FromDays(1); // 00:00 local, daysOld days before

        if (refused)
        {
            var ex = Assert.Throws<InvalidTransitionException>(() => association.Associate(new CustomerAccount(new AccountId("C-1"), createdAt)));
            Assert.Equal("ASSOCIATION.NEW_ACCOUNT", Assert.Single(ex.Findings).Code);
            Assert.Equal(AssociationState.Invited, association.State);
            Assert.Equal(0, association.Version);
        }
        else
        {
            association.Associate(new CustomerAccount(new AccountId("C-1"), createdAt));
            Assert.Equal(AssociationState.AwaitingSignature, association.State);
            Assert.Equal(new AccountId("C-1"), association.Customer);
        }
    }

    [Fact]
    public void Offering_HO_on_a_refused_decision_names_its_failed_findings()
    {
        var refused = Engine.EvaluateHoEligibility(new PartnerProfile(new PartnerId("P-1"), PartnerStage.Registered, false), AsOf);

        var ex = Assert.Throws<InvalidTransitionException>(() => OpportunityLifecycle.Offer(new OpportunityId("HO-1"), refused, new FakeClock(AsOf)));

        Assert.Equal("", ex.State);
        Assert.Equal("Offer", ex.Trigger);
        Assert.Empty(ex.PermittedTriggers);
        Assert.Equal(refused.FailedFindings(), ex.Findings);
    }

    [Fact]
    public void A_trigger_the_state_forbids_is_refused_before_its_missing_reason()
    {
        var lifecycle = OpportunityLifecycle.CreateDraft(new OpportunityId("O-1"), new FakeClock(AsOf));

        var ex = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(OpportunityTrigger.Reject));
        Assert.Equal("Draft", ex.State);
        Assert.Equal("Reject", ex.Trigger);
        Assert.Equal(["Withdraw"], ex.PermittedTriggers);   // Submit's guard fails on an empty form
    }
}
