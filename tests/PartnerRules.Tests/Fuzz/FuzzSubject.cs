using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;

namespace PartnerRules.Tests.Fuzz;

/// <summary>
/// One lifecycle under the fuzz test, driven only through the public API: generic operations (fire any
/// trigger with any reason, snapshot and restore, JSON round trip) plus the lifecycle's own operations,
/// and the invariants that must hold after every step.
/// </summary>
internal abstract class FuzzSubject<TLifecycle, TState, TTrigger, TSnapshot> : IFuzzSubject
    where TLifecycle : class, ILifecycle<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
    where TSnapshot : class
{
    private static readonly TTrigger[] Triggers = Enum.GetValues<TTrigger>();
    private static readonly string?[] Reasons = [null, "", "  ", "customer changed plans"];

    protected FuzzSubject(FakeClock clock, TLifecycle lifecycle)
    {
        Clock = clock;
        Lifecycle = lifecycle;
    }

    protected FakeClock Clock { get; }

    protected TLifecycle Lifecycle { get; private set; }

    /// <summary>How many lifecycle-specific operations <see cref="Own"/> understands.</summary>
    protected abstract int OwnOperations { get; }

    public string Describe() => $"{typeof(TLifecycle).Name} in {Lifecycle.State}, version {Lifecycle.Version}";

    public void Step(int operation, int argument)
    {
        var choice = operation % (4 + OwnOperations);
        switch (choice)
        {
            case 0:
                Act(() => Lifecycle.Fire(Triggers[argument % Triggers.Length], Reasons[(argument / Triggers.Length) % Reasons.Length]));
                break;
            case 1:
                // Mostly forward, sometimes a few hours back: a clock that goes back must be refused without change.
                Clock.Advance(argument % 7 == 0 ? Duration.FromHours(-(argument % 5)) : Duration.FromMinutes(argument % (3 * 24 * 60)));
                break;
            case 2:
                Lifecycle = Restore(ToSnapshot(Lifecycle));
                break;
            case 3:
                var json = JsonSerializer.Serialize(ToSnapshot(Lifecycle), FuzzFixtures.Json);
                var read = JsonSerializer.Deserialize<TSnapshot>(json, FuzzFixtures.Json)!;
                Assert.Equal(ToSnapshot(Lifecycle), read);
                Lifecycle = Restore(read);
                break;
            default:
                Act(() => Own(choice - 4, argument));
                break;
        }

        CheckInvariants();
    }

    protected abstract TSnapshot ToSnapshot(TLifecycle lifecycle);

    protected abstract TLifecycle Restore(TSnapshot snapshot);

    /// <summary>The lifecycle's own operation <paramref name="operation"/> (Edit, Associate, Qualify, ...).</summary>
    protected abstract void Own(int operation, int argument);

    /// <summary>Whether the state runs a deadline (each lifecycle's documented table).</summary>
    protected abstract bool RunsDeadline(TLifecycle lifecycle);

    /// <summary>Runs an operation: it succeeds, or it throws a documented exception and changes nothing.</summary>
    private void Act(Action operation)
    {
        var before = ToSnapshot(Lifecycle);
        var revision = Lifecycle.Revision;
        try
        {
            operation();

            // Every operation that succeeds is one write: the revision (the ETag) moves by exactly one.
            Assert.Equal(revision + 1, Lifecycle.Revision);
        }
        catch (Exception e) when (e is InvalidTransitionException or ArgumentException or PartnerRulesException)
        {
            Assert.Equal(before, ToSnapshot(Lifecycle));
        }
    }

    private void CheckInvariants()
    {
        var lifecycle = Lifecycle;
        Assert.Equal(lifecycle.History.Count, lifecycle.Version);
        Assert.True(lifecycle.Revision >= lifecycle.Version, "every transition is a write, so the revision is at least the version");
        if (lifecycle.History.Count > 0)
        {
            Assert.Equal(lifecycle.State, lifecycle.History[^1].To);
        }

        for (var i = 1; i < lifecycle.History.Count; i++)
        {
            Assert.True(lifecycle.History[i - 1].At <= lifecycle.History[i].At, "the history is in time order");
            Assert.Equal(lifecycle.History[i - 1].To, lifecycle.History[i].From);
        }

        var permitted = lifecycle.PermittedTriggers;
        foreach (var trigger in Triggers)
        {
            Assert.Equal(permitted.Contains(trigger), lifecycle.CanFire(trigger));
        }

        Assert.Equal(RunsDeadline(lifecycle), lifecycle.Deadline is not null);
        if (lifecycle.Deadline is { } deadline)
        {
            Assert.True(deadline.ExpectedFrom <= deadline.DueOn, "a deadline is expected no later than it is due");
        }

        Assert.Equal(ToSnapshot(lifecycle), ToSnapshot(Restore(ToSnapshot(lifecycle))));
    }
}

/// <summary>A lifecycle under the fuzz test, whatever its types.</summary>
internal interface IFuzzSubject
{
    void Step(int operation, int argument);

    string Describe();
}
