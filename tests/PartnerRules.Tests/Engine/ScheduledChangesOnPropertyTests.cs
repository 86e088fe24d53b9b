using System.Linq;
using CsCheck;
using NodaTime;
using PartnerRules.Tests.Reference;

namespace PartnerRules.Tests.Engine;

/// <summary>
/// ChangesOn across scheduled versions, against the day-by-day reference: random schedules of 2–4 versions
/// with random numbers, random partners, singles and a batch.
/// </summary>
public sealed class ScheduledChangesOnPropertyTests
{
    private static readonly LocalDate Start = new(2026, 3, 1);

    private static readonly Gen<ProgramPolicy> PolicyGen = Gen.Select(Gen.Int[1, 4], Gen.Int[1, 12], Gen.Int[20, 120])
        .Select(t => ProgramPolicy.Default with
        {
            RequiredDeliveredPos = t.Item1,
            DeliveredPoWindow = Period.FromMonths(t.Item2),
            OpportunityUpdateWindow = Period.FromDays(t.Item3),
        });

    /// <summary>
    /// The first version from long ago; later ones at strictly increasing dates around the evaluation dates. About a
    /// third of the later versions keep the previous version's HO figures (changing only an incentive cap), which the
    /// engine looks across without evaluating them.
    /// </summary>
    private static readonly Gen<PolicySchedule> ScheduleGen = Gen.Select(PolicyGen.Array[2, 4], Gen.Int[1, 200].Array[3], Gen.Int[0, 2].Array[3])
        .Select(t =>
        {
            var date = new LocalDate(2025, 1, 1);
            var versions = t.Item1.ToArray();
            for (var i = 1; i < versions.Length; i++)
            {
                versions[i] = t.Item3[i - 1] == 0 ? versions[i - 1] with { FirstProjectNewCustomerCap = Money.Cny(100_000m * i) } : versions[i];
            }

            return new PolicySchedule(versions.Select((policy, i) =>
            {
                date = i == 0 ? date : date.PlusDays(t.Item2[i - 1] + (i == 1 ? 400 : 0));
                return new ScheduledPolicy(date, policy with { Version = "v" + i });
            }));
        });

    private static readonly Gen<Instant> At = Gen.Select(Gen.Int[-420, 250], Gen.Int[0, 3])
        .Select(t => Time.Shanghai.AtStartOfDay(Start.PlusDays(t.Item1)).ToInstant()
            + (t.Item2 switch { 0 => Duration.Zero, 1 => Duration.FromHours(16) - Duration.FromSeconds(1), 2 => Duration.FromHours(16), _ => Duration.FromHours(23) }));

    private static readonly Gen<OpportunityRecord[]> Opportunities = Gen.Select(At, Gen.Int[0, 2], At, At).Array[0, 6]
        .Select(raw => raw.Select((o, i) => new OpportunityRecord(new OpportunityId("O" + i), OpportunityOrigin.PartnerOriginated, o.Item1)
        {
            SignedAt = o.Item2 >= 1 ? o.Item3 : null,
            DeliveredAt = o.Item2 >= 1 ? o.Item4 : null,
        }).ToArray());

    internal static readonly Gen<PartnerProfile> PartnerGen = Gen.Select(Gen.Int[0, 5], Opportunities)
        .Select(t => new PartnerProfile(new PartnerId("P-" + t.Item1), t.Item1 == 0 ? PartnerStage.Differentiated : PartnerStage.Certified, t.Item1 != 5)
        {
            Opportunities = t.Item2,
        });

    [Fact]
    public void ChangesOn_is_the_first_day_whose_verdict_under_the_version_then_in_force_differs()
    {
        Gen.Select(ScheduleGen, PartnerGen.Array[1, 3], Gen.Int[0, 250]).Sample(t =>
        {
            var (schedule, partners, days) = t;
            var asOf = Time.Shanghai.AtStartOfDay(Start.PlusDays(days)).ToInstant() + Duration.FromHours(10);
            var engine = new PartnerRulesEngine(new PartnerRulesOptions { Schedule = schedule, Culture = Engines.EnglishCulture });
            var reference = new ScheduledReference(schedule);
            var horizon = new LocalDate(2029, 1, 1);
            var batch = engine.EvaluateHoEligibility(partners, asOf);
            for (var i = 0; i < partners.Length; i++)
            {
                var decision = engine.EvaluateHoEligibility(partners[i], asOf);
                Assert.Equal(reference.HoVerdictAt(partners[i], asOf), decision.IsApproved);
                Assert.Equal(reference.HoChangesOn(partners[i], asOf, horizon), decision.ChangesOn);
                Assert.Equal(schedule.InForceOn(asOf.InZone(Time.Shanghai).Date).Version, decision.PolicyVersion);
                Assert.Equal(decision, batch[i]);
            }
        }, iter: 100);
    }
}
