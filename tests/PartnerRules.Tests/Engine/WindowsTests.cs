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
}
