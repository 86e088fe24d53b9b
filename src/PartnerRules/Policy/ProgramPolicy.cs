using System;
using System.Collections.Generic;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// Every number of the partner programme's policy, with the defaults of docs/programme-rules.md. The programme
/// changes its policy every year: replace any value with <c>ProgramPolicy.Default with { ... }</c>.
/// A policy is validated where it is used (engine, lifecycles, dependency injection) and
/// <see cref="Validate"/> reports every problem at once.
/// </summary>
/// <remarks>Immutable and thread-safe. Windows are calendar <see cref="Period"/>s counted on local dates in <see cref="TimeZone"/>.</remarks>
public sealed partial record ProgramPolicy
{
    /// <summary>The programme's defaults (docs/programme-rules.md), on <see cref="BusinessCalendar.China"/>.</summary>
    public static ProgramPolicy Default { get; } = new();

    /// <summary>The version name of <see cref="Default"/>, and of every policy not given another.</summary>
    public const string DefaultVersion = "default";

    /// <summary>
    /// The version's name, such as "2026": 1–40 ASCII letters, digits, '.', '-' or '_' (anything else is
    /// a <see cref="Validate"/> problem). Every decision names the version that made it. Default: "default".
    /// </summary>
    /// <remarks>A changed copy keeps the name: give a new version a new name (<c>Default with { Version = "2027", ... }</c>).</remarks>
    public string Version { get; init; } = DefaultVersion;

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

    /// <summary>
    /// An association or mode switch can be undone at most once per this interval (public help pages): an undo is refused
    /// (<c>ASSOCIATION.UNDO_INTERVAL</c>) while an earlier one's local date lies in <c>[d - interval, d]</c>. Default: 3 months.
    /// </summary>
    public Period AssociationUndoInterval { get; init; } = Period.FromMonths(3);

    /// <summary>
    /// A customer registration (报备) reserves the customer for this long (public help pages): another partner's association
    /// is refused (<c>ASSOCIATION.REGISTRATION_RESERVED</c>) while the registration's local date lies in <c>[d - reservation, d]</c>. Default: 15 days.
    /// </summary>
    public Period CustomerRegistrationReservation { get; init; } = Period.FromDays(15);

    // ---- HO offers (the programme publishes no response time: the host sets it) ----

    /// <summary>
    /// How long a partner has to answer (accept or decline) an HO offer: the offer's local date plus this period is the
    /// last day (<c>HO.OFFER_RESPONSE</c>), overdue from the programme's midnight after it, when Accept and Decline are
    /// refused and Expire is due. Default: null, no deadline (the programme publishes no number; a host sets its own).
    /// In years, months, weeks or days, not negative.
    /// </summary>
    public Period? HoOfferResponseTime { get; init; }
}
