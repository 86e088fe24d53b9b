using NodaTime;
using PartnerRules.Criteria;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>The day a fact leaves a "within the last P" window, with NodaTime's clamping month arithmetic.</summary>
public sealed class WindowsTests
{
    [Theory]
    [InlineData("2024-02-29", "P12M", "2025-03-01")]
    [InlineData("2023-02-28", "P12M", "2024-03-01")] // not 2024-02-29: 2024-02-29 minus 12 months is 2023-02-28
    [InlineData("2023-02-28", "P1Y", "2024-03-01")]
    [InlineData("2025-11-29", "P12M", "2026-11-30")]
    [InlineData("2025-02-28", "P1M", "2025-04-01")]  // 03-29..03-31 minus 1 month all clamp to 02-28
    [InlineData("2025-01-31", "P1M", "2025-03-01")]
    [InlineData("2026-08-31", "P90D", "2026-11-30")]
    [InlineData("2026-08-31", "P0D", "2026-09-01")]
    public void A_fact_leaves_the_window_on_the_first_day_whose_window_starts_after_it(string fact, string window, string exit)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(fact).Value;
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(window).Value;

        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(exit).Value, Windows.ExitDate(date, period));
    }

    [Fact]
    public void The_search_agrees_with_walking_day_by_day_for_every_day_of_four_years()
    {
        var periods = new[] { Period.FromMonths(12), Period.FromYears(1), Period.FromMonths(1), Period.FromDays(90), Period.FromMonths(6) + Period.FromDays(3) };
        for (var date = new LocalDate(2023, 1, 1); date < new LocalDate(2027, 1, 1); date = date.PlusDays(1))
        {
            foreach (var period in periods)
            {
                Assert.Equal(ReferenceRules.WindowExit(date, period), Windows.ExitDate(date, period));
            }
        }
    }

    [Theory]
    [InlineData("P60D", "P90D", true)]
    [InlineData("P90D", "P90D", true)]
    [InlineData("P91D", "P90D", false)]
    [InlineData("P2W", "P14D", true)]
    [InlineData("P2W1D", "P14D", false)]
    [InlineData("P11M", "P12M", true)]
    [InlineData("P12M", "P11M", false)]
    [InlineData("P1Y", "P2Y", true)]
    [InlineData("P2Y", "P1Y", false)]
    [InlineData("P1Y2M", "P1Y3M", true)]
    [InlineData("P1Y3M", "P2Y3M", true)]
    [InlineData("P2Y3M", "P1Y3M", false)]
    [InlineData("P1Y", "P13M", false)]  // units that month clamping can reorder are not compared
    [InlineData("P1M", "P40D", false)]
    [InlineData("P30D", "P1M", false)]
    [InlineData("P1M1D", "P1M1D", true)]
    [InlineData("P1M1D", "P2M1D", false)]
    [InlineData("PT1H", "P1D", false)]
    [InlineData("P1D", "P1DT1H", false)]
    public void A_window_is_known_no_longer_than_another_only_where_every_date_agrees(string a, string b, bool expected)
    {
        var first = NodaTime.Text.PeriodPattern.Roundtrip.Parse(a).Value;
        var second = NodaTime.Text.PeriodPattern.Roundtrip.Parse(b).Value;

        Assert.Equal(expected, Windows.NoLonger(first, second));
    }

    [Fact]
    public void No_longer_is_sound_on_every_day_of_four_years()
    {
        var periods = new[]
        {
            Period.FromDays(29), Period.FromDays(31), Period.FromWeeks(4), Period.FromMonths(1), Period.FromMonths(2), Period.FromMonths(12),
            Period.FromYears(1), Period.FromYears(2), Period.FromYears(1) + Period.FromMonths(1), Period.FromYears(2) + Period.FromMonths(1),
        };
        foreach (var a in periods)
        {
            foreach (var b in periods)
            {
                if (!Windows.NoLonger(a, b))
                {
                    continue;
                }

                for (var date = new LocalDate(2023, 1, 1); date < new LocalDate(2027, 1, 1); date = date.PlusDays(1))
                {
                    Assert.True(date.Minus(a) >= date.Minus(b), $"{date} - {a} is before {date} - {b}");
                }
            }
        }
    }
}

