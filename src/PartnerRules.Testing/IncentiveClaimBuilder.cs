using System.Collections.Generic;
using System.Linq;

namespace PartnerRules.Testing;

/// <summary>
/// Builds an <see cref="IncentiveClaim"/>: by default partner "P-0001" claiming the first
/// commercial project incentive for a new customer, with no spend reported yet.
/// </summary>
/// <remarks>Mutable and not thread-safe; <see cref="Build"/> returns an immutable record.</remarks>
public sealed class IncentiveClaimBuilder
{
    private readonly List<Money> _spend = [];
    private PartnerId _partner = TestDefaults.Partner;
    private IncentiveKind _kind = IncentiveKind.FirstCommercialProject;
    private CustomerType _customer = CustomerType.New;
    private Money? _approved;
    private NodaTime.LocalDate? _startedOn;
    private Money? _priorCash;

    /// <summary>Sets the claiming partner.</summary>
    /// <param name="partner">The partner id's text.</param>
    public IncentiveClaimBuilder ForPartner(string partner)
    {
        _partner = new PartnerId(partner);
        return this;
    }

    /// <summary>Sets the incentive and customer type.</summary>
    /// <param name="kind">First commercial project or acceleration.</param>
    /// <param name="customer">New or existing customer.</param>
    public IncentiveClaimBuilder For(IncentiveKind kind, CustomerType customer)
    {
        _kind = kind;
        _customer = customer;
        return this;
    }

    /// <summary>Appends monthly spend in CNY, month by month.</summary>
    /// <param name="amounts">The months' amounts in yuan.</param>
    public IncentiveClaimBuilder WithMonthlySpend(params decimal[] amounts)
    {
        _spend.AddRange((amounts ?? throw new System.ArgumentNullException(nameof(amounts))).Select(Money.Cny));
        return this;
    }

    /// <summary>Appends <paramref name="months"/> months of the same CNY spend.</summary>
    /// <param name="months">How many months.</param>
    /// <param name="amount">Each month's amount in yuan.</param>
    public IncentiveClaimBuilder WithMonthlySpend(int months, decimal amount) =>
        WithMonthlySpend(Enumerable.Repeat(amount, months).ToArray());

    /// <summary>Sets the committee-approved Offering amount in CNY (acceleration, existing customer).</summary>
    /// <param name="amount">The approved amount in yuan; 0 is an approval of 0.</param>
    public IncentiveClaimBuilder WithCommitteeApproval(decimal amount)
    {
        _approved = Money.Cny(amount);
        return this;
    }

    /// <summary>Sets the project's start date, which chooses the policy version under a schedule.</summary>
    /// <param name="date">The first month's local date in the programme zone.</param>
    public IncentiveClaimBuilder StartedOn(NodaTime.LocalDate date)
    {
        _startedOn = date;
        return this;
    }

    /// <summary>States the customer's cash paid before the opportunity was verified, in CNY (checked for a new customer).</summary>
    /// <param name="amount">The prior cash in yuan.</param>
    public IncentiveClaimBuilder WithCustomerPriorCash(decimal amount)
    {
        _priorCash = Money.Cny(amount);
        return this;
    }

    /// <summary>The claim.</summary>
    public IncentiveClaim Build() =>
        new(_partner, _kind, _customer) { MonthlySpend = _spend.ToArray(), CommitteeApprovedAmount = _approved, ProjectStartedOn = _startedOn, CustomerPriorCash = _priorCash };
}
