using System;
using System.Collections.Generic;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// Every number of the partner programme's policy, with the defaults of DOMAIN.md. The programme
/// changes its policy every year: replace any value with <c>ProgramPolicy.Default with { ... }</c>.
/// A policy is validated where it is used (engine, lifecycles, dependency injection) and
/// <see cref="Validate"/> reports every problem at once.
/// </summary>
/// <remarks>Immutable and thread-safe. Windows are calendar <see cref="Period"/>s counted on local dates in <see cref="TimeZone"/>.</remarks>
public sealed record ProgramPolicy
{
    /// <summary>The programme's defaults (DOMAIN.md), on <see cref="BusinessCalendar.China"/>.</summary>
    public static ProgramPolicy Default { get; } = new();

    // ---- Time ----

    /// <summary>The programme's time zone, in which dates, windows and deadlines are counted. Default: Asia/Shanghai.</summary>
    public DateTimeZone TimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The business-day calendar for deadlines. Default: <see cref="BusinessCalendar.China"/> (2024–2026).</summary>
    public IBusinessCalendar Calendar { get; init; } = BusinessCalendar.China;

    /// <summary>The programme's currency: claims in another currency are refused as bad input. Default: CNY.</summary>
    public string Currency { get; init; } = Money.CnyCode;

    // ---- HO eligibility (seed line 5) ----

    /// <summary>POs signed and delivered within <see cref="DeliveredPoWindow"/> that a Certified partner needs for HO. Default: 3.</summary>
    public int RequiredDeliveredPos { get; init; } = 3;

    /// <summary>The window in which those deliveries count ("近12个月"). Default: 12 months.</summary>
    public Period DeliveredPoWindow { get; init; } = Period.FromMonths(12);

    /// <summary>"Regularly updates": the newest PO update must lie within this window. Default: 90 days (the seed gives no number).</summary>
    public Period OpportunityUpdateWindow { get; init; } = Period.FromDays(90);

    // ---- Project specialists (seed lines 4, 9) ----

    /// <summary>The window in which distinct partner links are counted ("1年内"). Default: 1 year.</summary>
    public Period StaffLinkWindow { get; init; } = Period.FromYears(1);

    /// <summary>Distinct partners linked within <see cref="StaffLinkWindow"/> that refuse a new link ("未与3个伙伴关联过"). Default: 3.</summary>
    public int StaffLinkPartnerLimit { get; init; } = 3;

    /// <summary>How long a specialist invitation link stays valid (public help pages). Default: 7 days.</summary>
    public Period SpecialistInvitationValidity { get; init; } = Period.FromDays(7);

    /// <summary>Specialist invitations a partner may send per local day (public help pages). Default: 100.</summary>
    public int SpecialistInvitationsPerDay { get; init; } = 100;

    // ---- Incentives (seed lines 6, 10, 12, 15) ----

    /// <summary>First commercial project, new customer: months of cloud spend that count. Default: 6.</summary>
    public int FirstProjectNewCustomerSpendMonths { get; init; } = 6;

    /// <summary>First commercial project, new customer: the cap. Default: 300,000 CNY.</summary>
    public Money FirstProjectNewCustomerCap { get; init; } = Money.Cny(300_000m);

    /// <summary>First commercial project, existing customer: the fixed amount. Default: 50,000 CNY.</summary>
    public Money FirstProjectExistingCustomerAmount { get; init; } = Money.Cny(50_000m);

    /// <summary>Acceleration, new customer: months of cloud spend that count. Default: 2.</summary>
    public int AccelerationNewCustomerSpendMonths { get; init; } = 2;

    /// <summary>Acceleration, new customer: the cap. Default: 150,000 CNY.</summary>
    public Money AccelerationNewCustomerCap { get; init; } = Money.Cny(150_000m);

    /// <summary>Acceleration, existing customer: the cap on the committee-approved amount. Default: 20,000 CNY.</summary>
    public Money AccelerationExistingCustomerCap { get; init; } = Money.Cny(20_000m);

    /// <summary>A customer is new when its enterprise had paid at most this much cash before the opportunity was verified. Default: 1,000 CNY.</summary>
    public Money NewCustomerPriorCashLimit { get; init; } = Money.Cny(1_000m);

    /// <summary>Natural days after finance receives a qualified invoice within which the incentive is paid. Default: 15.</summary>
    public int IncentivePaymentDays { get; init; } = 15;

    // ---- Invoice returns (seed lines 13, 14) ----

    /// <summary>VAT special invoice: the red-letter invoice is expected from this business day after confirmation. Default: 1.</summary>
    public int RedLetterIssueFromBusinessDays { get; init; } = 1;

    /// <summary>VAT special invoice: the red-letter invoice is due by this business day after confirmation. Default: 3.</summary>
    public int RedLetterIssueDueBusinessDays { get; init; } = 3;

    /// <summary>Electronic ordinary invoice: natural days after the request by which the return completes ("当天"). Default: 0 (same day).</summary>
    public int ElectronicReturnDays { get; init; }

    /// <summary>Paper ordinary invoice: the return is expected from this business day after the original arrives. Default: 2.</summary>
    public int PaperReturnFromBusinessDays { get; init; } = 2;

    /// <summary>Paper ordinary invoice: the return is due by this business day after the original arrives. Default: 3.</summary>
    public int PaperReturnDueBusinessDays { get; init; } = 3;

    /// <summary>A red-letter confirmation left unconfirmed this long voids itself (China's tax system). Default: 72 hours.</summary>
    public Duration RedLetterConfirmationValidity { get; init; } = Duration.FromHours(72);

    // ---- Customer association (seed lines 16–20) ----

