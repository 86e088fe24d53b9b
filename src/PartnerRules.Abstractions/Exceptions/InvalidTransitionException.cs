using System;
using System.Collections.Generic;
using System.Linq;
using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>
/// A lifecycle refused a trigger or an operation: it is not permitted in the current state, or a
/// guard failed (then <see cref="Findings"/> says which). The lifecycle is unchanged.
/// </summary>
public sealed class InvalidTransitionException : PartnerRulesException
{
    /// <summary>Creates the exception with a message composed from its parts (English).</summary>
    /// <param name="state">The state's name; "" when no lifecycle exists yet (a refused offer).</param>
    /// <param name="trigger">The trigger's name, or the operation's ("Offer", "Edit").</param>
    /// <param name="permittedTriggers">The triggers permitted in that state now.</param>
    /// <param name="findings">The failed findings; empty when the trigger is simply not allowed.</param>
    public InvalidTransitionException(string state, string trigger, IReadOnlyList<string> permittedTriggers,
        IReadOnlyList<Finding> findings)
        : this(ComposeMessage(state, trigger, permittedTriggers, findings), state, trigger, permittedTriggers, findings)
    {
    }

    /// <summary>Creates the exception with a message of the caller's (for example, localised).</summary>
    /// <param name="message">What was refused and why.</param>
    /// <param name="state">The state's name; "" when no lifecycle exists yet (a refused offer).</param>
    /// <param name="trigger">The trigger's name, or the operation's ("Offer", "Edit").</param>
    /// <param name="permittedTriggers">The triggers permitted in that state now.</param>
    /// <param name="findings">The failed findings; empty when the trigger is simply not allowed.</param>
    public InvalidTransitionException(string message, string state, string trigger, IReadOnlyList<string> permittedTriggers,
        IReadOnlyList<Finding> findings)
        : base(message)
    {
        State = state ?? throw new ArgumentNullException(nameof(state));
        Trigger = trigger ?? throw new ArgumentNullException(nameof(trigger));
        PermittedTriggers = permittedTriggers is null ? throw new ArgumentNullException(nameof(permittedTriggers)) : permittedTriggers.ToArray();
        Findings = Guard.List(findings, nameof(findings));
    }

    /// <summary>The state's name; "" when no lifecycle exists yet (a refused offer).</summary>
    public string State { get; }

    /// <summary>The trigger's name, or the operation's ("Offer", "Edit").</summary>
    public string Trigger { get; }

    /// <summary>The triggers permitted in that state now.</summary>
    public IReadOnlyList<string> PermittedTriggers { get; }

    /// <summary>The failed findings only; empty when the trigger is simply not allowed.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    private static string ComposeMessage(string state, string trigger, IReadOnlyList<string> permitted, IReadOnlyList<Finding> findings)
    {
        var where = string.IsNullOrEmpty(state) ? string.Empty : $" in state '{state}'";
        var text = findings is { Count: > 0 }
            ? $"'{trigger}' was refused{where}: " + string.Join(" ", Guard.List(findings, nameof(findings)).Select(f => $"[{f.Code}] {f.Message}"))
            : $"'{trigger}' is not permitted{where}.";
        if (permitted is not null && !string.IsNullOrEmpty(state))
        {
            text += permitted.Count == 0 ? " No trigger is permitted there." : $" Permitted: {string.Join(", ", permitted)}.";
        }

        return text;
    }
}
