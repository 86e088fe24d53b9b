using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Lifecycles;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// The table machinery on a small table built inside each test (the library's own tables are built once per
/// process): variants select their edges, every guard of an edge must pass and unmet ones are named, and a guard
/// may consult another lifecycle of the same table: each lifecycle drives its own machine, so none loses track of its state.
/// </summary>
public sealed class LifecycleTableTests
{
    internal enum S
    {
        Start,
        Middle,
        End,
        Side,
    }

    internal enum T
    {
        Go,
        Finish,
        Detour,
        Back,
    }

    /// <summary>What the guards read.</summary>
    internal sealed class Probe
    {
        public bool Ready { get; set; }

        /// <summary>Run by the first guard of Finish before the second reads <see cref="Ready"/>.</summary>
        public Func<bool>? Consult { get; set; }
    }

    internal static LifecycleTable<S, T, Probe> Table() => new(
        initialStateByVariant: [S.Start, S.Start],
        variantDescriptions: ["plain", "scenic"],
        edges:
        [
            new(S.Start, T.Go, S.Middle),
            new(S.Middle, T.Finish, S.End)
            {
                Guards =
                [
                    new(p => p.Consult?.Invoke() ?? true, "consulted"),
                    new(p => p.Ready, "ready"),
                ],
            },
            new(S.Start, T.Back, S.Side, Variants: 1 << 0),
            new(S.Start, T.Detour, S.Side, Variants: 1 << 1),
            new(S.Side, T.Back, S.Start, Variants: 1 << 1),
        ],
        reasonRequired: [T.Back]);

    private static LifecycleCore<S, T, Probe> Core(LifecycleTable<S, T, Probe> table, Probe probe, int variant = 0, S state = S.Start)
    {
        var at = Instant.FromUtc(2026, 3, 2, 2, 0);
        return new(table, probe, variant, new FakeClock(at), at, state, [], at, ProgramPolicy.DefaultVersion, 0);
    }

    [Fact]
    public void Each_variant_permits_its_own_edges_and_those_of_all_variants()
    {
        var table = Table();

        Assert.Equal([T.Go, T.Back], Core(table, new Probe(), variant: 0).PermittedTriggers);
        Assert.Equal([T.Go, T.Detour], Core(table, new Probe(), variant: 1).PermittedTriggers);
        Assert.Empty(Core(table, new Probe(), variant: 0, state: S.Side).PermittedTriggers);
        Assert.Equal([T.Back], Core(table, new Probe(), variant: 1, state: S.Side).PermittedTriggers);
        Assert.Null(table.Find(0, S.Start, T.Detour));
        Assert.Equal(S.Side, table.Find(1, S.Start, T.Detour)?.To);
    }

    [Fact]
    public void Firing_follows_the_variant_s_edges()
    {
        var table = Table();
        var scenic = Core(table, new Probe(), variant: 1);

        scenic.Fire(T.Detour, null);
        scenic.Fire(T.Back, "return");
        scenic.Fire(T.Go, null);

        Assert.Equal(S.Middle, scenic.State);
        Assert.Equal([S.Side, S.Start, S.Middle], [scenic.History[0].To, scenic.History[1].To, scenic.History[2].To]);
        Assert.Throws<InvalidTransitionException>(() => Core(table, new Probe(), variant: 0).Fire(T.Detour, null));
    }

    [Theory]
    [InlineData(true, true, new string[0])]
    [InlineData(false, true, new[] { "consulted" })]
    [InlineData(true, false, new[] { "ready" })]
    [InlineData(false, false, new[] { "consulted", "ready" })]
    public void Every_guard_must_pass_and_each_unmet_one_is_named(bool consulted, bool ready, string[] unmet)
    {
        var table = Table();
        var core = Core(table, new Probe { Ready = ready, Consult = () => consulted }, state: S.Middle);

        var permitted = core.CanFire(T.Finish, out var unmetGuards);

        Assert.Equal(unmet.Length == 0, permitted);
        Assert.Equal(unmet.Length == 0, core.CanFire(T.Finish));
        Assert.Equal(unmet, unmetGuards ?? []);
        if (permitted)
        {
            core.Fire(T.Finish, null);
            Assert.Equal(S.End, core.State);
        }
        else
        {
            Assert.Throws<InvalidTransitionException>(() => core.Fire(T.Finish, null));
            Assert.Equal(S.Middle, core.State);
        }
    }

