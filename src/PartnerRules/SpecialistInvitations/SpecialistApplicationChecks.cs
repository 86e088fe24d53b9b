using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules.SpecialistInvitations;

/// <summary>The three findings that guard <see cref="SpecialistInvitationTrigger.Apply"/>, in their documented order.</summary>
internal static class SpecialistApplicationChecks
{
    public const string PositionCode = FindingCodes.SpecialistPosition;
    public const string CloudStartDateCode = FindingCodes.SpecialistCloudStartDate;
    public const string CertificatesCode = FindingCodes.SpecialistCertificates;

    public static bool HasPosition(SpecialistApplication application) => !string.IsNullOrWhiteSpace(application.Position);

    public static bool HasCloudStartDate(SpecialistApplication application, LocalDate today) =>
        application.StartedOnHuaweiCloud is { } started && started <= today;

    public static bool HasCertificates(SpecialistApplication application)
    {
        if (application.Certificates.Count == 0)
        {
            return false;
        }

        foreach (var certificate in application.Certificates)
        {
            if (string.IsNullOrWhiteSpace(certificate))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The failed findings only, in code order; messages in the current UI culture.</summary>
    public static IReadOnlyList<Finding> Failed(SpecialistApplication application, LocalDate today)
    {
        var failed = new List<Finding>();
        if (!HasPosition(application))
        {
            failed.Add(new Finding(PositionCode, false, LifecycleMessages.Get(LifecycleMessages.SpecialistPosition)));
        }

        if (!HasCloudStartDate(application, today))
        {
            failed.Add(new Finding(CloudStartDateCode, false, application.StartedOnHuaweiCloud is { } started
                ? LifecycleMessages.Format(LifecycleMessages.SpecialistCloudStartDateFuture, started.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), today.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                : LifecycleMessages.Get(LifecycleMessages.SpecialistCloudStartDateMissing)));
        }

        if (!HasCertificates(application))
        {
            failed.Add(new Finding(CertificatesCode, false, LifecycleMessages.Get(LifecycleMessages.SpecialistCertificates)));
        }

        return failed.AsReadOnly();
    }
}
