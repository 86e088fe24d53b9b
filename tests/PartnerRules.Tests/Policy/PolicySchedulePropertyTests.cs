using System;
using System.Linq;
using CsCheck;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

[Trait("Kind", "Randomised")]
public sealed class PolicySchedulePropertyTests
{
    private static readonly LocalDate Epoch = new(2020, 1, 1);

    [Fact]
    public void The_version_in_force_is_the_latest_effective_on_or_before_the_date_on_random_schedules() =>
        Gen.Int[0, 3_000].HashSet[1, 6].Select(Gen.Int[-10, 3_010]).Sample((offsets, query) =>
        {
            var versions = offsets.OrderBy(o => o)
                .Select((o, i) => new ScheduledPolicy(Epoch.PlusDays(o), ProgramPolicy.Default with { Version = "v" + i }))
                .ToArray();
            var schedule = new PolicySchedule(versions);
            var date = Epoch.PlusDays(query);
            var expected = versions.LastOrDefault(v => v.EffectiveFrom <= date);

            if (expected is null)
            {
                Assert.Equal(versions[0].EffectiveFrom, Assert.Throws<PolicyNotInForceException>(() => schedule.InForceOn(date)).FirstEffectiveFrom);
            }
            else
            {
                Assert.Same(expected.Policy, schedule.InForceOn(date));
            }
        });

    [Fact]
    public void Looking_up_the_version_in_force_allocates_nothing()
    {
        var schedule = PolicyScheduleTests.TwoVersions;
        var date = new LocalDate(2026, 6, 1);
        schedule.InForceOn(date);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            schedule.InForceOn(date.PlusDays(i % 400));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
