using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>
/// The names to listen to: the <see cref="ActivitySource"/> and <see cref="Meter"/> both named
/// <see cref="Name"/> ("PartnerRules.EntityFrameworkCore"). Counters: <c>partnerrules.transitions</c> (saved
/// transitions), <c>partnerrules.commands</c> (saved commands), <c>partnerrules.conflicts</c> (stale saves refused),
/// <c>partnerrules.replays</c> (idempotent replays), <c>partnerrules.sweeps</c>, <c>partnerrules.expired</c> (lifecycles
/// the sweeper expired) and <c>partnerrules.overdue_reported</c> (outbox rows delivered to the host).
/// </summary>
public static class PartnerRulesTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "PartnerRules.EntityFrameworkCore";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);
    internal static readonly Counter<long> Transitions = Meter.CreateCounter<long>("partnerrules.transitions", description: "Transitions saved.");
    internal static readonly Counter<long> Commands = Meter.CreateCounter<long>("partnerrules.commands", description: "Commands saved (adds, saves, fires).");
    internal static readonly Counter<long> Conflicts = Meter.CreateCounter<long>("partnerrules.conflicts", description: "Saves refused because the stored revision had moved.");
    internal static readonly Counter<long> Replays = Meter.CreateCounter<long>("partnerrules.replays", description: "Commands answered from their idempotency key.");
    internal static readonly Counter<long> Sweeps = Meter.CreateCounter<long>("partnerrules.sweeps", description: "Deadline sweeps run.");
    internal static readonly Counter<long> Expired = Meter.CreateCounter<long>("partnerrules.expired", description: "Lifecycles the sweeper expired.");
    internal static readonly Counter<long> OverdueReported = Meter.CreateCounter<long>("partnerrules.overdue_reported", description: "Overdue obligations delivered to the host.");
}
