using System;
using System.Diagnostics;
using System.Globalization;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using PartnerRules.Benchmarks.Data;
using PartnerRules.Eligibility;
using PartnerRules.Engine;
using PartnerRules.Resources;

namespace PartnerRules.Benchmarks;

/// <summary>
/// <c>-- probe</c>: where a single HO decision's time and bytes go, by allocation counters
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>) in a plain loop, including the floor NRules
/// 1.0.4 itself sets: a session with three rules that match two facts and do nothing.
/// </summary>
internal static class Probe
{
    private const int Rounds = 200_000;

    public static void Run()
    {
        var partners = BenchmarkData.Partners(1024);
        var asOf = BenchmarkData.AsOf;
        var culture = CultureInfo.GetCultureInfo("en-US");
        var engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = culture });
        var policy = engine.Policy;
        var rules = CompiledRules.Instance.HoEligibility;

        Measure("EvaluateHoEligibility (whole decision)", i => engine.EvaluateHoEligibility(partners[i & 1023], asOf));
        var plain = new PlainCriteria(policy, culture);
        for (var i = 0; i < 1024; i++)
        {
            if (!plain.Decide(partners[i], asOf).Equals(engine.EvaluateHoEligibility(partners[i], asOf)))
            {
                throw new InvalidOperationException("PlainCriteria and the engine disagree on partner " + i);
            }
        }

        Measure("PlainCriteria: the same criterion code without NRules", i => plain.Decide(partners[i & 1023], asOf));
        Measure("  HoContext (the policy read once)", _ => GC.KeepAlive(new HoContext(policy, asOf, culture)));
        Measure("  HoContext + RuleRunner.Run (NRules + rule actions, evidence included)", i => rules.Run(new HoContext(policy, asOf, culture), partners[i & 1023]));

        var manager = new System.Resources.ResourceManager("PartnerRules.Resources.Messages", typeof(PartnerRulesEngine).Assembly);
        Measure("Message template: ResourceManager.GetString (before the cache)", _ => manager.GetString(Messages.HoSharesPassed, culture));
        Measure("Message template: Messages.Get (cached)", _ => Messages.Get(culture, Messages.HoSharesPassed));

        var floor = FloorSession("Floor");
        var a = new FloorContext();
        Measure("NRules floor: Insert 2 + Fire 3 empty join rules + Retract 2 (one pooled session)", _ =>
        {
            var b = new FloorSubject();
            floor.Insert(a);
            floor.Insert(b);
            floor.Fire();
            floor.Retract(b);
            floor.Retract(a);
        });
        floor.Insert(a);
        Measure("NRules floor: context kept in session; Insert 1 + Fire 3 join rules + Retract 1", _ =>
        {
            var b = new FloorSubject();
            floor.Insert(b);
            floor.Fire();
            floor.Retract(b);
        });
        var single = FloorSession("Single");
        Measure("NRules floor: one fact, Insert 1 + Fire 3 empty alpha-only rules + Retract 1", _ =>
        {
            var b = new FloorSubject();
            single.Insert(b);
            single.Fire();
            single.Retract(b);
        });
        var b0 = new FloorSubject();
        single.Insert(b0);
        Measure("NRules floor: one fact kept in session, Update 1 + Fire 3 alpha-only rules", _ =>
        {
            single.Update(b0);
            single.Fire();
        });
        single.Retract(b0);
        var one = FloorSession("One");
        Measure("NRules floor: one fact, Insert 1 + Fire 1 empty rule + Retract 1", _ =>
        {
            var b = new FloorSubject();
            one.Insert(b);
            one.Fire();
            one.Retract(b);
        });
        var none = FloorSession("None");
        Measure("NRules floor: no rule matches, Insert 1 + Fire + Retract 1", _ =>
        {
            var b = new FloorSubject();
            none.Insert(b);
            none.Fire();
            none.Retract(b);
        });
    }

    private static void Measure(string what, Action<int> step)
    {
        for (var i = 0; i < 20_000; i++)
        {
            step(i);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Rounds; i++)
        {
            step(i);
        }

        clock.Stop();
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Rounds;
        Console.WriteLine(FormattableString.Invariant($"{what,-85} {clock.Elapsed.TotalMilliseconds * 1000 / Rounds,8:F2} µs {bytes,8:F0} B"));
    }

    private static ISession FloorSession(string tag)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(FloorRule1).Assembly).PrivateTypes().NestedTypes().Where(r => r.IsTagged(tag)));
        return repository.Compile().CreateSession();
    }

    internal sealed class FloorContext;

    internal sealed class FloorSubject;

    [Tag("Floor")]
    internal sealed class FloorRule1 : Rule
    {
        public override void Define()
        {
            FloorContext context = null!;
            FloorSubject subject = null!;
            When().Match(() => context).Match(() => subject);
            Then().Do(_ => Nothing(subject));
        }

        internal static void Nothing(object subject) => GC.KeepAlive(subject);
    }

    [Tag("Floor")]
    internal sealed class FloorRule2 : Rule
    {
        public override void Define()
        {
            FloorContext context = null!;
            FloorSubject subject = null!;
            When().Match(() => context).Match(() => subject);
            Then().Do(_ => FloorRule1.Nothing(subject));
        }
    }

    [Tag("Floor")]
    internal sealed class FloorRule3 : Rule
    {
        public override void Define()
        {
            FloorContext context = null!;
            FloorSubject subject = null!;
            When().Match(() => context).Match(() => subject);
            Then().Do(_ => FloorRule1.Nothing(subject));
        }
    }

    [Tag("Single")]
    internal sealed class SingleRule1 : Rule
    {
        public override void Define()
        {
            FloorSubject subject = null!;
            When().Match(() => subject);
            Then().Do(_ => FloorRule1.Nothing(subject));
        }
    }

    [Tag("Single")]
    internal sealed class SingleRule2 : Rule
    {
        public override void Define()
        {
            FloorSubject subject = null!;
            When().Match(() => subject);
            Then().Do(_ => FloorRule1.Nothing(subject));
        }
    }

    [Tag("Single")]
    [Tag("One")]
    internal sealed class SingleRule3 : Rule
    {
        public override void Define()
        {
            FloorSubject subject = null!;
            When().Match(() => subject);
            Then().Do(_ => FloorRule1.Nothing(subject));
        }
    }

    [Tag("None")]
    internal sealed class NoMatchRule : Rule
    {
        public override void Define()
        {
            FloorContext context = null!;
            When().Match(() => context);
            Then().Do(_ => FloorRule1.Nothing(context));
        }
    }
}
