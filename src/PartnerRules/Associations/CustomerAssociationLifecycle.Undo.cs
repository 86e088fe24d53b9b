using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Associations;
using PartnerRules.Criteria;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>SwitchMode's mode and Undo, at most once per AssociationUndoInterval (docs/programme-rules.md §7).</summary>
public sealed partial class CustomerAssociationLifecycle
{
    /// <summary>
    /// Undoes the mode switch (ModeSwitched to Associated, the mode back to the invitation's) or the association itself
    /// (Associated to Undone), when no other undo lies in the window: with <c>d</c> the local date of the clock's now and
    /// <c>u</c> the local date of an earlier undo (programme zone), refused while some <c>u</c> is in
    /// <c>[d - AssociationUndoInterval, d]</c> (docs/programme-rules.md §1; 3 months: undone on 2026-11-30, possible
    /// again from 2027-03-01, since 2027-02-28 - 3 months = 2026-11-28).
    /// </summary>
    /// <param name="earlierUndos">
    /// When the same customer and partner undid an association or a mode switch on earlier lifecycles (their
    /// <see cref="AssociationTrigger.Undo"/> steps); this lifecycle's own undos are counted without them. Null or empty for none.
    /// </param>
    /// <exception cref="InvalidTransitionException">
    /// Not permitted in the current state; or another undo lies in the window: the single failed finding
    /// <c>ASSOCIATION.UNDO_INTERVAL</c>, whose message and <see cref="Finding.PassesOn"/> give the first date an undo is possible, the state unchanged.
    /// </exception>
    /// <exception cref="ArgumentException">An earlier undo lies after the clock's now: bad input, not a refusal.</exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Undo(IReadOnlyList<Instant>? earlierUndos = null)
    {
        _core.EnsurePermitted(AssociationTrigger.Undo);
        earlierUndos ??= [];
        var now = _core.Now();
        for (var i = 0; i < earlierUndos.Count; i++)
        {
            if (earlierUndos[i] > now)
            {
                throw new ArgumentException(LifecycleErrors.ItemFromTheFuture("Earlier undo", i, earlierUndos[i], now), nameof(earlierUndos));
            }
        }

        if (LatestUndo(earlierUndos) is { } latest && UndoPossibleOn(earlierUndos) is { } possibleOn)
        {
            throw _core.Refusal(nameof(AssociationTrigger.Undo), [UndoIntervalFinding(latest, possibleOn)]);
        }

        _core.Fire(CustomerAssociationTable.Undo, earlierUndos);
    }

    /// <summary>The first local date an undo is possible when one is refused today (the Undo guard); null when it is possible today.</summary>
    internal LocalDate? UndoPossibleOn(IReadOnlyList<Instant> earlierUndos)
    {
        if (LatestUndo(earlierUndos) is not { } latest)
        {
            return null;
        }

        // docs/programme-rules.md §1: refused while latest is in [d - P, d]; possible from the first d with d - P > latest.
        var possibleOn = Windows.ExitDate(latest, _policy.AssociationUndoInterval);
        return possibleOn > Today() ? possibleOn : null;
    }

    /// <summary>True when the last mode change in <paramref name="history"/> was a switch not undone: SwitchMode and Undo from ModeSwitched alternate.</summary>
    private static bool IsModeSwitched(IReadOnlyList<Transition<AssociationState, AssociationTrigger>>? history)
    {
        // Stryker disable once Boolean : starting from "switched" inverts the invited mode as well as the current one, which cancel out
        var switched = false;
        // Stryker disable once NullCoalescing : no caller passes a null history (Restore refuses one first)
        foreach (var step in history ?? [])
        {
            if (step.Trigger == AssociationTrigger.SwitchMode || step is { Trigger: AssociationTrigger.Undo, From: AssociationState.ModeSwitched })
            {
                switched = !switched;
            }
        }

        return switched;
    }

    private static AssociationMode Other(AssociationMode mode) =>
        mode == AssociationMode.Resale ? AssociationMode.ConsultativeSale : AssociationMode.Resale;

    /// <summary>The local date of the latest undo: this lifecycle's own and the earlier ones given.</summary>
    private LocalDate? LatestUndo(IReadOnlyList<Instant> earlierUndos)
    {
        Instant? latest = null;
        foreach (var step in History)
        {
            if (step.Trigger == AssociationTrigger.Undo && (latest is null || step.At > latest))
            {
                latest = step.At;
            }
        }

        foreach (var at in earlierUndos)
        {
            if (latest is null || at > latest)
            {
                latest = at;
            }
        }

        return latest?.InZone(_policy.TimeZone).Date;
    }

    private Finding UndoIntervalFinding(LocalDate latest, LocalDate possibleOn) =>
        new(FindingCodes.AssociationUndoInterval, false,
            LifecycleMessages.Format(LifecycleMessages.AssociationUndoInterval, LifecycleMessages.Window(_policy.AssociationUndoInterval), Iso(latest), Iso(possibleOn)))
        {
            WindowStart = Today().Minus(_policy.AssociationUndoInterval),
            PassesOn = possibleOn,
        };
}
