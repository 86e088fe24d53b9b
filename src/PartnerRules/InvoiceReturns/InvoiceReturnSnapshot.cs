using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// Everything needed to restore an <see cref="InvoiceReturnLifecycle"/> from storage: made by
/// <see cref="InvoiceReturnLifecycle.ToSnapshot"/>, read by <see cref="InvoiceReturnLifecycle.Restore(InvoiceReturnSnapshot, IClock, ProgramPolicy)"/>,
/// serialisable with <see cref="PartnerRulesJson.CreateOptions"/>. Deadlines are not stored: they are
/// computed from the history with the policy given to <c>Restore</c>.
/// </summary>
/// <param name="Id">The returned invoice.</param>
/// <param name="Kind">The invoice's kind: selects the transitions and deadlines.</param>
/// <param name="State">The current state: where <paramref name="History"/> ends.</param>
/// <param name="Version">The number of transitions (<c>History.Count</c>), for optimistic concurrency.</param>
/// <param name="CreatedAt">When the return was requested.</param>
/// <param name="History">Every transition, oldest first.</param>
/// <remarks>Immutable and thread-safe: the history is copied. Equality compares the history by content, so a JSON round trip gives an equal snapshot.</remarks>
public sealed record InvoiceReturnSnapshot(
    InvoiceId Id,
    InvoiceKind Kind,
    InvoiceReturnState State,
    long Version,
    Instant CreatedAt,
    IReadOnlyList<Transition<InvoiceReturnState, InvoiceReturnTrigger>> History) : IObligationSource
{
    private readonly IReadOnlyList<Transition<InvoiceReturnState, InvoiceReturnTrigger>> _history = LifecycleLists.CopyOrNull(History);

    /// <inheritdoc />
    string IObligationSource.SubjectId => Id.Value;

    /// <inheritdoc />
    /// <remarks>Restores the snapshot under <paramref name="policy"/> (checking it) and reads its deadline.</remarks>
    Deadline? IObligationSource.RunningDeadline(ProgramPolicy policy) =>
        ((IObligationSource)InvoiceReturnLifecycle.Restore(this, new FixedClock(CreatedAt), policy)).RunningDeadline(policy);

    /// <summary>Every transition, oldest first (a copy of the list given, also through <c>with</c>).</summary>
    public IReadOnlyList<Transition<InvoiceReturnState, InvoiceReturnTrigger>> History
    {
        get => _history;
        init => _history = LifecycleLists.CopyOrNull(value);
    }

    /// <inheritdoc />
    public bool Equals(InvoiceReturnSnapshot? other) =>
        other is not null && Id == other.Id && Kind == other.Kind && State == other.State && Version == other.Version
        && CreatedAt == other.CreatedAt && LifecycleLists.Equal(History, other.History);

    /// <inheritdoc />
    // Stryker disable once Arithmetic : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((Id.GetHashCode() * 397) ^ ((int)Kind * 31) ^ (int)State ^ Version.GetHashCode() ^ LifecycleLists.Hash(History));
}
