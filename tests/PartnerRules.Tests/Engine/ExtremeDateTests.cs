using System;
using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// Instants at the ends of NodaTime's range, or whose window would leave it, are bad input: an
/// ArgumentException naming the input (a batch: naming the index), never an overflow inside NodaTime.
/// </summary>
public sealed class ExtremeDateTests
{
    private static readonly Instant Normal = Time.Local(2026, 3, 10, 9);

    public static TheoryData<string> Extremes() => new() { "min", "max", "9999-12-20", "-9998-01-05" };

    private static Instant At(string which) => which switch
    {
        "min" => Instant.MinValue,
        "max" => Instant.MaxValue,
        "9999-12-20" => Instant.FromUtc(9999, 12, 20, 0, 0),
        _ => new LocalDate(-9998, 1, 5).AtMidnight().InUtc().ToInstant(),
    };

    private static string Text(Instant at) => at.ToString(null, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Extremes))]
    public void An_evaluation_instant_at_the_ends_is_refused_naming_asOf(string which)
    {
        var asOf = At(which);
        var profile = Profile(PartnerStage.Differentiated, true, Po(Normal));
        var account = Account(Link("P-2", Normal));

        var ho = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateHoEligibility(profile, asOf));
        var batch = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateHoEligibility([profile], asOf));
        var link = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateStaffLink(Inviting, account, asOf));

        var message = $"asOf {Text(asOf)} is outside the supported dates: its local date moved the policy's windows either way must stay within -9998-01-01 and 9999-12-31. (Parameter 'asOf')";
        Assert.All(new[] { ho, batch, link }, e => Assert.Equal(("asOf", message), (e.ParamName, e.Message)));
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void A_po_instant_at_the_ends_is_refused_naming_the_partner_and_the_member(string which)
    {
        var at = At(which);
        var profile = Profile(PartnerStage.Certified, true, Po(Normal), Po(Normal, Normal, at));

        var single = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateHoEligibility(profile, Normal));
        var batch = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateHoEligibility([Profile(PartnerStage.Registered, true), profile], Normal));

        Assert.Equal("partner", single.ParamName);
        Assert.StartsWith($"Opportunities[1].DeliveredAt of the partner profile is {Text(at)}, outside the supported dates", single.Message);
        Assert.Equal("partners", batch.ParamName);
        Assert.StartsWith($"Opportunities[1].DeliveredAt of the partner profile at index 1 is {Text(at)}, outside", batch.Message);
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void Update_and_signing_instants_at_the_ends_are_refused(string which)
    {
        var at = At(which);

        var updated = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateHoEligibility(Profile(PartnerStage.Certified, true, Po(at)), Normal));
        var signed = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateHoEligibility(Profile(PartnerStage.Certified, true, Po(Normal, at)), Normal));

        Assert.StartsWith("Opportunities[0].LastUpdatedAt of the partner profile is ", updated.Message);
        Assert.StartsWith("Opportunities[0].SignedAt of the partner profile is ", signed.Message);
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void A_link_instant_at_the_ends_is_refused_naming_the_account_and_the_link(string which)
    {
        var at = At(which);
        var linked = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateStaffLink(Inviting, Account(Link("P-2", Normal), Link("P-3", at, at)), Normal));

        Assert.Equal("account", linked.ParamName);
        Assert.StartsWith($"Links[1].LinkedAt of the account is {Text(at)}, outside the supported dates", linked.Message);
    }

    [Fact]
    public void An_unlink_at_the_end_of_time_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Engines.English.EvaluateStaffLink(Inviting, Account(Link("P-2", Normal, Instant.MaxValue)), Normal));

        Assert.StartsWith("Links[0].UnlinkedAt of the account is ", error.Message);
    }

    [Fact]
    public void Dates_a_window_away_from_the_ends_are_still_decided()
    {
        var asOf = Instant.FromUtc(9998, 6, 1, 0, 0);

        Assert.True(Engines.English.EvaluateHoEligibility(Profile(PartnerStage.Differentiated, true, Po(asOf)), asOf).IsApproved);
        Assert.True(Engines.English.EvaluateStaffLink(Inviting, Account(Link("P-2", asOf)), asOf).Findings[4].Passed);
    }

    [Theory]
    [InlineData(-9998)]
    [InlineData(9999)]
    public void A_project_start_at_the_ends_of_the_calendar_is_decided_or_names_the_missing_version(int year)
    {
        var start = year < 0 ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;
        var claim = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.Existing) { ProjectStartedOn = start };
        var schedule = new PolicySchedule([new ScheduledPolicy(new LocalDate(2026, 1, 1), ProgramPolicy.Default with { Version = "2026" })]);
        var scheduled = new PartnerRulesEngine(new PartnerRulesOptions { Schedule = schedule });

        Assert.True(Engines.English.EvaluateIncentive(claim).IsApproved);
        Assert.True(Engines.English.CompareIncentives([claim], ProgramPolicy.Default).Changes.Count == 0);
        if (year < 0)
        {
            Assert.Equal(start, Assert.Throws<PolicyNotInForceException>(() => scheduled.EvaluateIncentive(claim)).Date);
        }
        else
        {
            Assert.Equal("2026", scheduled.EvaluateIncentive(claim).PolicyVersion);
        }
    }
}
