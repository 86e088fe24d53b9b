using System;
using System.Linq;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

public sealed class PolicyImpactTests
{
    internal static Decision Ho(params bool[] passed) =>
        new(passed.All(p => p), FindingCodes.HoEligibility.Select((c, i) => new Finding(c, passed[i], "text " + i)).ToArray());

    private static IncentiveDecision Pays(decimal amount) =>
        new(true, FindingCodes.Incentive.Select(c => new Finding(c, true, "ok")).ToArray(), Money.Cny(amount), Money.Cny(300_000m), false);

    [Fact]
    public void Changed_criteria_are_the_codes_whose_result_differs_in_finding_order()
    {
        var item = new PolicyImpactItem<string>("P-1", Ho(true, false, true), Ho(false, true, false));

        Assert.Equal([FindingCodes.HoPceMember, FindingCodes.HoSharesOpportunities, FindingCodes.HoDevelopmentPath], item.ChangedCriteria);
        Assert.False(item.VerdictChanged);
        Assert.True(item.IsChange);
    }

    [Fact]
    public void Messages_and_ChangesOn_are_not_a_change()
    {
        var baseline = Ho(true, true, true);
        var proposal = new Decision(true, baseline.Findings.Select(f => f with { Message = "other words" }).ToArray()) { ChangesOn = new NodaTime.LocalDate(2027, 1, 1), PolicyVersion = "2027" };
        var item = new PolicyImpactItem<string>("P-1", baseline, proposal);

        Assert.Empty(item.ChangedCriteria);
        Assert.False(item.IsChange);
        Assert.Null(item.PayableDifference);
    }

    [Fact]
    public void A_different_payable_alone_is_a_change_with_its_difference()
    {
        var item = new PolicyImpactItem<string>("claim", Pays(300_000m), Pays(250_000m));

        Assert.Empty(item.ChangedCriteria);
        Assert.True(item.IsChange);
        Assert.Equal(Money.Cny(-50_000m), item.PayableDifference);
        Assert.Equal(Money.Cny(0m), new PolicyImpactItem<string>("claim", Pays(1m), Pays(1.00m)).PayableDifference);
        Assert.False(new PolicyImpactItem<string>("claim", Pays(1m), Pays(1.00m)).IsChange);
    }

    [Fact]
    public void Replacing_a_decision_with_with_recomputes_the_changed_criteria()
    {
        var item = new PolicyImpactItem<string>("P-1", Ho(true, true, true), Ho(true, true, true));

        var changed = item with { Proposal = Ho(true, true, false) };

        Assert.Empty(item.ChangedCriteria);
        Assert.Equal([FindingCodes.HoDevelopmentPath], changed.ChangedCriteria);
        Assert.Equal([FindingCodes.HoPceMember], (changed with { Baseline = Ho(false, true, false) }).ChangedCriteria);
    }

    [Fact]
    public void Decisions_of_different_kinds_cannot_be_compared()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PolicyImpactItem<string>("P-1", Ho(true, true, true), Pays(1m)));

        Assert.StartsWith("The two decisions list different criteria ([HO.PCE_MEMBER, HO.SHARES_OPPORTUNITIES, HO.DEVELOPMENT_PATH] under the baseline, [INCENTIVE.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new PolicyImpactItem<string>(null!, Ho(true, true, true), Ho(true, true, true)));
        Assert.Throws<ArgumentNullException>(() => new PolicyImpactItem<string>("P-1", null!, Ho(true, true, true)));
    }

    [Fact]
    public void Compare_counts_every_subject_and_lists_the_changes_in_input_order()
    {
        string[] partners = ["unchanged", "newly refused", "criterion only", "newly approved"];
        Decision[] baseline = [Ho(true, true, true), Ho(true, true, true), Ho(false, false, true), Ho(true, false, true)];
        Decision[] proposal = [Ho(true, true, true), Ho(true, true, false), Ho(false, true, true), Ho(true, true, true)];

        var impact = PolicyImpact.Compare(partners, baseline, proposal);

        Assert.Equal(4, impact.Evaluated);
        Assert.Equal(1, impact.NewlyApproved);
        Assert.Equal(1, impact.NewlyRefused);
        Assert.Equal(["newly refused", "criterion only", "newly approved"], impact.Changes.Select(c => c.Subject));
        Assert.Same(proposal[1], impact.Changes[0].Proposal);
        Assert.Equal("PolicyImpact { Evaluated = 4, NewlyApproved = 1, NewlyRefused = 1, Changes = 3 }", impact.ToString());
    }

    [Fact]
    public void Compare_refuses_lists_of_different_lengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => PolicyImpact.Compare(["a", "b"], [Ho(true, true, true)], [Ho(true, true, true), Ho(true, true, true)]));

        Assert.Equal("baseline", ex.ParamName);
        Assert.Equal("Every subject needs one decision under each policy: 2 subjects, 1 baseline and 2 proposal decisions. (Parameter 'baseline')", ex.Message);
    }

    [Fact]
    public void A_result_built_by_hand_must_be_consistent_and_compares_by_content()
    {
        var item = new PolicyImpactItem<string>("P-1", Ho(true, true, true), Ho(true, true, false));
        var impact = new PolicyImpact<string>(10, 0, 1, [item]);

        Assert.Equal(impact, new PolicyImpact<string>(10, 0, 1, [item with { }]));
        Assert.Equal(impact.GetHashCode(), new PolicyImpact<string>(10, 0, 1, [item with { }]).GetHashCode());
        Assert.NotEqual(impact, new PolicyImpact<string>(11, 0, 1, [item]));
        Assert.Equal("evaluated", Assert.Throws<ArgumentException>(() => new PolicyImpact<string>(-1, 0, 0, [])).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentException>(() => new PolicyImpact<string>(0, 0, 0, [item])).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentException>(() => new PolicyImpact<string>(10, 1, 1, [item])).ParamName);
        Assert.Equal("changes", Assert.Throws<ArgumentNullException>(() => new PolicyImpact<string>(10, 0, 0, null!)).ParamName);
    }
}
