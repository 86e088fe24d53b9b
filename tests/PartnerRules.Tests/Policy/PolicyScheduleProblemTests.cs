using System;
using System.Linq;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

public sealed class PolicyScheduleProblemTests
{
    private static readonly LocalDate Jan2026 = new(2026, 1, 1);
    private static readonly LocalDate Jan2027 = new(2027, 1, 1);

    private static ArgumentException Refused(params ScheduledPolicy[] versions) =>
        Assert.Throws<ArgumentException>(() => new PolicySchedule(versions));

    [Fact]
    public void No_version_is_refused()
    {
        var ex = Refused();

        Assert.Equal("versions", ex.ParamName);
        Assert.Equal("The policy schedule is invalid (1 problem): no version is given: a schedule needs at least one. (Parameter 'versions')", ex.Message);
        Assert.Equal("versions", Assert.Throws<ArgumentNullException>(() => new PolicySchedule(null!)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-400)]
    public void Effective_dates_must_strictly_increase_in_the_order_given(int daysAfter)
    {
        var ex = Refused(new ScheduledPolicy(Jan2026, PolicyScheduleTests.V2026), new ScheduledPolicy(Jan2026.PlusDays(daysAfter), PolicyScheduleTests.V2027));

        Assert.Contains(
            $"version '2027' takes effect on {Jan2026.PlusDays(daysAfter):uuuu-MM-dd}, not after version '2026' (2026-01-01): effective dates must strictly increase, in the order given",
            ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_day_apart_is_strictly_increasing()
    {
        var schedule = new PolicySchedule([new ScheduledPolicy(Jan2026, PolicyScheduleTests.V2026), new ScheduledPolicy(Jan2026.PlusDays(1), PolicyScheduleTests.V2027)]);

        Assert.Same(PolicyScheduleTests.V2026, schedule.InForceOn(Jan2026));
        Assert.Same(PolicyScheduleTests.V2027, schedule.InForceOn(Jan2026.PlusDays(1)));
    }

    [Fact]
    public void Every_problem_of_the_schedule_and_of_each_policy_is_listed_in_one_exception()
    {
        var london = ProgramPolicy.Default with { Version = "2027", TimeZone = DateTimeZoneProviders.Tzdb["Europe/London"], StaffLinkPartnerLimit = 0 };
        var usd = ProgramPolicy.Default with
        {
            Version = "2026",
            Currency = "USD",
            FirstProjectNewCustomerCap = new Money(1m, "USD"),
            FirstProjectExistingCustomerAmount = new Money(1m, "USD"),
            AccelerationNewCustomerCap = new Money(1m, "USD"),
            AccelerationExistingCustomerCap = new Money(1m, "USD"),
            NewCustomerPriorCashLimit = new Money(1m, "USD"),
        };

        var ex = Refused(
            new ScheduledPolicy(Jan2027, PolicyScheduleTests.V2026),
            null!,
            new ScheduledPolicy(Jan2026, london),
            new ScheduledPolicy(new LocalDate(2028, 1, 1), usd),
            new ScheduledPolicy(new LocalDate(2029, 1, 1), ProgramPolicy.Default with { Version = "bad name!" }));

        Assert.Equal("versions", ex.ParamName);
        Assert.Equal(
            "The policy schedule is invalid (7 problems): "
            + "version [1] is null; "
            + "version '2027' takes effect on 2026-01-01, not after version '2026' (2027-01-01): effective dates must strictly increase, in the order given; "
            + "version '2027' uses the time zone Europe/London, but version '2026' uses Asia/Shanghai: every version shares the programme's time zone; "
            + "version '2027': StaffLinkPartnerLimit must be at least 1 (was 0); "
            + "the version name '2026' is used twice (versions [0] and [3]); "
            + "version '2026' uses the currency USD, but version '2026' uses CNY: every version shares the programme's currency; "
            + "version [4]: Version must be 1–40 ASCII letters, digits, '.', '-' or '_' (was 'bad name!'). (Parameter 'versions')",
            ex.Message);
    }
}
