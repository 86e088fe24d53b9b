using System.Globalization;
using NodaTime;

namespace PartnerRules.Eligibility;

/// <summary>"Now" as a fact for the HO-eligibility rules: the evaluation instant, its local date, the windows' first dates and the policy figures.</summary>
internal sealed class HoContext
{
    public HoContext(ProgramPolicy policy, Instant asOf, CultureInfo culture)
    {
        AsOf = asOf;
        Today = asOf.InZone(policy.TimeZone).Date;
        UpdateWindowStart = Today.Minus(policy.OpportunityUpdateWindow);
        DeliveryWindowStart = Today.Minus(policy.DeliveredPoWindow);
        RequiredDeliveredPos = policy.RequiredDeliveredPos;
        Culture = culture;
    }

    public Instant AsOf { get; }

    /// <summary>The local date of <see cref="AsOf"/> in the programme zone.</summary>
    public LocalDate Today { get; }

    /// <summary>The first date of the PO-update window <c>[Today - OpportunityUpdateWindow, Today]</c>.</summary>
    public LocalDate UpdateWindowStart { get; }

    /// <summary>The first date of the delivery window <c>[Today - DeliveredPoWindow, Today]</c>.</summary>
    public LocalDate DeliveryWindowStart { get; }

    public int RequiredDeliveredPos { get; }

    public CultureInfo Culture { get; }
}
