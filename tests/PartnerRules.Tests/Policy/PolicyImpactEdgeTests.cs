using System;
using System.Linq;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

/// <summary>The what-if result's checks, texts and comparisons, one path at a time.</summary>
public sealed class PolicyImpactEdgeTests
{
    private static Decision Ho(params bool[] passed) => PolicyImpactTests.Ho(passed);

    private static IncentiveDecision Pays(Money amount) =>
        new(true, FindingCodes.Incentive.Select(c => new Finding(c, true, "ok")).ToArray(), amount, null, false);

    private static readonly PolicyImpactItem<string> Refused = new("P-1", Ho(true, true, true), Ho(true, true, false));

    [Theory]
    [InlineData(-1, 0, 0, "evaluated", "Counts cannot be negative (evaluated -1, newly approved 0, newly refused 0). (Parameter 'evaluated')")]
    [InlineData(5, -2, 0, "newlyApproved", "Counts cannot be negative (evaluated 5, newly approved -2, newly refused 0). (Parameter 'newlyApproved')")]
    [InlineData(5, 0, -3, "newlyRefused", "Counts cannot be negative (evaluated 5, newly approved 0, newly refused -3). (Parameter 'newlyRefused')")]
    public void A_negative_count_is_named(int evaluated, int approved, int refused, string param, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new PolicyImpact<string>(evaluated, approved, refused, []));

