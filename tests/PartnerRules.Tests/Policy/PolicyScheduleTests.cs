using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

public sealed class PolicyScheduleTests
{
    internal static readonly ProgramPolicy V2026 = ProgramPolicy.Default with { Version = "2026" };
    internal static readonly ProgramPolicy V2027 = ProgramPolicy.Default with { Version = "2027", RequiredDeliveredPos = 4 };
    internal static readonly ProgramPolicy V2028 = ProgramPolicy.Default with { Version = "2028", RequiredDeliveredPos = 5 };

    internal static readonly PolicySchedule TwoVersions = new([
        new ScheduledPolicy(new LocalDate(2026, 1, 1), V2026),
        new ScheduledPolicy(new LocalDate(2027, 1, 1), V2027),
    ]);

    [Fact]
    public void A_version_is_in_force_from_its_effective_date_and_the_previous_one_until_the_day_before()
    {
        Assert.Same(V2026, TwoVersions.InForceOn(new LocalDate(2026, 1, 1)));
        Assert.Same(V2026, TwoVersions.InForceOn(new LocalDate(2026, 12, 31)));
        Assert.Same(V2027, TwoVersions.InForceOn(new LocalDate(2027, 1, 1)));
        Assert.Same(V2027, TwoVersions.InForceOn(new LocalDate(9999, 12, 31)));
    }

    [Fact]
    public void Before_the_first_version_nothing_is_in_force_and_the_error_says_so()
    {
        var ex = Assert.Throws<PolicyNotInForceException>(() => TwoVersions.InForceOn(new LocalDate(2025, 12, 31)));

        Assert.Equal(new LocalDate(2025, 12, 31), ex.Date);
        Assert.Equal(new LocalDate(2026, 1, 1), ex.FirstEffectiveFrom);
        Assert.Equal(
            "No programme policy is in force on 2025-12-31: the schedule's first version takes effect on 2026-01-01. Add a version that takes effect on or before 2025-12-31, or decide on a later date.",
            ex.Message);
        Assert.IsAssignableFrom<PartnerRulesException>(ex);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void The_version_in_force_is_the_latest_effective_on_or_before_the_date_for_any_number_of_versions(int count)
    {
        var versions = Enumerable.Range(0, count)
            .Select(i => new ScheduledPolicy(new LocalDate(2020 + i, 3, 1), ProgramPolicy.Default with { Version = $"v{i}" }))
            .ToArray();
        var schedule = new PolicySchedule(versions);

        for (var day = new LocalDate(2020, 2, 27); day < new LocalDate(2020 + count, 3, 3); day = day.PlusDays(1))
        {
            var expected = versions.LastOrDefault(v => v.EffectiveFrom <= day);
            if (expected is null)
            {
                Assert.Throws<PolicyNotInForceException>(() => schedule.InForceOn(day));
            }
            else
            {
                Assert.Same(expected.Policy, schedule.InForceOn(day));
            }
        }
    }

    [Fact]
    public void Always_is_in_force_on_every_date()
    {
        var schedule = PolicySchedule.Always(ProgramPolicy.Default);

        Assert.Same(ProgramPolicy.Default, schedule.InForceOn(LocalDate.MinIsoValue));
        Assert.Same(ProgramPolicy.Default, schedule.InForceOn(LocalDate.MaxIsoValue));
        Assert.Equal(LocalDate.MinIsoValue, Assert.Single(schedule.Versions).EffectiveFrom);
        Assert.Same(ProgramPolicy.Default, schedule.Newest);
    }

    [Fact]
    public void Always_refuses_an_invalid_policy_naming_the_policy_parameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => PolicySchedule.Always(ProgramPolicy.Default with { RequiredDeliveredPos = 0 }));

        Assert.Equal("policy", ex.ParamName);
        Assert.Contains("version 'default': RequiredDeliveredPos must be at least 1 (was 0)", ex.Message, StringComparison.Ordinal);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => PolicySchedule.Always(null!)).ParamName);
    }

    [Fact]
    public void Versions_are_listed_by_effective_date_and_cannot_be_changed_through_the_list()
    {
        Assert.Equal(["2026", "2027"], TwoVersions.Versions.Select(v => v.Policy.Version));
        Assert.False(TwoVersions.Versions is ScheduledPolicy[]);
        Assert.Same(V2027, TwoVersions.Newest);
    }

    [Fact]
    public void A_version_is_found_by_its_name_and_an_unknown_name_is_refused_listing_the_names()
    {
        Assert.Same(V2027, TwoVersions.Find("2027"));
        Assert.True(TwoVersions.TryFind("2026", out var found));
        Assert.Same(V2026, found);
        Assert.False(TwoVersions.TryFind("2028", out _));
        Assert.False(TwoVersions.TryFind(null, out _));
        Assert.False(TwoVersions.TryFind("2026 ", out _));

        var ex = Assert.Throws<ArgumentException>(() => TwoVersions.Find("2028"));
        Assert.Equal("version", ex.ParamName);
        Assert.Equal("The policy schedule holds no version '2028'; it holds '2026', '2027'. (Parameter 'version')", ex.Message);
        Assert.Throws<ArgumentNullException>(() => TwoVersions.Find(null!));
    }

    [Fact]
    public void The_caller_s_list_is_copied()
    {
        var list = new List<ScheduledPolicy> { new(new LocalDate(2026, 1, 1), V2026) };
        var schedule = new PolicySchedule(list);
        list.Add(new ScheduledPolicy(new LocalDate(2027, 1, 1), V2027));

        Assert.Single(schedule.Versions);
    }

    [Fact]
    public void Schedules_with_equal_versions_are_equal_and_print_their_versions()
    {
        var copy = new PolicySchedule(TwoVersions.Versions.ToArray());

        Assert.Equal(TwoVersions, copy);
        Assert.Equal(TwoVersions.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(TwoVersions, PolicySchedule.Always(V2026));
        Assert.False(TwoVersions.Equals(null));
        Assert.Equal("PolicySchedule { '2026' from 2026-01-01, '2027' from 2027-01-01 }", TwoVersions.ToString());
    }

    [Fact]
    public void A_date_outside_the_ISO_calendar_is_refused()
    {
        var julian = new LocalDate(2026, 6, 1, CalendarSystem.Julian);

        Assert.Equal("date", Assert.Throws<ArgumentException>(() => TwoVersions.InForceOn(julian)).ParamName);
        Assert.Equal("EffectiveFrom", Assert.Throws<ArgumentException>(() => new ScheduledPolicy(julian, V2026)).ParamName);
        Assert.Equal("Policy", Assert.Throws<ArgumentNullException>(() => new ScheduledPolicy(new LocalDate(2026, 1, 1), null!)).ParamName);
    }
}
