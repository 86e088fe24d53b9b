using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules.Associations;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// A reseller's offline invitation of a customer to associate (客户关联): Invited, then
/// <see cref="Associate(CustomerAccount)"/> with the customer's account, which must be new (created within the policy's
/// <see cref="ProgramPolicy.NewAccountWindow"/>, 7 days), then the customer signs the notice
/// (SignNotice, 《客户关联华为云合作伙伴须知》): Associated, until Dissociate. An invitation may Expire. An association may
/// SwitchMode (to ModeSwitched, in the other mode); <see cref="Undo"/> switches it back, or undoes the association itself
/// (Undone), at most once within the policy's <see cref="ProgramPolicy.AssociationUndoInterval"/> (3 months); another
/// partner's registration (报备) of the customer reserves it for <see cref="ProgramPolicy.CustomerRegistrationReservation"/>
/// (15 days) (docs/programme-rules.md §7).
/// </summary>
/// <remarks>
/// Not thread-safe: use one instance from one thread at a time (load, act, save); <see cref="Revision"/>
/// lets a store detect a stale write (optimistic concurrency: use it as the ETag). Every step is stamped by the injected
/// <see cref="IClock"/>. A refused call changes nothing. Messages follow <c>CultureInfo.CurrentUICulture</c>.
/// </remarks>
public sealed partial class CustomerAssociationLifecycle : ILifecycle<AssociationState, AssociationTrigger>, ILifecycle
{
    private readonly LifecycleCore<AssociationState, AssociationTrigger, CustomerAssociationLifecycle> _core;
    private readonly ProgramPolicy _policy;
    private readonly AssociationMode _invitedMode;

    private CustomerAssociationLifecycle(LifecycleKey key, PartnerId partner, AssociationMode mode, IClock clock, ProgramPolicy policy, Instant createdAt,
        AssociationState state, IReadOnlyList<Transition<AssociationState, AssociationTrigger>> history, AccountId? customer, long revision, ILogger? logger)
    {
        Key = key;
        Partner = partner;
        _invitedMode = IsModeSwitched(history) ? Other(mode) : mode;
        Customer = customer;
        _policy = policy;
        var lastUpdatedAt = history.Count == 0 ? createdAt : history[history.Count - 1].At;
        _core = new(CustomerAssociationTable.Table, this, 0, LifecycleClock.Checked(clock, policy), createdAt, state, history, lastUpdatedAt, policy.Version, revision,
            LifecycleLog.For(logger, "CustomerAssociation", partner.Value));
    }

    /// <summary>The inviting partner (reseller).</summary>
    public PartnerId Partner { get; }

    /// <summary>Resale or consultative sale: the invitation's mode, or the other one after SwitchMode (until Undo switches it back).</summary>
    public AssociationMode Mode => IsModeSwitched(History) ? Other(_invitedMode) : _invitedMode;

    /// <summary>The associated customer's account; null until <see cref="Associate(CustomerAccount)"/> succeeded.</summary>
    public AccountId? Customer { get; private set; }

    /// <inheritdoc />
    public AssociationState State => _core.State;

    /// <inheritdoc />
    public long Version => _core.Version;

    /// <inheritdoc />
    public long Revision => _core.Revision;

    /// <summary>This lifecycle instance: new for every lifecycle a factory makes, kept by <see cref="ToSnapshot"/> and <c>Restore</c>.</summary>
    public LifecycleKey Key { get; }

    /// <inheritdoc />
    LifecycleKind ILifecycle.Kind => LifecycleKind.CustomerAssociation;

    /// <inheritdoc />
    string ILifecycle.StateName => LifecycleKeys.StateName(State);

    /// <inheritdoc />
    ILifecycleSnapshot ILifecycle.ToSnapshot() => ToSnapshot();

    /// <inheritdoc />
    public string PolicyVersion => _core.PolicyVersion;

