using System.Collections.Generic;
using PartnerRules.Lifecycles;

namespace PartnerRules.Opportunities;

/// <summary>The five findings that guard <see cref="OpportunityTrigger.Submit"/>, in their documented order.</summary>
internal static class OpportunityFormChecks
{
    public const string CustomerNameCode = FindingCodes.OpportunityCustomerName;
    public const string CloudServicesCode = FindingCodes.OpportunityCloudServices;
    public const string LocalSalesContactCode = FindingCodes.OpportunityLocalSalesContact;
    public const string EstimatedValueCode = FindingCodes.OpportunityEstimatedValue;
    public const string ExpectedCloseDateCode = FindingCodes.OpportunityExpectedCloseDate;

    public static bool HasCustomerName(OpportunityForm form) => !string.IsNullOrWhiteSpace(form.CustomerName);

    public static bool HasCloudServices(OpportunityForm form)
    {
        if (form.CloudServices.Count == 0)
        {
            return false;
        }

        foreach (var service in form.CloudServices)
        {
            if (string.IsNullOrWhiteSpace(service))
            {
                return false;
            }
        }

        return true;
    }

    public static bool HasLocalSalesContactAnswer(OpportunityForm form) => form.ContactedLocalSalesTeam.HasValue;

    public static bool HasPositiveEstimatedValue(OpportunityForm form) => form.EstimatedValue is { Amount: > 0m };

    public static bool HasExpectedCloseDate(OpportunityForm form) => form.ExpectedCloseDate.HasValue;

    /// <summary>The failed findings only, in code order; messages in the current UI culture.</summary>
    public static IReadOnlyList<Finding> Failed(OpportunityForm form)
    {
        var failed = new List<Finding>();
        if (!HasCustomerName(form))
        {
            failed.Add(new Finding(CustomerNameCode, false, LifecycleMessages.Get(LifecycleMessages.OpportunityCustomerName)));
        }

        if (!HasCloudServices(form))
        {
            failed.Add(new Finding(CloudServicesCode, false, LifecycleMessages.Get(LifecycleMessages.OpportunityCloudServices)));
        }

        if (!HasLocalSalesContactAnswer(form))
        {
            failed.Add(new Finding(LocalSalesContactCode, false, LifecycleMessages.Get(LifecycleMessages.OpportunityLocalSalesContact)));
        }

        if (!HasPositiveEstimatedValue(form))
        {
            failed.Add(new Finding(EstimatedValueCode, false, form.EstimatedValue is { } value
                ? LifecycleMessages.Format(LifecycleMessages.OpportunityEstimatedValueNotPositive, value.Amount, value.Currency)
                : LifecycleMessages.Get(LifecycleMessages.OpportunityEstimatedValueMissing)));
        }

        if (!HasExpectedCloseDate(form))
        {
            failed.Add(new Finding(ExpectedCloseDateCode, false, LifecycleMessages.Get(LifecycleMessages.OpportunityExpectedCloseDate)));
        }

        return failed.AsReadOnly();
    }
}
