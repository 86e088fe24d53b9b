using System.Globalization;

namespace PartnerRules.Incentives;

/// <summary>The evaluation context for the incentive rules: the policy figures they read and the message culture.</summary>
internal sealed class IncentiveContext
{
    public IncentiveContext(ProgramPolicy policy, CultureInfo culture)
    {
        FirstProjectNewCustomerSpendMonths = policy.FirstProjectNewCustomerSpendMonths;
        AccelerationNewCustomerSpendMonths = policy.AccelerationNewCustomerSpendMonths;
        Culture = culture;
    }

    public int FirstProjectNewCustomerSpendMonths { get; }

    public int AccelerationNewCustomerSpendMonths { get; }

    public CultureInfo Culture { get; }

    /// <summary>Months of spend that a new-customer row of <paramref name="kind"/> counts.</summary>
    public int SpendMonths(IncentiveKind kind) =>
        kind == IncentiveKind.FirstCommercialProject ? FirstProjectNewCustomerSpendMonths : AccelerationNewCustomerSpendMonths;
}