        Assert.Equal((param, message), (error.ParamName, error.Message));
    }

    [Fact]
    public void The_counts_must_fit_the_changes_listed()
    {
        Assert.Equal(
            "2 changes cannot come from 1 evaluated subjects. (Parameter 'changes')",
            Assert.Throws<ArgumentException>(() => new PolicyImpact<string>(1, 0, 0, [Refused, Refused])).Message);
        Assert.Equal(
            "1 newly approved and 1 newly refused are verdict changes, so they must be among the 1 changes listed. (Parameter 'changes')",
            Assert.Throws<ArgumentException>(() => new PolicyImpact<string>(3, 1, 1, [Refused])).Message);
        Assert.Equal(
            "changes holds null at index 1; every element must be set. (Parameter 'changes')",
            Assert.Throws<ArgumentException>(() => new PolicyImpact<string>(3, 0, 0, [Refused, null!])).Message);

        var exact = new PolicyImpact<string>(2, 0, 1, [Refused, Refused]);
        Assert.Equal((2, 0, 1, 2), (exact.Evaluated, exact.NewlyApproved, exact.NewlyRefused, exact.Changes.Count));
        Assert.Equal(1, new PolicyImpact<string>(1, 1, 0, [Refused]).NewlyApproved);
        Assert.Equal(0, new PolicyImpact<string>(0, 0, 0, []).Evaluated);
    }

    [Fact]
    public void The_changes_are_copied_and_every_count_takes_part_in_equality()
    {
        var list = new[] { Refused };
        var impact = new PolicyImpact<string>(4, 0, 1, list);
        list[0] = null!;

        Assert.Same(Refused, impact.Changes[0]);
        Assert.NotEqual(impact, new PolicyImpact<string>(4, 1, 0, [Refused]));
        Assert.NotEqual(impact, new PolicyImpact<string>(4, 0, 0, [Refused]));
        Assert.NotEqual(impact, new PolicyImpact<string>(4, 0, 0, []));
        Assert.NotEqual(impact, new PolicyImpact<string>(4, 0, 1, [Refused with { Subject = "P-2" }]));
        Assert.False(impact.Equals(null));
        Assert.True(impact.Equals(new PolicyImpact<string>(4, 0, 1, [Refused])));
    }

    [Fact]
    public void Compare_names_the_list_that_is_null_or_holds_null()
    {
        Decision[] one = [Ho(true, true, true)];
        Assert.Equal("subjects", Assert.Throws<ArgumentNullException>(() => PolicyImpact.Compare<string>(null!, one, one)).ParamName);
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => PolicyImpact.Compare(["a"], null!, one)).ParamName);
        Assert.Equal("proposal", Assert.Throws<ArgumentNullException>(() => PolicyImpact.Compare(["a"], one, null!)).ParamName);

        var shortProposal = Assert.Throws<ArgumentException>(() => PolicyImpact.Compare(["a"], one, []));
        Assert.Equal(("proposal", "Every subject needs one decision under each policy: 1 subjects, 1 baseline and 0 proposal decisions. (Parameter 'proposal')"), (shortProposal.ParamName, shortProposal.Message));

        var nullBaseline = Assert.Throws<ArgumentException>(() => PolicyImpact.Compare(["a", "b"], [one[0], null!], [one[0], one[0]]));
        Assert.Equal(("baseline", "baseline holds null at index 1. (Parameter 'baseline')"), (nullBaseline.ParamName, nullBaseline.Message));
        var nullProposal = Assert.Throws<ArgumentException>(() => PolicyImpact.Compare(["a"], one, [null!]));
        Assert.Equal(("proposal", "proposal holds null at index 0. (Parameter 'proposal')"), (nullProposal.ParamName, nullProposal.Message));
        Assert.Equal("Subject", Assert.Throws<ArgumentNullException>(() => PolicyImpact.Compare<string>([null!], one, one)).ParamName);
    }

    [Fact]
    public void Compare_counts_each_flip_once_in_its_own_direction()
    {
        string[] subjects = ["refused then approved", "approved then refused", "refused both"];
        var impact = PolicyImpact.Compare(subjects, [Ho(true, true, false), Ho(true, true, true), Ho(false, true, true)], [Ho(true, true, true), Ho(true, false, true), Ho(false, true, true)]);

        Assert.Equal((3, 1, 1), (impact.Evaluated, impact.NewlyApproved, impact.NewlyRefused));
        Assert.Equal(subjects[..2], impact.Changes.Select(c => c.Subject));
        Assert.Equal([true, true], impact.Changes.Select(c => c.VerdictChanged));
    }

    [Fact]
    public void A_payable_change_alone_is_listed_and_other_decisions_have_no_payable()
    {
        var impact = PolicyImpact.Compare(["same", "less"], [Pays(Money.Cny(10m)), Pays(Money.Cny(10m))], [Pays(Money.Cny(10m)), Pays(Money.Cny(7m))]);

        Assert.Equal("less", Assert.Single(impact.Changes).Subject);
        Assert.Equal(Money.Cny(-3m), impact.Changes[0].PayableDifference);
        Assert.Null(new PolicyImpactItem<string>("x", Pays(Money.Cny(1m)), Pays(new Money(1m, "USD"))).PayableDifference);
        Assert.Null(new PolicyImpactItem<string>("x", Pays(default), Pays(Money.Cny(1m))).PayableDifference);
        Assert.Null(new PolicyImpactItem<string>("x", Ho(true, true, true), Ho(true, true, true)).PayableDifference);
    }

    [Fact]
    public void Criteria_of_different_lengths_or_codes_are_refused_naming_both_lists()
    {
        var two = new Decision(true, [new Finding(FindingCodes.HoPceMember, true, "a"), new Finding(FindingCodes.HoSharesOpportunities, true, "b")]);

        var longer = Assert.Throws<ArgumentException>(() => new PolicyImpactItem<string>("P", Ho(true, true, true), two));
        Assert.Equal(
            "The two decisions list different criteria ([HO.PCE_MEMBER, HO.SHARES_OPPORTUNITIES, HO.DEVELOPMENT_PATH] under the baseline, [HO.PCE_MEMBER, HO.SHARES_OPPORTUNITIES] under the proposal): compare decisions of one kind. (Parameter 'proposal')",
            longer.Message);
        Assert.Throws<ArgumentException>(() => new PolicyImpactItem<string>("P", two, Ho(true, true, true)));
        Assert.Throws<ArgumentException>(() => Refused with { Baseline = two });
    }

    [Fact]
    public void An_item_compares_every_part_and_prints_its_changed_criteria()
    {
        var same = new PolicyImpactItem<string>("P-1", Ho(true, true, true), Ho(true, true, false));

        Assert.Equal(Refused, same);
        Assert.Equal(Refused.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(Refused, same with { Subject = "P-2" });
        Assert.NotEqual(Refused, same with { Baseline = Ho(true, true, false) });
        Assert.NotEqual(Refused, same with { Proposal = Ho(true, false, false) });
        Assert.False(Refused.Equals(null));
        Assert.EndsWith(", ChangedCriteria = [ HO.DEVELOPMENT_PATH ] }", Refused.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("PolicyImpactItem { Subject = P-1, Baseline = ", Refused.ToString(), StringComparison.Ordinal);
        Assert.Equal("Subject", Assert.Throws<ArgumentNullException>(() => Refused with { Subject = null! }).ParamName);
        Assert.Equal("Baseline", Assert.Throws<ArgumentNullException>(() => Refused with { Baseline = null! }).ParamName);
        Assert.Equal("Proposal", Assert.Throws<ArgumentNullException>(() => Refused with { Proposal = null! }).ParamName);
        Assert.Equal("Proposal", Assert.Throws<ArgumentNullException>(() => new PolicyImpactItem<string>("P", Ho(true, true, true), null!)).ParamName);
    }
}
