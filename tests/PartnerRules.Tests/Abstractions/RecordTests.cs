using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Abstractions;

public sealed class RecordTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 1, 8, 0);

    [Fact]
    public void Profiles_with_equal_opportunity_lists_are_equal()
    {
        var a = new PartnerProfile(new PartnerId("P"), PartnerStage.Certified, true) { Opportunities = [Po("1"), Po("2")] };
        var b = new PartnerProfile(new PartnerId("P"), PartnerStage.Certified, true) { Opportunities = new List<OpportunityRecord> { Po("1"), Po("2") } };
        var c = a with { Opportunities = [Po("2"), Po("1")] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Lists_default_to_empty()
    {
        Assert.Empty(new PartnerProfile(new PartnerId("P"), PartnerStage.Registered, false).Opportunities);
        Assert.Empty(new PersonalAccount(new AccountId("A"), Site.China).Links);
        Assert.Empty(new IncentiveClaim(new PartnerId("P"), IncentiveKind.Acceleration, CustomerType.New).MonthlySpend);
    }

    [Fact]
    public void A_null_list_is_rejected_naming_the_property()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new PartnerProfile(new PartnerId("P"), PartnerStage.Registered, false) { Opportunities = null! });
        Assert.Equal("Opportunities", ex.ParamName);
        Assert.Equal("Links", Assert.Throws<ArgumentNullException>(() => new PersonalAccount(new AccountId("A"), Site.China) { Links = null! }).ParamName);
        Assert.Equal("MonthlySpend", Assert.Throws<ArgumentNullException>(() => new IncentiveClaim(new PartnerId("P"), IncentiveKind.Acceleration, CustomerType.New) { MonthlySpend = null! }).ParamName);
    }

    [Fact]
    public void A_null_element_is_rejected_with_its_index()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PartnerProfile(new PartnerId("P"), PartnerStage.Registered, false) { Opportunities = [Po("1"), null!] });
        Assert.Contains("index 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_are_copied_so_later_changes_to_the_source_do_not_leak_in()
    {
        var source = new List<PartnerLink> { new(new PartnerId("P1"), At) };
        var account = new PersonalAccount(new AccountId("A"), Site.China) { Links = source };
        source.Add(new PartnerLink(new PartnerId("P2"), At));

        Assert.Single(account.Links);
    }

    [Fact]
    public void Accounts_and_claims_compare_lists_by_content()
    {
        var account = new PersonalAccount(new AccountId("A"), Site.China) { IsRealNameVerified = true, Links = [new PartnerLink(new PartnerId("P1"), At)] };
        Assert.Equal(account, account with { Links = [new PartnerLink(new PartnerId("P1"), At)] });
        Assert.NotEqual(account, account with { IsPartnerAccount = true });

        var claim = new IncentiveClaim(new PartnerId("P"), IncentiveKind.Acceleration, CustomerType.New) { MonthlySpend = [Money.Cny(1m), Money.Cny(2m)] };
        Assert.Equal(claim, claim with { MonthlySpend = [Money.Cny(1m), Money.Cny(2m)] });
        Assert.NotEqual(claim, claim with { MonthlySpend = [Money.Cny(1m)] });
        Assert.NotEqual(claim, claim with { CommitteeApprovedAmount = Money.Cny(0m) });
    }

    [Fact]
    public void Decisions_compare_findings_by_content_and_kind()
    {
        var findings = new[] { new Finding("HO.PCE_MEMBER", true, "ok") };
        var a = new Decision(true, findings) { ChangesOn = new LocalDate(2026, 5, 1) };
        var b = new Decision(true, [new Finding("HO.PCE_MEMBER", true, "ok")]) { ChangesOn = new LocalDate(2026, 5, 1) };
        var incentive = new IncentiveDecision(true, findings, Money.Cny(1m), null, false);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { ChangesOn = null });
        Assert.False(a.Equals(incentive));
        Assert.Equal(incentive, new IncentiveDecision(true, [new Finding("HO.PCE_MEMBER", true, "ok")], Money.Cny(1m), null, false));
        Assert.NotEqual(incentive, incentive with { IsCapped = true });
    }

    [Fact]
    public void FailedFindings_lists_only_the_failed_ones_in_order()
    {
        var decision = new Decision(false, [new Finding("A", false, "a"), new Finding("B", true, "b"), new Finding("C", false, "c")]);
        Assert.Equal(["A", "C"], decision.FailedFindings().Select(f => f.Code));
    }

    [Fact]
    public void A_deadline_is_overdue_from_its_instant_on()
    {
        var overdueFrom = Instant.FromUtc(2026, 10, 9, 16, 0);
        var deadline = new Deadline("INVOICE.PAPER_RETURN", new LocalDate(2026, 10, 9), new LocalDate(2026, 10, 9), overdueFrom);

        Assert.False(deadline.IsOverdue(overdueFrom - Duration.Epsilon));
        Assert.True(deadline.IsOverdue(overdueFrom));
    }

    [Fact]
    public void InvalidTransitionException_says_what_was_refused_and_what_is_permitted()
    {
        var ex = new InvalidTransitionException("Draft", "Approve", ["Submit", "Withdraw"], []);
        Assert.Equal("'Approve' is not permitted in state 'Draft'. Permitted: Submit, Withdraw.", ex.Message);
        Assert.Empty(ex.Findings);

        var refused = new InvalidTransitionException("", "Offer", [], [new Finding("HO.PCE_MEMBER", false, "Not a PCE member.")]);
        Assert.Equal("'Offer' was refused: [HO.PCE_MEMBER] Not a PCE member.", refused.Message);
        Assert.IsAssignableFrom<PartnerRulesException>(refused);
    }

    [Fact]
    public void InvalidTransitionException_names_each_missing_argument()
    {
        Assert.Equal("state", Assert.Throws<ArgumentNullException>(() => new InvalidTransitionException("m", null!, "t", [], [])).ParamName);
        Assert.Equal("trigger", Assert.Throws<ArgumentNullException>(() => new InvalidTransitionException("m", "s", null!, [], [])).ParamName);
        Assert.Equal("permittedTriggers", Assert.Throws<ArgumentNullException>(() => new InvalidTransitionException("m", "s", "t", null!, [])).ParamName);
        Assert.Equal("findings", Assert.Throws<ArgumentNullException>(() => new InvalidTransitionException("m", "s", "t", [], null!)).ParamName);
    }

    private static OpportunityRecord Po(string id) => new(new OpportunityId(id), OpportunityOrigin.PartnerOriginated, At);
}

