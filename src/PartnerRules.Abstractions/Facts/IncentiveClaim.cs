using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>A partner's claim for an incentive on one project.</summary>
/// <param name="Partner">The claiming partner.</param>
/// <param name="Kind">First commercial project or acceleration.</param>
/// <param name="Customer">Whether the project's customer is new to Huawei Cloud.</param>
/// <remarks>Immutable: the list is copied on assignment. Equality compares the list by content.</remarks>
public sealed record IncentiveClaim(PartnerId Partner, IncentiveKind Kind, CustomerType Customer)
{
    private readonly IReadOnlyList<Money> _monthlySpend = Array.Empty<Money>();

    /// <summary>
    /// The project's cloud resource spend, month by month from the project's start; empty by default.
    /// Only the policy's spend window counts (the first 6 months for a first commercial project,
    /// the first 2 for acceleration); later months are ignored.
    /// </summary>
    /// <exception cref="ArgumentException">Set to null.</exception>
    public IReadOnlyList<Money> MonthlySpend
    {
        get => _monthlySpend;
        init => _monthlySpend = Guard.List(value, nameof(MonthlySpend));
    }

    /// <summary>
    /// Acceleration incentive for an existing customer: the amount the ecosystem committee approved
    /// for the partner's Offering. Zero is an approval of zero; null is no approval.
    /// </summary>
    public Money? CommitteeApprovedAmount { get; init; }

    /// <summary>
    /// The project's start date (the first month of its spend), a local date in the programme zone;
    /// it chooses the policy version that governs the whole claim. Null when not known: then the
    /// claim can be decided only under a single policy.
    /// </summary>
    public LocalDate? ProjectStartedOn { get; init; }

    /// <summary>
    /// New customer: the cash all accounts under the enterprise's real name had paid in total before the
    /// opportunity was verified, as the claim states it. Over the policy's NewCustomerPriorCashLimit (1,000 CNY)
    /// the customer is not new and the claim is refused (<c>INCENTIVE.NEW_CUSTOMER_PRIOR_CASH</c>); null when
    /// the claim does not state it (the criterion passes and says it was not checked).
    /// </summary>
    public Money? CustomerPriorCash { get; init; }

    /// <inheritdoc />
    public bool Equals(IncentiveClaim? other) =>
        other is not null && Partner.Equals(other.Partner) && Kind == other.Kind && Customer == other.Customer
        && Nullable.Equals(CommitteeApprovedAmount, other.CommitteeApprovedAmount) && ProjectStartedOn == other.ProjectStartedOn
        && Nullable.Equals(CustomerPriorCash, other.CustomerPriorCash)
        && SequenceEquality.Equal(_monthlySpend, other._monthlySpend);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,Bitwise : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((Partner.GetHashCode() * 397) ^ ((int)Kind << 2) ^ (int)Customer
            ^ CommitteeApprovedAmount.GetHashCode() ^ (ProjectStartedOn.GetHashCode() * 31) ^ (CustomerPriorCash.GetHashCode() * 7) ^ SequenceEquality.Hash(_monthlySpend));
}