    /// <summary>The triggers whose guards pass now, in enum order. In Invited this includes <see cref="AssociationTrigger.Associate"/>: the step is open, and <see cref="Associate(CustomerAccount)"/> judges the account (and the registrations); likewise <see cref="AssociationTrigger.Undo"/>, which <see cref="Undo"/> judges against the earlier undos.</summary>
    public IReadOnlyList<AssociationTrigger> PermittedTriggers => _core.PermittedTriggers;

    /// <inheritdoc />
    public IReadOnlyList<Transition<AssociationState, AssociationTrigger>> History => _core.History;

    /// <summary>Always null: the programme sets no deadline on an association (an invitation's expiry is the caller's decision).</summary>
    public Deadline? Deadline => null;

    /// <inheritdoc cref="Invite(PartnerId, AssociationMode, IClock, ProgramPolicy, ILogger)"/>
    public static CustomerAssociationLifecycle Invite(PartnerId partner, AssociationMode mode, IClock clock, ProgramPolicy? policy = null) => Invite(partner, mode, clock, policy, null);

    /// <summary>Invites a customer (state <see cref="AssociationState.Invited"/>), stamped by <paramref name="clock"/>.</summary>
    /// <param name="partner">The inviting partner.</param>
    /// <param name="mode">Resale or consultative sale.</param>
    /// <param name="clock">The clock that stamps every step and judges the account's age.</param>
    /// <param name="policy">The programme policy (zone, new-account window); null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentException"><paramref name="partner"/> is <c>default</c>, <paramref name="mode"/> is not defined, or the policy is invalid.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static CustomerAssociationLifecycle Invite(PartnerId partner, AssociationMode mode, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        var checkedPolicy = CheckArguments(partner, clock, policy);
        if (!EnumInfo<AssociationMode>.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, LifecycleErrors.AssociationModeUndefined);
        }

        return new CustomerAssociationLifecycle(LifecycleKey.New(), partner, mode, clock, checkedPolicy, LifecycleClock.Read(clock, checkedPolicy), AssociationState.Invited, [], null, 0, logger);
    }

    /// <inheritdoc cref="Restore(CustomerAssociationSnapshot, IClock, ProgramPolicy, ILogger)"/>
    public static CustomerAssociationLifecycle Restore(CustomerAssociationSnapshot snapshot, IClock clock, ProgramPolicy? policy = null) => Restore(snapshot, clock, policy, null);

    /// <summary>Rebuilds a lifecycle from a snapshot made by <see cref="ToSnapshot"/>, after checking it is consistent.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="clock">The clock that stamps the next steps.</param>
    /// <param name="policy">The programme policy; null uses <see cref="ProgramPolicy.Default"/>.</param>
    /// <param name="logger">Where every transition is logged (Information; ids and states only, never reasons, amounts or personal data); null logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or <paramref name="clock"/> is null.</exception>
    /// <exception cref="SnapshotRejectedException">
    /// The snapshot is inconsistent (the message names the lifecycle and lists every problem): a default partner or
    /// customer id, a null history, an undefined value, a history that does not start in Invited, does not chain, takes a
    /// step that is not permitted, does not end in <c>State</c>, or is out of time order or before the invitation; a
    /// <c>Version</c> other than the history's length; a <c>Revision</c> below it; a <c>PolicyVersion</c> other than the
    /// policy's; a customer without an Associate step or the reverse.
    /// </exception>
    /// <exception cref="ArgumentException">The policy is invalid.</exception>
    public static CustomerAssociationLifecycle Restore(CustomerAssociationSnapshot snapshot, IClock clock, ProgramPolicy? policy, ILogger? logger)
    {
        if (snapshot is null)
        {
            throw new ArgumentNullException(nameof(snapshot));
        }

        var problems = new List<string>();
        if (snapshot.Partner.IsDefault)
        {
            problems.Add("Partner is default(PartnerId)");
        }

        if (snapshot.Customer is { IsDefault: true })
        {
            problems.Add("Customer is default(AccountId); use null before the account is associated");
        }

        SnapshotChecks.Defined(snapshot.Mode, nameof(snapshot.Mode), problems);
        SnapshotChecks.History(CustomerAssociationTable.Table, 0, snapshot.State, snapshot.Version, snapshot.CreatedAt, snapshot.History, problems);
        if (snapshot.History is not null)
        {
            var associated = false;
            foreach (var step in snapshot.History)
            {
                associated |= step is { Trigger: AssociationTrigger.Associate };
            }

            if (associated != snapshot.Customer.HasValue)
            {
                problems.Add(associated
                    ? "Customer is null, but the history associated an account"
                    : "Customer is set, but the history never associated an account");
            }
        }

        var revision = SnapshotChecks.Conclude(snapshot, snapshot.Revision, snapshot.Version, policy, problems, nameof(CustomerAssociationSnapshot));
        var checkedPolicy = CheckArguments(snapshot.Partner, clock, policy);
        return new CustomerAssociationLifecycle(snapshot.Key, snapshot.Partner, snapshot.Mode, clock, checkedPolicy, snapshot.CreatedAt, snapshot.State,
            LifecycleLists.CopyOrNull(snapshot.History), snapshot.Customer, revision, logger);
    }

    /// <summary>The diagram of the customer-association lifecycle in Mermaid, from the configured state machine, guards on the edges.</summary>
    public static string ToMermaid() => CustomerAssociationTable.Table.ToMermaid();

    /// <inheritdoc />
    public bool CanFire(AssociationTrigger trigger) => _core.CanFire(trigger);

    /// <summary>Fires <paramref name="trigger"/>; a refused call changes nothing.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <param name="reason">An optional note kept in the history.</param>
    /// <exception cref="InvalidTransitionException">
    /// The trigger is not permitted now; or it is <see cref="AssociationTrigger.Associate"/>, which needs the
    /// customer's account: call <see cref="Associate(CustomerAccount)"/> instead; or it is <see cref="AssociationTrigger.Undo"/>,
    /// which needs the earlier undos: call <see cref="Undo"/> instead.
    /// </exception>
    /// <exception cref="PartnerRulesException">The clock reads an instant before the lifecycle's latest step.</exception>
    public void Fire(AssociationTrigger trigger, string? reason = null) => _core.Fire(trigger, reason);

    /// <summary>Everything needed to restore this lifecycle with <see cref="Restore(CustomerAssociationSnapshot, IClock, ProgramPolicy)"/>.</summary>
    public CustomerAssociationSnapshot ToSnapshot() => new(Partner, Mode, State, Version, _core.CreatedAt, Customer, History) { Key = Key, Revision = Revision, PolicyVersion = PolicyVersion };

    /// <summary>True when <paramref name="account"/> was created within the policy's NewAccountWindow of today (the Associate guard).</summary>
    internal bool IsNew(CustomerAccount account)
    {
        var zone = _policy.TimeZone;
        var today = _core.Now().InZone(zone).Date;
        var created = account.CreatedAt.InZone(zone).Date;
        // docs/programme-rules.md §1: c in [d - P, d]. Not c + P >= d: month ends do not round trip (c 2026-02-28, one month, d 2026-03-31: c + P = 03-28 < d, yet d - P = 02-28 = c).
        return created >= today.Minus(_policy.NewAccountWindow) && created <= today;
    }

    private Finding NewAccountFinding() =>
        new(CustomerAssociationTable.NewAccountCode, false,
            LifecycleMessages.Format(LifecycleMessages.AssociationNewAccount, LifecycleMessages.Window(_policy.NewAccountWindow)));

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private LocalDate Today() => _core.Now().InZone(_policy.TimeZone).Date;

    private static ProgramPolicy CheckArguments(PartnerId partner, IClock clock, ProgramPolicy? policy)
    {
        LifecycleArguments.Identifier(partner.IsDefault, nameof(PartnerId), nameof(partner));
        return LifecycleArguments.ClockAndPolicy(clock, policy);
    }
}
