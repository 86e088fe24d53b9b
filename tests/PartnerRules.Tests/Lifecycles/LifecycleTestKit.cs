using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>Fixtures shared by the lifecycle tests: fake clocks at programme-local times, complete forms, culture scopes.</summary>
internal static class LifecycleTestKit
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static readonly OpportunityId Opp = new("OPP-1");
    public static readonly InvoiceId Invoice = new("INV-1");
    public static readonly PartnerId Partner = new("P-1");
    public static readonly AccountId Account = new("ACC-1");

    /// <summary>A clock at the given programme-local time.</summary>
    public static FakeClock ClockAtLocal(int year, int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new(Local(year, month, day, hour, minute, second));

    public static Instant Local(int year, int month, int day, int hour = 10, int minute = 0, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(Shanghai).ToInstant();

    public static Instant Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        Instant.FromUtc(year, month, day, hour, minute, second);

    public static OpportunityForm CompleteForm { get; } = new()
    {
        CustomerName = "Contoso Retail",
        CloudServices = ["ECS", "OBS"],
        ContactedLocalSalesTeam = false,
        EstimatedValue = Money.Cny(120_000m),
        ExpectedCloseDate = new LocalDate(2026, 12, 31),
    };

    public static Decision ApprovedHo { get; } = new(true,
    [
        new Finding("HO.PCE_MEMBER", true, "PCE member."),
        new Finding("HO.SHARES_OPPORTUNITIES", true, "Updated recently."),
        new Finding("HO.DEVELOPMENT_PATH", true, "Differentiated."),
    ]);

    public static Decision RefusedHo { get; } = new(false,
    [
        new Finding("HO.PCE_MEMBER", true, "PCE member."),
        new Finding("HO.SHARES_OPPORTUNITIES", false, "No PO updated within 90 days."),
        new Finding("HO.DEVELOPMENT_PATH", false, "Registered stage never qualifies."),
    ]);

    public static string ReasonFor<TTrigger>(TTrigger trigger) => $"reason for {trigger}";

    /// <summary>Sets <see cref="CultureInfo.CurrentUICulture"/> until disposed, then restores it.</summary>
    public static IDisposable UiCulture(string name) => new CultureScope(name);

    public static IReadOnlyList<T> Values<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>()];

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public CultureScope(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}

/// <summary>
/// The hand-written transition tables the lifecycles are checked against (API.md, DOMAIN.md):
/// independent of the library's own table, so a wrong edge in either shows up.
/// </summary>
internal static class ReferenceTables
{
    public static readonly IReadOnlyDictionary<(OpportunityState, OpportunityTrigger), OpportunityState> OpportunityPo =
        new Dictionary<(OpportunityState, OpportunityTrigger), OpportunityState>
        {
            [(OpportunityState.Draft, OpportunityTrigger.Submit)] = OpportunityState.Submitted,
            [(OpportunityState.Draft, OpportunityTrigger.Withdraw)] = OpportunityState.Withdrawn,
            [(OpportunityState.Submitted, OpportunityTrigger.Approve)] = OpportunityState.Active,
            [(OpportunityState.Submitted, OpportunityTrigger.RequestChanges)] = OpportunityState.ActionRequired,
            [(OpportunityState.Submitted, OpportunityTrigger.Reject)] = OpportunityState.Rejected,
            [(OpportunityState.ActionRequired, OpportunityTrigger.Submit)] = OpportunityState.Submitted,
            [(OpportunityState.ActionRequired, OpportunityTrigger.Withdraw)] = OpportunityState.Withdrawn,
            [(OpportunityState.Active, OpportunityTrigger.Win)] = OpportunityState.Won,
            [(OpportunityState.Active, OpportunityTrigger.Lose)] = OpportunityState.Lost,
            [(OpportunityState.Won, OpportunityTrigger.Deliver)] = OpportunityState.Delivered,
            [(OpportunityState.Won, OpportunityTrigger.Lose)] = OpportunityState.Lost,
        };

    public static readonly IReadOnlyDictionary<(OpportunityState, OpportunityTrigger), OpportunityState> OpportunityHo =
        new Dictionary<(OpportunityState, OpportunityTrigger), OpportunityState>
        {
            [(OpportunityState.Offered, OpportunityTrigger.Accept)] = OpportunityState.Active,
            [(OpportunityState.Offered, OpportunityTrigger.Decline)] = OpportunityState.Declined,
            [(OpportunityState.Offered, OpportunityTrigger.Expire)] = OpportunityState.Expired,
            [(OpportunityState.Active, OpportunityTrigger.Win)] = OpportunityState.Won,
            [(OpportunityState.Active, OpportunityTrigger.Lose)] = OpportunityState.Lost,
            [(OpportunityState.Won, OpportunityTrigger.Deliver)] = OpportunityState.Delivered,
            [(OpportunityState.Won, OpportunityTrigger.Lose)] = OpportunityState.Lost,
        };

    public static IReadOnlyDictionary<(InvoiceReturnState, InvoiceReturnTrigger), InvoiceReturnState> InvoiceReturn(InvoiceKind kind) => kind switch
    {
        InvoiceKind.SpecialVat => new Dictionary<(InvoiceReturnState, InvoiceReturnTrigger), InvoiceReturnState>
        {
            [(InvoiceReturnState.Requested, InvoiceReturnTrigger.ConfirmRedLetter)] = InvoiceReturnState.RedLetterConfirmed,
            [(InvoiceReturnState.Requested, InvoiceReturnTrigger.Reject)] = InvoiceReturnState.Rejected,
            // Void opens only once the confirmation voided itself (72 hours): RedLetterConfirmationTests drive it.
            [(InvoiceReturnState.Requested, InvoiceReturnTrigger.RefuseRedLetter)] = InvoiceReturnState.Voided,
            [(InvoiceReturnState.RedLetterConfirmed, InvoiceReturnTrigger.Complete)] = InvoiceReturnState.Completed,
            [(InvoiceReturnState.RedLetterConfirmed, InvoiceReturnTrigger.Reject)] = InvoiceReturnState.Rejected,
        },
        InvoiceKind.ElectronicOrdinary => new Dictionary<(InvoiceReturnState, InvoiceReturnTrigger), InvoiceReturnState>
        {
            [(InvoiceReturnState.Requested, InvoiceReturnTrigger.Complete)] = InvoiceReturnState.Completed,
            [(InvoiceReturnState.Requested, InvoiceReturnTrigger.Reject)] = InvoiceReturnState.Rejected,
        },
        InvoiceKind.PaperOrdinary => new Dictionary<(InvoiceReturnState, InvoiceReturnTrigger), InvoiceReturnState>
        {
            [(InvoiceReturnState.Requested, InvoiceReturnTrigger.ReceiveOriginal)] = InvoiceReturnState.OriginalReceived,
            [(InvoiceReturnState.Requested, InvoiceReturnTrigger.Reject)] = InvoiceReturnState.Rejected,
            [(InvoiceReturnState.OriginalReceived, InvoiceReturnTrigger.Complete)] = InvoiceReturnState.Completed,
            [(InvoiceReturnState.OriginalReceived, InvoiceReturnTrigger.Reject)] = InvoiceReturnState.Rejected,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// The table of <paramref name="kind"/> <paramref name="sinceRequest"/> after the request: once the special invoice's
    /// red-letter confirmation voided itself (72 hours), only Void and RefuseRedLetter leave Requested.
    /// </summary>
    public static IReadOnlyDictionary<(InvoiceReturnState, InvoiceReturnTrigger), InvoiceReturnState> InvoiceReturn(InvoiceKind kind, Duration sinceRequest)
    {
        var table = InvoiceReturn(kind);
        if (kind != InvoiceKind.SpecialVat || sinceRequest < Duration.FromHours(72))
        {
            return table;
        }

        var voided = new Dictionary<(InvoiceReturnState, InvoiceReturnTrigger), InvoiceReturnState>(table);
        voided.Remove((InvoiceReturnState.Requested, InvoiceReturnTrigger.ConfirmRedLetter));
        voided.Remove((InvoiceReturnState.Requested, InvoiceReturnTrigger.Reject));
        voided[(InvoiceReturnState.Requested, InvoiceReturnTrigger.Void)] = InvoiceReturnState.Voided;
        return voided;
    }

    public static readonly IReadOnlyDictionary<(AssociationState, AssociationTrigger), AssociationState> Association =
        new Dictionary<(AssociationState, AssociationTrigger), AssociationState>
        {
            [(AssociationState.Invited, AssociationTrigger.Associate)] = AssociationState.AwaitingSignature,
            [(AssociationState.Invited, AssociationTrigger.Expire)] = AssociationState.Expired,
            [(AssociationState.AwaitingSignature, AssociationTrigger.SignNotice)] = AssociationState.Associated,
            [(AssociationState.Associated, AssociationTrigger.Dissociate)] = AssociationState.Dissociated,
            [(AssociationState.Associated, AssociationTrigger.SwitchMode)] = AssociationState.ModeSwitched,
            [(AssociationState.Associated, AssociationTrigger.Undo)] = AssociationState.Undone,
            [(AssociationState.ModeSwitched, AssociationTrigger.Dissociate)] = AssociationState.Dissociated,
            [(AssociationState.ModeSwitched, AssociationTrigger.Undo)] = AssociationState.Associated,
        };

    public static readonly IReadOnlySet<OpportunityTrigger> OpportunityReasonRequired =
        new HashSet<OpportunityTrigger> { OpportunityTrigger.Reject, OpportunityTrigger.Decline, OpportunityTrigger.Lose };

    /// <summary>States with no way out.</summary>
    public static bool IsFinal<TState, TTrigger>(IReadOnlyDictionary<(TState, TTrigger), TState> table, TState state)
        where TState : struct, Enum
        where TTrigger : struct, Enum =>
        !table.Keys.Any(k => EqualityComparer<TState>.Default.Equals(k.Item1, state));

    /// <summary>Every reachable state with the shortest trigger path to it, breadth first.</summary>
    public static IReadOnlyList<(TState State, IReadOnlyList<TTrigger> Path)> Reachable<TState, TTrigger>(
        IReadOnlyDictionary<(TState, TTrigger), TState> table, TState initial)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        var found = new List<(TState, IReadOnlyList<TTrigger>)> { (initial, Array.Empty<TTrigger>()) };
        var seen = new HashSet<TState> { initial };
        for (var i = 0; i < found.Count; i++)
        {
            var (state, path) = found[i];
            foreach (var ((from, trigger), to) in table.OrderBy(e => e.Key.Item2))
            {
                if (EqualityComparer<TState>.Default.Equals(from, state) && seen.Add(to))
                {
                    found.Add((to, [.. path, trigger]));
                }
            }
        }

        return found;
    }
}
