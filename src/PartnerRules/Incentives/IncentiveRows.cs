using System;
using System.Collections.Generic;

namespace PartnerRules.Incentives;

/// <summary>
/// The amounts of DOMAIN.md §5's table, and the validation of a claim. The criteria (whether a
/// claim pays) are the incentive rules'; this only computes what an approved claim pays.
/// </summary>
internal static class IncentiveRows
{
    /// <summary>Rejects bad input: every amount set, not negative, in the programme's currency.</summary>
    public static void Validate(IncentiveClaim? claim, ProgramPolicy policy, string paramName)
    {
        if (claim is null)
        {
            throw new ArgumentNullException(paramName, "An incentive claim is required.");
        }

        if (claim.Partner.IsDefault)
        {
            throw new ArgumentException("The claim's Partner is default(PartnerId); set the claiming partner's id.", paramName);
        }

        string? currency = null;
        for (var i = 0; i < claim.MonthlySpend.Count; i++)
        {
            var spend = claim.MonthlySpend[i];
            CheckAmount(spend, $"MonthlySpend[{i}]", paramName);
            if (currency is not null && !string.Equals(spend.Currency, currency, StringComparison.Ordinal))
            {
                throw new ArgumentException($"The claim mixes currencies: MonthlySpend[{i}] is {spend.Currency}, earlier months are {currency}. Report every month in {policy.Currency}.", paramName);
            }

            currency = spend.Currency;
            CheckCurrency(spend, $"MonthlySpend[{i}]", policy, paramName);
        }

        if (claim.CommitteeApprovedAmount is { } approved)
        {
            CheckAmount(approved, nameof(IncentiveClaim.CommitteeApprovedAmount), paramName);
            CheckCurrency(approved, nameof(IncentiveClaim.CommitteeApprovedAmount), policy, paramName);
        }
    }

    /// <summary>The row's cap: null for the fixed-amount row (first commercial project, existing customer).</summary>
    public static Money? Cap(IncentiveClaim claim, ProgramPolicy policy) => (claim.Kind, claim.Customer) switch
    {
        (IncentiveKind.FirstCommercialProject, CustomerType.New) => policy.FirstProjectNewCustomerCap,
        (IncentiveKind.FirstCommercialProject, _) => null,
        (_, CustomerType.New) => policy.AccelerationNewCustomerCap,
        _ => policy.AccelerationExistingCustomerCap,
    };

    /// <summary>What an approved claim earns before the cap.</summary>
    public static Money Amount(IncentiveClaim claim, ProgramPolicy policy) => (claim.Kind, claim.Customer) switch
    {
        (IncentiveKind.FirstCommercialProject, CustomerType.New) => SumOfFirstMonths(claim.MonthlySpend, policy.FirstProjectNewCustomerSpendMonths, policy.Currency),
        (IncentiveKind.FirstCommercialProject, _) => policy.FirstProjectExistingCustomerAmount,
        (_, CustomerType.New) => SumOfFirstMonths(claim.MonthlySpend, policy.AccelerationNewCustomerSpendMonths, policy.Currency),
        _ => claim.CommitteeApprovedAmount ?? Money.Zero(policy.Currency),
    };

    private static Money SumOfFirstMonths(IReadOnlyList<Money> spend, int months, string currency)
    {
        var total = 0m;
        var count = Math.Min(months, spend.Count);
        for (var i = 0; i < count; i++)
        {
            total += spend[i].Amount;
        }

        return new Money(total, currency);
    }

    private static void CheckAmount(Money amount, string name, string paramName)
    {
        if (amount.IsDefault)
        {
            throw new ArgumentException($"The claim's {name} is default(Money), which has no currency; create it with new Money(amount, currency).", paramName);
        }

        if (amount.Amount < 0m)
        {
            throw new ArgumentException($"The claim's {name} is negative ({amount}); amounts must be zero or more.", paramName);
        }
    }

    private static void CheckCurrency(Money amount, string name, ProgramPolicy policy, string paramName)
    {
        if (!string.Equals(amount.Currency, policy.Currency, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The claim's {name} is in {amount.Currency}; claims are in the programme currency {policy.Currency}.", paramName);
        }
    }
}
