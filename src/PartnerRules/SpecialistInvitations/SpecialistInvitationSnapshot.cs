using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;
using PartnerRules.SpecialistInvitations;

namespace PartnerRules;

/// <summary>
/// Everything needed to restore a <see cref="SpecialistInvitationLifecycle"/> from storage: made by
/// <see cref="SpecialistInvitationLifecycle.ToSnapshot"/>, read by <see cref="SpecialistInvitationLifecycle.Restore(SpecialistInvitationSnapshot, IClock, ProgramPolicy)"/>,
/// serialisable with <see cref="PartnerRulesJson.CreateOptions"/>. The validity deadline is not stored: it is computed
/// from <paramref name="CreatedAt"/> with the policy given to <c>Restore</c>.
/// </summary>
/// <param name="Partner">The inviting partner.</param>
/// <param name="Account">The invited employee's personal account.</param>
/// <param name="State">The current state: where <paramref name="History"/> ends.</param>
/// <param name="Version">The number of transitions (<c>History.Count</c>); <c>Revision</c> serves optimistic concurrency.</param>
/// <param name="CreatedAt">When the invitation was sent.</param>
/// <param name="Application">The latest application; null until the employee applied.</param>
/// <param name="History">Every transition, oldest first.</param>
/// <remarks>Immutable and thread-safe: the history is copied. Equality compares the history by content, so a JSON round trip gives an equal snapshot.</remarks>
public sealed record SpecialistInvitationSnapshot(
    PartnerId Partner,
    AccountId Account,
    SpecialistInvitationState State,
    long Version,
    Instant CreatedAt,
    SpecialistApplication? Application,
    IReadOnlyList<Transition<SpecialistInvitationState, SpecialistInvitationTrigger>> History) : ILifecycleSnapshot, IObligationSource, IStoredLifecycle
{
    private readonly IReadOnlyList<Transition<SpecialistInvitationState, SpecialistInvitationTrigger>> _history = LifecycleLists.CopyOrNull(History);

    /// <inheritdoc />
    string IObligationSource.SubjectId => Partner.Value + "/" + SpecialistInvitations.SpecialistInvitationChecks.Mask(Account.Value);

    /// <inheritdoc />
    /// <remarks>Restores the snapshot under <paramref name="policy"/> (checking it) and reads its deadline.</remarks>
    Deadline? IObligationSource.RunningDeadline(ProgramPolicy policy) => SpecialistInvitationLifecycle.Restore(this, new FixedClock(CreatedAt), policy).Deadline;

    /// <summary>Every transition, oldest first (a copy of the list given, also through <c>with</c>).</summary>
    public IReadOnlyList<Transition<SpecialistInvitationState, SpecialistInvitationTrigger>> History
    {
        get => _history;
        init => _history = LifecycleLists.CopyOrNull(value);
    }

    private readonly LifecycleKey _key;

    /// <summary>
    /// The lifecycle instance this snapshot belongs to. A snapshot written before keys existed (no key given) reads with a key
    /// derived from its kind, the inviting partner (never the account) and <c>CreatedAt</c>: the same on every read.
    /// </summary>
    public LifecycleKey Key
    {
        get => _key.IsDefault ? LifecycleKeys.Derive(LifecycleKind.SpecialistInvitation, Partner.Value, CreatedAt) : _key;
        init => _key = value;
    }

    /// <inheritdoc />
    LifecycleKind ILifecycleSnapshot.Kind => LifecycleKind.SpecialistInvitation;

    /// <inheritdoc />
    string ILifecycleSnapshot.StateName => LifecycleKeys.StateName(State);

    /// <inheritdoc />
    Instant ILifecycleSnapshot.LastChangedAt => (History is { Count: > 0 } steps && steps[steps.Count - 1] is { } last ? last.At : CreatedAt);

    /// <summary>
    /// The number of writes (every transition), for optimistic concurrency: use it as the ETag. 0 in a snapshot written
    /// before revisions existed, which restores with <c>Revision = Version</c>.
    /// </summary>
    public long Revision { get; init; }

    /// <summary>The name of the policy version the lifecycle runs under; null in a snapshot written before versions existed.</summary>
    public string? PolicyVersion { get; init; }

    /// <inheritdoc />
    string IStoredLifecycle.LifecycleName => SnapshotChecks.Name("partner", Partner.Value) + " and " + SnapshotChecks.Name("account", Account.IsDefault ? null : SpecialistInvitationChecks.Mask(Account.Value));

    /// <inheritdoc />
    Deadline? IStoredLifecycle.RunningDeadlineUnder(ProgramPolicy policy) => SpecialistInvitationLifecycle.Restore(this with { PolicyVersion = null }, new FixedClock(CreatedAt), policy).Deadline;

    /// <inheritdoc />
    public bool Equals(SpecialistInvitationSnapshot? other) =>
        other is not null && Key == other.Key && Revision == other.Revision && string.Equals(PolicyVersion, other.PolicyVersion, System.StringComparison.Ordinal) && Partner == other.Partner && Account == other.Account && State == other.State && Version == other.Version
        && CreatedAt == other.CreatedAt && Equals(Application, other.Application) && LifecycleLists.Equal(History, other.History);

    /// <inheritdoc />
    // Stryker disable once Arithmetic : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((Partner.GetHashCode() * 397) ^ (Account.GetHashCode() * 31) ^ (int)State ^ Version.GetHashCode() ^ LifecycleLists.Hash(History));
}
