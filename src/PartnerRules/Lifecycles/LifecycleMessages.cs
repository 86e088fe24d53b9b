using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PartnerRules.Resources;

namespace PartnerRules.Lifecycles;

/// <summary>
/// The lifecycles' user-facing texts from the one catalogue (<see cref="Messages"/>), in
/// <see cref="CultureInfo.CurrentUICulture"/> at the time of the call.
/// Arguments are formatted with the invariant culture (numbers such as <c>-1.5</c>; NodaTime dates
/// as ISO <c>uuuu-MM-dd</c>).
/// </summary>
internal static class LifecycleMessages
{
    // The keys the lifecycles and obligations read from Messages.resx, in one place (Messages holds the rules' keys).
    public const string TriggerNotPermitted = nameof(TriggerNotPermitted);
    public const string TriggerRefused = nameof(TriggerRefused);
    public const string EditNotPermitted = nameof(EditNotPermitted);
    public const string PermittedNow = nameof(PermittedNow);
    public const string NothingPermitted = nameof(NothingPermitted);
    public const string OfferRefused = nameof(OfferRefused);
    public const string SettlementRefused = nameof(SettlementRefused);
    public const string InviteRefused = nameof(InviteRefused);
    public const string SettlementPaymentAmount = nameof(SettlementPaymentAmount);
    public const string SpecialistDailyLimit = nameof(SpecialistDailyLimit);
    public const string SpecialistLinkExpired = nameof(SpecialistLinkExpired);
    public const string HoOfferExpired = nameof(HoOfferExpired);
    public const string AssociationNewAccount = nameof(AssociationNewAccount);
    public const string AssociationUndoInterval = nameof(AssociationUndoInterval);
    public const string AssociationRegistrationReserved = nameof(AssociationRegistrationReserved);
    public const string InvoiceRedLetterExpired = nameof(InvoiceRedLetterExpired);
    public const string InvoiceRedLetterStillOpen = nameof(InvoiceRedLetterStillOpen);
    public const string SpecialistPosition = nameof(SpecialistPosition);
    public const string SpecialistCloudStartDateFuture = nameof(SpecialistCloudStartDateFuture);
    public const string SpecialistCloudStartDateMissing = nameof(SpecialistCloudStartDateMissing);
    public const string SpecialistCertificates = nameof(SpecialistCertificates);
    public const string OpportunityCustomerName = nameof(OpportunityCustomerName);
    public const string OpportunityCloudServices = nameof(OpportunityCloudServices);
    public const string OpportunityLocalSalesContact = nameof(OpportunityLocalSalesContact);
    public const string OpportunityEstimatedValueMissing = nameof(OpportunityEstimatedValueMissing);
    public const string OpportunityEstimatedValueNotPositive = nameof(OpportunityEstimatedValueNotPositive);
    public const string OpportunityExpectedCloseDate = nameof(OpportunityExpectedCloseDate);
    public const string UseQualifyWithDate = nameof(UseQualifyWithDate);
    public const string UsePayWithAmount = nameof(UsePayWithAmount);
    public const string UseBindWithDecision = nameof(UseBindWithDecision);
    public const string UseApplyWithApplication = nameof(UseApplyWithApplication);
    public const string UseAssociateWithAccount = nameof(UseAssociateWithAccount);
    public const string UseUndoWithEarlierUndos = nameof(UseUndoWithEarlierUndos);
    public const string PeriodYears = nameof(PeriodYears);
    public const string PeriodMonths = nameof(PeriodMonths);
    public const string PeriodDays = nameof(PeriodDays);
    public const string PeriodSeparator = nameof(PeriodSeparator);

    /// <summary>The prefix of an obligation's text key, followed by its code with '_' for '.'.</summary>
    public const string ObligationPrefix = "Obligation_";

    /// <summary>The text <paramref name="key"/>; a missing key throws (<see cref="Messages.Get"/>).</summary>
    public static string Get(string key) => Messages.Get(CultureInfo.CurrentUICulture, key);

    public static string Format(string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>A policy window such as "7 days" or "7天" (years, months, weeks and days only).</summary>
    public static string Window(Period period)
    {
        var parts = new List<string>();
        Add(parts, period.Years, PeriodYears);
        Add(parts, period.Months, PeriodMonths);
        Add(parts, period.Weeks * 7 + period.Days, PeriodDays);
        if (parts.Count == 0)
        {
            Add(parts, 0, PeriodDays, force: true);
        }

        return string.Join(Get(PeriodSeparator), parts);
    }

    /// <summary>The trigger names joined for a message, or the "none" text.</summary>
    public static string PermittedClause(IReadOnlyList<string> permitted) =>
        permitted.Count == 0
            ? Get(NothingPermitted)
            : Format(PermittedNow, string.Join(", ", permitted));

    private static void Add(List<string> parts, int value, string key, bool force = false)
    {
        if (value != 0 || force)
        {
            parts.Add(Format(value == 1 ? key + "One" : key, value));
        }
    }
}
