using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// The opportunity form a partner fills in. A draft may be incomplete; <see cref="OpportunityTrigger.Submit"/>
/// needs all five fields (findings <c>OPPORTUNITY.CUSTOMER_NAME</c>, <c>OPPORTUNITY.CLOUD_SERVICES</c>,
/// <c>OPPORTUNITY.LOCAL_SALES_CONTACT</c>, <c>OPPORTUNITY.ESTIMATED_VALUE</c>, <c>OPPORTUNITY.EXPECTED_CLOSE_DATE</c>).
/// </summary>
/// <remarks>Immutable and thread-safe: <see cref="CloudServices"/> is copied. Equality compares the services by content.</remarks>
public sealed record OpportunityForm
{
    private readonly IReadOnlyList<string> _cloudServices = [];

    /// <summary>The customer's name; Submit needs it non-blank.</summary>
    public string? CustomerName { get; init; }

    /// <summary>The Huawei Cloud services the solution may use (multi-select); Submit needs at least one, none blank. Default: empty.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list for none).</exception>
    /// <exception cref="ArgumentException">The list holds a null name.</exception>
    public IReadOnlyList<string> CloudServices
    {
        get => _cloudServices;
        init => _cloudServices = CopyServices(value, nameof(CloudServices));
    }

    /// <summary>Whether the partner has contacted Huawei Cloud's local sales team (PSM/BD); Submit needs an answer, true or false.</summary>
    public bool? ContactedLocalSalesTeam { get; init; }

    /// <summary>The estimated value of the deal; Submit needs it greater than zero.</summary>
    public Money? EstimatedValue { get; init; }

    /// <summary>The expected close date (local date in the programme's zone); Submit needs it.</summary>
    public LocalDate? ExpectedCloseDate { get; init; }

    /// <inheritdoc />
    public bool Equals(OpportunityForm? other) =>
        other is not null
        && CustomerName == other.CustomerName
        && LifecycleLists.Equal(CloudServices, other.CloudServices)
        && ContactedLocalSalesTeam == other.ContactedLocalSalesTeam
        && EstimatedValue == other.EstimatedValue
        && ExpectedCloseDate == other.ExpectedCloseDate;

    /// <inheritdoc />
    // Stryker disable once Arithmetic,NullCoalescing : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked(((CustomerName?.GetHashCode() ?? 0) * 397) ^ LifecycleLists.Hash(CloudServices)
            ^ (ContactedLocalSalesTeam.GetHashCode() * 31) ^ EstimatedValue.GetHashCode() ^ (ExpectedCloseDate.GetHashCode() * 7));

    private static IReadOnlyList<string> CopyServices(IReadOnlyList<string> value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, "CloudServices must be a list (use an empty list for none), not null.");
        }

        for (var i = 0; i < value.Count; i++)
        {
            if (value[i] is null)
            {
                throw new ArgumentException($"CloudServices holds null at index {i}; every service needs a name.", paramName);
            }
        }

        return LifecycleLists.CopyOrNull(value);
    }
}
