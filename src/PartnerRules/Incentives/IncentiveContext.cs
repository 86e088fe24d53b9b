using System;
using System.Globalization;
using PartnerRules.Criteria;
using PartnerRules.Lifecycles;
using PartnerRules.Resources;

namespace PartnerRules.Incentives;

/// <summary>
/// What the incentive rules need besides the claim, read from the policy once per evaluation: the
/// spend months, amounts and caps of docs/programme-rules.md §5's table, the currency and the culture. Also the guard
/// of the claim those rules read.
/// </summary>
internal sealed class IncentiveContext : IDecisionContext
{
    public IncentiveContext(ProgramPolicy policy, CultureInfo culture)
    {
        Currency = policy.Currency;
        FirstProjectNewCustomerSpendMonths = policy.FirstProjectNewCustomerSpendMonths;
        FirstProjectNewCustomerCap = policy.FirstProjectNewCustomerCap;
        FirstProjectExistingCustomerAmount = policy.FirstProjectExistingCustomerAmount;
        AccelerationNewCustomerSpendMonths = policy.AccelerationNewCustomerSpendMonths;
        AccelerationNewCustomerCap = policy.AccelerationNewCustomerCap;
        AccelerationExistingCustomerCap = policy.AccelerationExistingCustomerCap;
        NewCustomerPriorCashLimit = policy.NewCustomerPriorCashLimit;
        Culture = culture;
        PolicyVersion = policy.Version;
    }

    /// <inheritdoc />
    public string PolicyVersion { get; }

    public string Currency { get; }

    public int FirstProjectNewCustomerSpendMonths { get; }

    public Money FirstProjectNewCustomerCap { get; }

    public Money FirstProjectExistingCustomerAmount { get; }

    public int AccelerationNewCustomerSpendMonths { get; }

    public Money AccelerationNewCustomerCap { get; }

    public Money AccelerationExistingCustomerCap { get; }

    public Money NewCustomerPriorCashLimit { get; }

    public CultureInfo Culture { get; }

    /// <summary>Months of spend that a new-customer row of <paramref name="kind"/> counts.</summary>
    public int SpendMonths(IncentiveKind kind) =>
        kind == IncentiveKind.FirstCommercialProject ? FirstProjectNewCustomerSpendMonths : AccelerationNewCustomerSpendMonths;

    /// <summary>Refuses bad input: every amount set, not negative, in the programme's currency.</summary>
    public static void Check(IncentiveClaim? claim, string currency, string paramName)
    {
        if (claim is null)
        {
            throw new ArgumentNullException(paramName, EngineErrors.ClaimNull);
        }

        if (claim.Partner.IsDefault)
        {
            throw new ArgumentException(EngineErrors.ClaimPartnerDefault, paramName);
        }

        // No row of the incentive table matches a value outside the enum: bad input, not a defect of the rule set.
        CheckDeclared(claim.Kind, nameof(IncentiveClaim.Kind), paramName);
        CheckDeclared(claim.Customer, nameof(IncentiveClaim.Customer), paramName);

        string? first = null;
        for (var i = 0; i < claim.MonthlySpend.Count; i++)
        {
            var spend = claim.MonthlySpend[i];
            CheckAmount(spend, $"MonthlySpend[{i}]", paramName);
            if (first is not null && !string.Equals(spend.Currency, first, StringComparison.Ordinal))
            {
                throw new ArgumentException(EngineErrors.Format(EngineErrors.ClaimMixesCurrencies, i, spend.Currency, first, currency), paramName);
            }

            first = spend.Currency;
            CheckCurrency(spend, $"MonthlySpend[{i}]", currency, paramName);
        }

        if (claim.CommitteeApprovedAmount is { } approved)
        {
            CheckAmount(approved, nameof(IncentiveClaim.CommitteeApprovedAmount), paramName);
            CheckCurrency(approved, nameof(IncentiveClaim.CommitteeApprovedAmount), currency, paramName);
        }

        if (claim.CustomerPriorCash is { } priorCash)
        {
            CheckAmount(priorCash, nameof(IncentiveClaim.CustomerPriorCash), paramName);
            CheckCurrency(priorCash, nameof(IncentiveClaim.CustomerPriorCash), currency, paramName);
        }
    }

    private static void CheckDeclared<TEnum>(TEnum value, string name, string paramName)
        where TEnum : struct, Enum
    {
        if (!EnumInfo<TEnum>.IsDefined(value))
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.ClaimEnumUndeclared, name,
                Convert.ToInt64(value, CultureInfo.InvariantCulture), typeof(TEnum).Name, EnumInfo<TEnum>.Listed), paramName);
        }
    }

    private static void CheckAmount(Money amount, string name, string paramName)
    {
        if (amount.IsDefault)
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.ClaimAmountDefault, name), paramName);
        }

        if (amount.Amount < 0m)
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.ClaimAmountNegative, name, amount), paramName);
        }
    }

    private static void CheckCurrency(Money amount, string name, string currency, string paramName)
    {
        if (!string.Equals(amount.Currency, currency, StringComparison.Ordinal))
        {
            throw new ArgumentException(EngineErrors.Format(EngineErrors.ClaimCurrency, name, amount.Currency, currency), paramName);
        }
    }
}
