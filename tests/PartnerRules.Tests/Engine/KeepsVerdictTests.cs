using NodaTime;
using PartnerRules.Eligibility;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// Which later versions cannot change an HO verdict that holds on every day: the engine keeps such a verdict
/// without evaluating the version (the schedule property tests check the outcome against the reference).
/// </summary>
public sealed class KeepsVerdictTests
{
    private static readonly ProgramPolicy Now = ProgramPolicy.Default;

    public static TheoryData<string, ProgramPolicy, bool, bool> Versions() => new()
    {
        { "same figures", Now, true, true },
        { "more POs required", Now with { RequiredDeliveredPos = Now.RequiredDeliveredPos + 1 }, false, true },
        { "fewer POs required", Now with { RequiredDeliveredPos = Now.RequiredDeliveredPos - 1 }, true, false },
        { "shorter update window", Now with { OpportunityUpdateWindow = Period.FromDays(60) }, false, true },
        { "longer update window", Now with { OpportunityUpdateWindow = Period.FromDays(120) }, true, false },
        { "shorter delivery window", Now with { DeliveredPoWindow = Period.FromMonths(11) }, false, true },
        { "longer delivery window", Now with { DeliveredPoWindow = Period.FromMonths(13) }, true, false },
        { "more POs, longer update window", Now with { RequiredDeliveredPos = 4, OpportunityUpdateWindow = Period.FromDays(120) }, false, false },
        { "delivery window in days", Now with { DeliveredPoWindow = Period.FromDays(300) }, false, false },
        { "another zone", Now with { TimeZone = DateTimeZoneProviders.Tzdb["Europe/Berlin"] }, false, false },
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_verdict_survives_a_version_that_cannot_turn_it(string change, ProgramPolicy next, bool keepsApproved, bool keepsRefused)
    {
        Assert.True(change.Length > 0);
        Assert.Equal(keepsApproved, HoContext.KeepsVerdict(Now, next, approved: true));
        Assert.Equal(keepsRefused, HoContext.KeepsVerdict(Now, next, approved: false));
    }
}