    /// <summary>An offline invitation needs an account created within this window ("7天内创建的新账号"). Default: 7 days.</summary>
    public Period NewAccountWindow { get; init; } = Period.FromDays(7);

    /// <summary>An association or mode switch can be undone at most once per this interval (public help pages). Default: 3 months.</summary>
    public Period AssociationUndoInterval { get; init; } = Period.FromMonths(3);

    /// <summary>A customer registration (报备) reserves the customer for this long (public help pages). Default: 15 days.</summary>
    public Period CustomerRegistrationReservation { get; init; } = Period.FromDays(15);

    /// <summary>Throws when the policy is unusable, listing every problem at once.</summary>
    /// <exception cref="ArgumentException">One or more values are invalid; the message lists each.</exception>
    public void Validate()
    {
        var problems = GetProblems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The programme policy is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}): " + string.Join("; ", problems) + ".",
                "policy");
        }
    }

    /// <summary>Every problem of the policy, in declaration order; empty when it is valid.</summary>
    public IReadOnlyList<string> GetProblems()
    {
        var problems = new List<string>();
        if (TimeZone is null)
        {
            problems.Add("TimeZone is missing");
        }

        if (Calendar is null)
        {
            problems.Add("Calendar is missing");
        }

        var currencyValid = Currency is { Length: 3 } && IsUpper(Currency);
        if (!currencyValid)
        {
            problems.Add($"Currency must be an ISO 4217 code of three upper-case letters (was '{Currency}')");
        }

        AtLeast(problems, nameof(RequiredDeliveredPos), RequiredDeliveredPos, 1);
        Window(problems, nameof(DeliveredPoWindow), DeliveredPoWindow);
        Window(problems, nameof(OpportunityUpdateWindow), OpportunityUpdateWindow);
        Window(problems, nameof(StaffLinkWindow), StaffLinkWindow);
        AtLeast(problems, nameof(StaffLinkPartnerLimit), StaffLinkPartnerLimit, 1);
        Window(problems, nameof(SpecialistInvitationValidity), SpecialistInvitationValidity);
        AtLeast(problems, nameof(SpecialistInvitationsPerDay), SpecialistInvitationsPerDay, 1);
        AtLeast(problems, nameof(FirstProjectNewCustomerSpendMonths), FirstProjectNewCustomerSpendMonths, 1);
        AtLeast(problems, nameof(AccelerationNewCustomerSpendMonths), AccelerationNewCustomerSpendMonths, 1);
        Amount(problems, nameof(FirstProjectNewCustomerCap), FirstProjectNewCustomerCap, currencyValid);
        Amount(problems, nameof(FirstProjectExistingCustomerAmount), FirstProjectExistingCustomerAmount, currencyValid);
        Amount(problems, nameof(AccelerationNewCustomerCap), AccelerationNewCustomerCap, currencyValid);
        Amount(problems, nameof(AccelerationExistingCustomerCap), AccelerationExistingCustomerCap, currencyValid);
        Amount(problems, nameof(NewCustomerPriorCashLimit), NewCustomerPriorCashLimit, currencyValid);
        AtLeast(problems, nameof(IncentivePaymentDays), IncentivePaymentDays, 0);
        Range(problems, nameof(RedLetterIssueFromBusinessDays), RedLetterIssueFromBusinessDays, nameof(RedLetterIssueDueBusinessDays), RedLetterIssueDueBusinessDays);
        AtLeast(problems, nameof(ElectronicReturnDays), ElectronicReturnDays, 0);
        Range(problems, nameof(PaperReturnFromBusinessDays), PaperReturnFromBusinessDays, nameof(PaperReturnDueBusinessDays), PaperReturnDueBusinessDays);
        if (RedLetterConfirmationValidity <= Duration.Zero)
        {
            problems.Add($"RedLetterConfirmationValidity must be positive (was {RedLetterConfirmationValidity.ToString("-H:mm:ss", System.Globalization.CultureInfo.InvariantCulture)})");
        }

        Window(problems, nameof(NewAccountWindow), NewAccountWindow);
        Window(problems, nameof(AssociationUndoInterval), AssociationUndoInterval);
        Window(problems, nameof(CustomerRegistrationReservation), CustomerRegistrationReservation);
        return problems;
    }

    private static bool IsUpper(string code) => code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && code[2] is >= 'A' and <= 'Z';

    private static void AtLeast(List<string> problems, string name, int value, int minimum)
    {
        if (value < minimum)
        {
            problems.Add($"{name} must be at least {minimum} (was {value})");
        }
    }

    private static void Range(List<string> problems, string fromName, int from, string dueName, int due)
    {
        AtLeast(problems, fromName, from, 0);
        if (due < from)
        {
            problems.Add($"{dueName} must be at least {fromName} ({from}) (was {due})");
        }
    }

    private static void Window(List<string> problems, string name, Period? window)
    {
        if (window is null)
        {
            problems.Add($"{name} is missing");
        }
        else if (window.HasTimeComponent)
        {
            problems.Add($"{name} must be in years, months, weeks or days (was {window})");
        }
        else if (window.Years < 0 || window.Months < 0 || window.Weeks < 0 || window.Days < 0)
        {
            problems.Add($"{name} must not be negative (was {window})");
        }
    }

    private void Amount(List<string> problems, string name, Money value, bool currencyValid)
    {
        if (value.IsDefault)
        {
            problems.Add($"{name} is missing");
        }
        else if (value.Amount < 0m)
        {
            problems.Add($"{name} must not be negative (was {value})");
        }
        else if (currencyValid && value.Currency != Currency)
        {
            problems.Add($"{name} must be in the programme currency {Currency} (was {value})");
        }
    }
}
