using NodaTime;

namespace PartnerRules;

/// <summary>One step of a lifecycle's audit history.</summary>
/// <typeparam name="TState">The lifecycle's state enum.</typeparam>
/// <typeparam name="TTrigger">The lifecycle's trigger enum.</typeparam>
/// <param name="From">The state before.</param>
/// <param name="To">The state after.</param>
/// <param name="Trigger">What fired.</param>
/// <param name="At">When, by the lifecycle's clock.</param>
public sealed record Transition<TState, TTrigger>(TState From, TState To, TTrigger Trigger, Instant At)
{
    /// <summary>The reason given (required for rejections, declines and losses); null otherwise.</summary>
    public string? Reason { get; init; }
}
