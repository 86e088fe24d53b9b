using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using NodaTime;
using NodaTime.Text;

namespace PartnerRules.Resources;

/// <summary>
/// The one message catalogue of the library: every finding, refusal and obligation text, from
/// <c>Messages.resx</c> (English, neutral) and <c>Messages.zh-CN.resx</c>. A missing key throws
/// instead of showing the key. Figures are formatted with the invariant culture and dates as ISO
/// <c>uuuu-MM-dd</c>, so a message depends only on the chosen language, never on the current
/// culture's number or calendar format.
/// </summary>
internal static class Messages
{
    private static readonly ResourceManager Manager =
        new("PartnerRules.Resources.Messages", typeof(Messages).Assembly);

    // ResourceManager walks the culture fallback chain under a lock on every call; a decision reads
    // three to five templates, so they are cached (bounded: the cultures in use times the keys below).
    private static readonly ConcurrentDictionary<(string Key, CultureInfo Culture), string> Templates = new();

    public const string HoPceMemberPassed = nameof(HoPceMemberPassed);
    public const string HoPceMemberFailed = nameof(HoPceMemberFailed);
    public const string HoSharesPassed = nameof(HoSharesPassed);
    public const string HoSharesFailedStale = nameof(HoSharesFailedStale);
    public const string HoSharesFailedNone = nameof(HoSharesFailedNone);
    public const string HoPathDifferentiated = nameof(HoPathDifferentiated);
    public const string HoPathCertified = nameof(HoPathCertified);
    public const string HoPathRegistered = nameof(HoPathRegistered);
    public const string StaffNotEnterprisePassed = nameof(StaffNotEnterprisePassed);
    public const string StaffNotEnterpriseFailed = nameof(StaffNotEnterpriseFailed);
    public const string StaffNotLinkedElsewherePassed = nameof(StaffNotLinkedElsewherePassed);
    public const string StaffNotLinkedElsewhereFailed = nameof(StaffNotLinkedElsewhereFailed);
    public const string StaffRealNamePassed = nameof(StaffRealNamePassed);
    public const string StaffRealNameFailed = nameof(StaffRealNameFailed);
    public const string StaffRealNameNotApplicable = nameof(StaffRealNameNotApplicable);
    public const string StaffNotPartnerPassed = nameof(StaffNotPartnerPassed);
    public const string StaffNotPartnerFailed = nameof(StaffNotPartnerFailed);
    public const string StaffLinkLimitPassed = nameof(StaffLinkLimitPassed);
    public const string StaffLinkLimitFailed = nameof(StaffLinkLimitFailed);
    public const string StaffLinkLimitFailedOpen = nameof(StaffLinkLimitFailedOpen);
    public const string IncentiveSpendPassed = nameof(IncentiveSpendPassed);
    public const string IncentiveSpendFailed = nameof(IncentiveSpendFailed);
    public const string IncentiveSpendNotApplicable = nameof(IncentiveSpendNotApplicable);
    public const string IncentiveCommitteePassed = nameof(IncentiveCommitteePassed);
    public const string IncentiveCommitteeFailed = nameof(IncentiveCommitteeFailed);
    public const string IncentiveCommitteeNotApplicable = nameof(IncentiveCommitteeNotApplicable);
    public const string IncentivePriorCashPassed = nameof(IncentivePriorCashPassed);
    public const string IncentivePriorCashFailed = nameof(IncentivePriorCashFailed);
    public const string IncentivePriorCashNotChecked = nameof(IncentivePriorCashNotChecked);
    public const string IncentivePriorCashNotApplicable = nameof(IncentivePriorCashNotApplicable);

    /// <summary>The message <paramref name="key"/> in <paramref name="culture"/>, its placeholders filled invariantly.</summary>
    public static string Format(CultureInfo culture, string key, params object[] args)
    {
        var template = Get(culture, key);
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    /// <summary>The raw message <paramref name="key"/> in <paramref name="culture"/>.</summary>
    public static string Get(CultureInfo culture, string key) =>
        Templates.TryGetValue((key, culture), out var template) ? template : Templates.GetOrAdd((key, culture), Load);

    private static string Load((string Key, CultureInfo Culture) entry) =>
        Manager.GetString(entry.Key, entry.Culture)
        ?? throw new InvalidOperationException($"The message resource '{entry.Key}' is missing from Messages.resx.");

    /// <summary>A date as ISO <c>uuuu-MM-dd</c>, whatever the culture.</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