public sealed class RecordTextTests
{
    [Fact]
    public void Decisions_print_their_findings_and_an_iso_date()
    {
        var decision = new Decision(false, [new Finding("HO.PCE_MEMBER", false, "no")]) { ChangesOn = new LocalDate(2024, 2, 29) };

        Assert.Equal("Decision { IsApproved = False, Findings = [ Finding { Code = HO.PCE_MEMBER, Passed = False, Message = no } ], ChangesOn = 2024-02-29, PolicyVersion = default }", decision.ToString());
        Assert.EndsWith("ChangesOn = null, PolicyVersion = default, Payable = 1.00 CNY, Cap = , IsCapped = False }", new IncentiveDecision(true, [], Money.Cny(1m), null, false).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Deadlines_print_iso_dates()
    {
        var deadline = new Deadline("INVOICE.PAPER_RETURN", new LocalDate(2026, 10, 9), new LocalDate(2026, 10, 10), Instant.FromUtc(2026, 10, 10, 16, 0));

        Assert.Equal("Deadline { Obligation = INVOICE.PAPER_RETURN, ExpectedFrom = 2026-10-09, DueOn = 2026-10-10, OverdueFrom = 2026-10-10T16:00:00Z }", deadline.ToString());
    }
}

public sealed class WithExpressionGuardTests
{
    [Fact]
    public void A_decision_refuses_null_findings_through_with_too()
    {
        var decision = new Decision(true, [new Finding("HO.PCE_MEMBER", true, "ok")]);

        Assert.Equal("Findings", Assert.Throws<ArgumentNullException>(() => decision with { Findings = null! }).ParamName);
    }

    [Fact]
    public void A_decision_copies_findings_given_through_with()
    {
        var source = new System.Collections.Generic.List<Finding> { new("A", true, "a") };
        var decision = new Decision(true, []) with { Findings = source };
        source.Add(new Finding("B", false, "b"));

        Assert.Single(decision.Findings);
    }

    [Fact]
    public void A_snapshot_copies_a_history_given_through_with()
    {
        var snapshot = InvoiceReturnLifecycle.Request(new InvoiceId("INV-1"), InvoiceKind.ElectronicOrdinary, new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 3, 2, 2, 0))).ToSnapshot();
        var history = new System.Collections.Generic.List<Transition<InvoiceReturnState, InvoiceReturnTrigger>>
        {
            new(InvoiceReturnState.Requested, InvoiceReturnState.Completed, InvoiceReturnTrigger.Complete, Instant.FromUtc(2026, 3, 2, 3, 0)),
        };
        var changed = snapshot with { History = history, Version = 1, State = InvoiceReturnState.Completed };
        history.Clear();

        Assert.Single(changed.History);
    }

    [Fact]
    public void A_non_positive_red_letter_validity_is_reported_in_invariant_text()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            var problems = (ProgramPolicy.Default with { RedLetterConfirmationValidity = Duration.FromHours(-2) }).GetProblems();

            Assert.Equal(["RedLetterConfirmationValidity must be positive (was -2:00:00)"], problems);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