    /// <summary>How a guard of one lifecycle consults another of the same table.</summary>
    public enum Consultation
    {
        CanFire,
        CanFireWithUnmetGuards,
        Permitted,
        Fire,
    }

    [Theory]
    [InlineData(Consultation.CanFire)]
    [InlineData(Consultation.CanFireWithUnmetGuards)]
    [InlineData(Consultation.Permitted)]
    [InlineData(Consultation.Fire)]
    public void A_guard_may_consult_another_lifecycle_of_the_same_table(Consultation consultation)
    {
        var table = Table();
        var other = Core(table, new Probe { Ready = false });
        var probe = new Probe { Ready = true };
        probe.Consult = () =>
        {
            switch (consultation)
            {
                case Consultation.CanFire:
                    return other.CanFire(T.Go);
                case Consultation.CanFireWithUnmetGuards:
                    return other.CanFire(T.Go, out _);
                case Consultation.Permitted:
                    return other.PermittedTriggers.Contains(T.Go);
                default:
                    if (other.State == S.Start)
                    {
                        other.Fire(T.Go, null);
                    }

                    return true;
            }
        };
        var core = Core(table, probe, state: S.Middle);

        // The second guard reads this lifecycle's Ready (true), not the consulted one's (false).
        Assert.True(core.CanFire(T.Finish));
        core.Fire(T.Finish, null);

        Assert.Equal(S.End, core.State);
        Assert.Equal(consultation == Consultation.Fire ? S.Middle : S.Start, other.State);
    }

    [Fact]
    public void The_machine_refuses_an_unchecked_trigger_with_the_library_s_exception()
    {
        var table = Table();
        var core = Core(table, new Probe());

        var error = Assert.Throws<InvalidTransitionException>(() => core.Machine.Fire(T.Finish));

        Assert.Equal("Start", error.State);
        Assert.Equal("Finish", error.Trigger);
    }

    [Fact]
    public void A_trigger_that_carries_data_fires_only_with_it_and_its_guard_judges_the_data()
    {
        var payload = new LifecycleTable<S, T, Probe>.Payload<int>(T.Finish, LifecycleMessages.UsePayWithAmount);
        var table = new LifecycleTable<S, T, Probe>(
            initialStateByVariant: [S.Middle],
            variantDescriptions: ["all"],
            edges: [new(S.Middle, T.Finish, S.End) { Guards = [new LifecycleTable<S, T, Probe>.ArgumentGuard<int>((_, n) => n > 0, "positive")] }],
            reasonRequired: [],
            payloads: [payload]);
        var core = Core(table, new Probe(), state: S.Middle);

        // Open until the data is given; Fire alone names the method to call; the guard refuses a bad value.
        Assert.Equal([T.Finish], core.PermittedTriggers);
        var withoutData = Assert.Throws<InvalidTransitionException>(() => core.Fire(T.Finish, null));
        Assert.StartsWith(LifecycleMessages.Get(LifecycleMessages.UsePayWithAmount), withoutData.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidTransitionException>(() => core.Fire(payload, 0));
        Assert.Equal(S.Middle, core.State);
        Assert.Empty(core.History);

        core.Fire(payload, 1);

        Assert.Equal(S.End, core.State);
        Assert.Equal(T.Finish, Assert.Single(core.History).Trigger);
    }

    [Fact]
    public void The_diagram_names_the_variants_of_an_edge_that_applies_to_some_only()
    {
        var table = new LifecycleTable<S, T, Probe>(
            initialStateByVariant: [S.Start, S.Start, S.Side],
            variantDescriptions: ["plain", "scenic", "sideways"],
            edges:
            [
                new(S.Start, T.Go, S.Middle),
                new(S.Start, T.Detour, S.Side, Variants: (1 << 0) | (1 << 2)),
                new(S.Middle, T.Finish, S.End, Variants: 1 << 1) { Guards = [new(p => p.Ready, "ready")] },
            ],
            reasonRequired: []);

        var diagram = table.ToMermaid();

        Assert.Contains("Start --> Middle : Go\n", diagram, StringComparison.Ordinal);
        Assert.Contains("Start --> Side : Detour [plain or sideways]\n", diagram, StringComparison.Ordinal);
        Assert.Contains("Middle --> End : Finish [scenic] [ready]\n", diagram, StringComparison.Ordinal);
        Assert.Contains("[*] --> Start\n[*] --> Side\n", diagram, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", diagram, StringComparison.Ordinal);
        Assert.EndsWith("\n", diagram, StringComparison.Ordinal);
    }
}
