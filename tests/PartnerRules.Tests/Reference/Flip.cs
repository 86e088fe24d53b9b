using System;
using NodaTime;

namespace PartnerRules.Tests.Reference;

/// <summary>Checks that a decision's ChangesOn is exact: the verdict holds at the end of the day before and flips on it.</summary>
internal static class Flip
{
    public static void AssertExact(Decision decision, Instant asOf, Func<Instant, Decision> evaluate) =>
        AssertExact(decision, asOf, evaluate, Time.Shanghai);

    /// <summary>The same in the programme zone <paramref name="zone"/>: days end at its midnight.</summary>
    public static void AssertExact(Decision decision, Instant asOf, Func<Instant, Decision> evaluate, DateTimeZone zone)
    {
        Assert.NotNull(decision.ChangesOn);
        var on = decision.ChangesOn.Value;
        var today = asOf.InZone(zone).Date;
        Assert.True(on >= today);
        if (on > today)
        {
            Assert.Equal(decision.IsApproved, evaluate(EndOf(on.PlusDays(-1), zone)).IsApproved);
        }

        Assert.NotEqual(decision.IsApproved, evaluate(EndOf(on, zone)).IsApproved);
    }

    private static Instant EndOf(LocalDate date, DateTimeZone zone) => zone.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon;
}
