using System;
using NodaTime;

namespace PartnerRules.Tests.Reference;

/// <summary>Checks that a decision's ChangesOn is exact: the verdict holds at the end of the day before and flips on it.</summary>
internal static class Flip
{
    public static void AssertExact(Decision decision, Instant asOf, Func<Instant, Decision> evaluate)
    {
        Assert.NotNull(decision.ChangesOn);
        var on = decision.ChangesOn.Value;
        var today = asOf.InZone(Time.Shanghai).Date;
        Assert.True(on >= today);
        if (on > today)
        {
            Assert.Equal(decision.IsApproved, evaluate(Time.EndOf(on.PlusDays(-1))).IsApproved);
        }

        Assert.NotEqual(decision.IsApproved, evaluate(Time.EndOf(on)).IsApproved);
    }
}
