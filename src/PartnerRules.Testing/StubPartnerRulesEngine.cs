using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace PartnerRules.Testing;

/// <summary>
/// A hand-configurable <see cref="IPartnerRulesEngine"/> for unit tests of code that depends on the
/// engine: each evaluation answers from a delegate you set (by default: approved, every criterion
/// passed) and is recorded in <see cref="Calls"/>.
/// </summary>
/// <remarks>Thread-safe for evaluation; set the delegates before use.</remarks>
public sealed class StubPartnerRulesEngine : IPartnerRulesEngine
{
    /// <summary>The HO-eligibility codes, in order.</summary>
    public static readonly IReadOnlyList<string> HoCodes = FindingCodes.HoEligibility;

    /// <summary>The staff-link codes, in order.</summary>
    public static readonly IReadOnlyList<string> StaffCodes = FindingCodes.StaffLink;

    /// <summary>The incentive codes, in order.</summary>
    public static readonly IReadOnlyList<string> IncentiveCodes = FindingCodes.Incentive;

    private readonly ConcurrentQueue<string> _calls = new();

    /// <summary>Answers HO-eligibility questions. Default: approved.</summary>
    public Func<PartnerProfile, Instant, Decision> HoEligibility { get; set; } = (_, _) => Approved(HoCodes);

    /// <summary>Answers staff-link questions. Default: approved.</summary>
    public Func<PartnerId, PersonalAccount, Instant, Decision> StaffLink { get; set; } = (_, _, _) => Approved(StaffCodes);

    /// <summary>Answers incentive claims. Default: approved, paying zero in CNY with no cap.</summary>
    public Func<IncentiveClaim, IncentiveDecision> Incentive { get; set; } =
        _ => new IncentiveDecision(true, Passed(IncentiveCodes), Money.Cny(0m), null, false);

    /// <summary>Every evaluation so far, in order, as "HoEligibility:P-0001", "StaffLink:P-0001:A-0001", "Incentive:P-0001".</summary>
    public IReadOnlyList<string> Calls => _calls.ToArray();

    /// <summary>An approved decision whose findings are <paramref name="codes"/>, all passed.</summary>
    /// <param name="codes">The finding codes, in order.</param>
    public static Decision Approved(IEnumerable<string> codes) => new(true, Passed(codes));

    /// <summary>A refused decision: <paramref name="failedCode"/> fails with <paramref name="message"/>, every other code of <paramref name="codes"/> passes.</summary>
    /// <param name="codes">The finding codes, in order.</param>
    /// <param name="failedCode">The code that fails.</param>
    /// <param name="message">Its message.</param>
    /// <exception cref="ArgumentException"><paramref name="failedCode"/> is not one of <paramref name="codes"/>.</exception>
    public static Decision Refused(IEnumerable<string> codes, string failedCode, string message)
    {
        var list = (codes ?? throw new ArgumentNullException(nameof(codes))).ToList();
        if (!list.Contains(failedCode))
        {
            throw new ArgumentException($"'{failedCode}' is not one of the codes {string.Join(", ", list)}.", nameof(failedCode));
        }

        return new Decision(false, list.Select(c => c == failedCode ? new Finding(c, false, message) : new Finding(c, true, "stub: passed")).ToArray());
    }

    /// <inheritdoc />
    public Decision EvaluateHoEligibility(PartnerProfile partner, Instant asOf)
    {
        _calls.Enqueue($"HoEligibility:{partner?.Id}");
        return HoEligibility(partner!, asOf);
    }

    /// <inheritdoc />
    public IReadOnlyList<Decision> EvaluateHoEligibility(IReadOnlyList<PartnerProfile> partners, Instant asOf) =>
        (partners ?? throw new ArgumentNullException(nameof(partners))).Select(p => EvaluateHoEligibility(p, asOf)).ToArray();

    /// <inheritdoc />
    public Decision EvaluateStaffLink(PartnerId invitingPartner, PersonalAccount account, Instant asOf)
    {
        _calls.Enqueue($"StaffLink:{invitingPartner}:{account?.Id}");
        return StaffLink(invitingPartner, account!, asOf);
    }

    /// <inheritdoc />
    public IncentiveDecision EvaluateIncentive(IncentiveClaim claim)
    {
        _calls.Enqueue($"Incentive:{claim?.Partner}");
        return Incentive(claim!);
    }

    private static Finding[] Passed(IEnumerable<string> codes) => codes.Select(c => new Finding(c, true, "stub: passed")).ToArray();
}
