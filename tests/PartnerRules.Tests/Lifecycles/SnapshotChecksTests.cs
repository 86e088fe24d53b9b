using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartnerRules.Lifecycles;
using S = PartnerRules.Tests.Lifecycles.LifecycleTableTests.S;
using T = PartnerRules.Tests.Lifecycles.LifecycleTableTests.T;

namespace PartnerRules.Tests.Lifecycles;

/// <summary><c>Restore</c>'s history checks on a table built in the test: time order and the refusal's problem list.</summary>
public sealed class SnapshotChecksTests
{
    private static readonly Instant Created = Instant.FromUtc(2026, 3, 2, 2, 0);

    private static List<string> Check(S state, params Transition<S, T>?[] history)
    {
        var problems = new List<string>();
        SnapshotChecks.History(LifecycleTableTests.Table(), 1, state, history.Length, Created, history!, problems);
        return problems;
    }

    private static Transition<S, T> Step(S from, T trigger, S to, int minutes) =>
        new(from, to, trigger, Created + Duration.FromMinutes(minutes)) { Reason = trigger == T.Back ? "back" : null };

    [Fact]
    public void A_step_is_compared_with_the_latest_earlier_step_not_merely_the_one_before()
    {
        var problems = Check(
            S.Side,
            Step(S.Start, T.Detour, S.Side, 10),
            Step(S.Side, T.Back, S.Start, 5),
            Step(S.Start, T.Detour, S.Side, 7));

        Assert.Equal(
            [
                "History[1] at 2026-03-02T02:05:00Z is before History[0] at 2026-03-02T02:10:00Z",
                "History[2] at 2026-03-02T02:07:00Z is before History[0] at 2026-03-02T02:10:00Z",
            ],
            problems);
    }

    [Fact]
    public void Steps_at_one_instant_are_in_order_and_the_later_one_is_named()
    {
        var problems = Check(
            S.Side,
            Step(S.Start, T.Detour, S.Side, 10),
            Step(S.Side, T.Back, S.Start, 10),
            Step(S.Start, T.Detour, S.Side, 9));

        Assert.Equal(["History[2] at 2026-03-02T02:09:00Z is before History[1] at 2026-03-02T02:10:00Z"], problems);
    }

    [Fact]
    public void After_a_null_step_time_order_is_still_checked_against_the_last_known_instant()
    {
        var problems = Check(S.Start, null, Step(S.Side, T.Back, S.Start, -1));

        Assert.Equal(["History[0] is null", "History[1] at 2026-03-02T01:59:00Z is before the creation at 2026-03-02T02:00:00Z"], problems);
    }

    [Theory]
    [InlineData(1, "The Probe of probe 'P-1' cannot be restored (1 problem): p0.")]
    [InlineData(2, "The Probe of probe 'P-1' cannot be restored (2 problems): p0; p1.")]
    [InlineData(20, "The Probe of probe 'P-1' cannot be restored (20 problems): p0; p1; p2; p3; p4; p5; p6; p7; p8; p9; p10; p11; p12; p13; p14; p15; p16; p17; p18; p19.")]
    [InlineData(21, "The Probe of probe 'P-1' cannot be restored (21 problems): p0; p1; p2; p3; p4; p5; p6; p7; p8; p9; p10; p11; p12; p13; p14; p15; p16; p17; p18; p19; and 1 more.")]
    public void The_refusal_lists_twenty_problems_and_counts_the_rest(int count, string message)
    {
        var problems = Enumerable.Range(0, count).Select(i => "p" + i).ToList();

        var error = Assert.Throws<SnapshotRejectedException>(() => SnapshotChecks.ThrowIfAny(problems, "Probe", SnapshotChecks.Name("probe", "P-1")));

        Assert.Equal(message, error.Message);
        Assert.Equal(problems, error.Problems);
        Assert.Equal("Probe", error.SnapshotType);
        Assert.Equal("probe 'P-1'", error.LifecycleId);
    }

    [Fact]
    public void A_default_identifier_is_named_as_none() => Assert.Equal("probe (none)", SnapshotChecks.Name("probe", null));

    [Fact]
    public void No_problem_is_no_refusal() => SnapshotChecks.ThrowIfAny([], "Probe", "probe 'P-1'");
}
