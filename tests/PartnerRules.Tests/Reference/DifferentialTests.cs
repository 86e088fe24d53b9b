using System.Linq;
using CsCheck;
using NodaTime;

namespace PartnerRules.Tests.Reference;

/// <summary>
/// The engine and the hand-written reference decide thousands of random profiles, accounts and
/// claims alike: verdict, codes, each criterion, ChangesOn and amounts. Dates cluster around the
/// windows' edges, 29 February and the programme's midnight; besides Asia/Shanghai, two setups run the
/// programme in Pacific/Auckland, whose summer time (UTC+13 from late September to early April, UTC+12
/// otherwise) makes some days 23 or 25 hours long and moves midnight against UTC twice a year.
/// </summary>
[Trait("Kind", "Randomised")]
public sealed class DifferentialTests
{
    private static readonly ProgramPolicy Alternative = ProgramPolicy.Default with
    {
        RequiredDeliveredPos = 2,
        DeliveredPoWindow = Period.FromMonths(1),
        OpportunityUpdateWindow = Period.FromDays(30),
        StaffLinkWindow = Period.FromMonths(6),
        StaffLinkPartnerLimit = 2,
        FirstProjectNewCustomerSpendMonths = 3,
        AccelerationNewCustomerSpendMonths = 1,
        AccelerationExistingCustomerCap = Money.Cny(500m),
    };

    private static readonly DateTimeZone Auckland = DateTimeZoneProviders.Tzdb["Pacific/Auckland"];

    /// <summary>
    /// The shared engine, and engines over rule sets compiled inside the test: code that runs only while the rules
    /// compile (each rule's slot, the rule-set metadata) is then exercised by every test, not once per process.
    /// </summary>
    private static (PartnerRulesEngine Engine, ReferenceRules Reference, DateTimeZone Zone)[] CreateSetups() =>
    [
        (Engines.English, Engines.Reference, Time.Shanghai),
        Setup(Alternative, Engines.ChineseCulture),
        Setup(ProgramPolicy.Default with { TimeZone = Auckland }, Engines.ChineseCulture),
        Setup(Alternative with { TimeZone = Auckland }, Engines.EnglishCulture),
    ];

    private static (PartnerRulesEngine, ReferenceRules, DateTimeZone) Setup(ProgramPolicy policy, System.Globalization.CultureInfo culture) =>
        (new PartnerRulesEngine(new PartnerRulesOptions { Policy = policy, Culture = culture }, null, new PartnerRules.Engine.CompiledRules()),
            new ReferenceRules(policy, culture), policy.TimeZone);

    /// <summary>Local evaluation times in the programme zone: near midnight, and Auckland's summer-time changes (2025-04-06, 2025-09-28, 2026-04-05).</summary>
    private static readonly LocalDateTime[] AsOfBases =
    {
        new(2024, 2, 29, 23, 59, 59), new(2024, 2, 29, 0, 0, 0), new(2025, 2, 28, 11, 0, 0),
        new(2025, 3, 2, 0, 0, 0), new(2026, 11, 29, 12, 0, 0), new(2028, 2, 29, 20, 0, 0),
        new(2025, 12, 31, 23, 59, 59), new(2024, 3, 29, 4, 0, 0), new(2025, 3, 27, 9, 0, 0),
        new(2026, 2, 28, 0, 0, 0), new(2027, 2, 20, 14, 0, 0), new(2024, 1, 1, 0, 0, 0),
        new(2025, 4, 5, 23, 30, 0), new(2025, 9, 27, 23, 59, 59), new(2026, 4, 5, 0, 30, 0),
    };

    private static readonly Gen<int> DayOffset = Gen.OneOf(
        Gen.Int[-800, 400], Gen.Int[-372, -358], Gen.Int[-188, -178], Gen.Int[-95, -85], Gen.Int[-35, -25], Gen.Int[-2, 2]);

    /// <summary>Dates where month clamping bites: ends of February around leap days, ends of months.</summary>
    private static readonly LocalDate[] SpecialDates =
    {
        new(2023, 2, 28), new(2023, 3, 1), new(2024, 1, 31), new(2024, 2, 28), new(2024, 2, 29), new(2024, 3, 1),
        new(2024, 3, 31), new(2025, 1, 31), new(2025, 2, 28), new(2025, 3, 1), new(2025, 8, 31), new(2025, 12, 31),
        new(2026, 2, 28), new(2026, 5, 31), new(2026, 8, 31), new(2027, 2, 28), new(2028, 2, 28), new(2028, 2, 29),
    };

    /// <summary>
    /// A fact's instant: a day offset from the evaluation date (or, when Special is not negative, one
    /// of <see cref="SpecialDates"/>) and a clock choice.
    /// </summary>
    private static readonly Gen<(int Days, int Clock, int Special)> Relative = Gen.Select(
        DayOffset, Gen.Int[0, 4], Gen.Int[-SpecialDates.Length, SpecialDates.Length - 1].Select(i => i < 0 ? -1 : i));

    /// <summary>An evaluation time: a base, or a base some whole days (of 24 hours) later, which shifts its local time across summer time.</summary>
    private static readonly Gen<(int Base, int Days)> AsOfGen = Gen.Select(Gen.Int[0, AsOfBases.Length - 1], Gen.Int[0, 3], Gen.Int[0, 20])
        .Select(t => (t.Item1, t.Item2 == 0 ? 0 : t.Item3));

    private static Instant AsOf((int Base, int Days) t, DateTimeZone zone) =>
        AsOfBases[t.Base].InZoneLeniently(zone).ToInstant() + Duration.FromDays(t.Days);

    [Fact]
    public void Engine_and_reference_agree_on_random_partners()
    {
        var stage = Gen.Int[0, 4].Select(i => i switch { 0 => PartnerStage.Registered, 1 => PartnerStage.Differentiated, _ => PartnerStage.Certified });
        var gen = Gen.Select(Gen.Int[0, 3], AsOfGen, stage, Gen.Int[0, 4].Select(i => i != 0),
            Gen.Select(Gen.Int[0, 4], Relative, Gen.Int[0, 2], Relative, Relative).Array[0, 10]);
        var setups = CreateSetups();
        gen.Sample(t =>
        {
            var (setup, at, stage, pce, raw) = t;
            var zone = setups[setup].Zone;
            var asOf = AsOf(at, zone);
            var opportunities = raw.Select((o, i) => new OpportunityRecord(
                new OpportunityId("O" + i), o.Item1 == 0 ? OpportunityOrigin.HuaweiOriginated : OpportunityOrigin.PartnerOriginated, Resolve(o.Item2, asOf, zone))
            {
                SignedAt = o.Item3 >= 1 ? Resolve(o.Item4, asOf, zone) : null,
                DeliveredAt = o.Item3 >= 1 || o.Item1 == 4 ? Resolve(o.Item5, asOf, zone) : null,
            }).ToArray();
            var profile = new PartnerProfile(new PartnerId("P"), stage, pce) { Opportunities = opportunities };

            var engine = setups[setup].Engine;
            var decision = engine.EvaluateHoEligibility(profile, asOf);
            AssertSame(setups[setup].Reference.HoEligibility(profile, asOf), decision);
            if (decision.ChangesOn is not null)
            {
                Flip.AssertExact(decision, asOf, instant => engine.EvaluateHoEligibility(profile, instant), zone);
            }
        }, iter: 1000, threads: 1);
    }

    [Fact]
    public void Engine_and_reference_agree_on_random_accounts()
    {
        var link = Gen.Select(Gen.Int[1, 4], Relative, Gen.Int[0, 2], Gen.Int[0, 400], Gen.Int[0, 4]);
        var gen = Gen.Select(Gen.Int[0, 3], AsOfGen, Gen.Int[1, 4], Gen.Enum<Site>(), Gen.Int[0, 7], link.Array[0, 6]);
        var setups = CreateSetups();
        gen.Sample(t =>
        {
            var (setup, at, inviting, site, flags, raw) = t;
            var zone = setups[setup].Zone;
            var asOf = AsOf(at, zone);
            var links = raw.Select(l =>
            {
                var linkedAt = Resolve(l.Item2, asOf, zone);
                Instant? unlinkedAt = null;
                if (l.Item3 >= 1)
                {
                    var u = Resolve((l.Item2.Days + l.Item4, l.Item5, -1), asOf, zone);
                    unlinkedAt = u < linkedAt ? linkedAt : u;
                }

                return new PartnerLink(new PartnerId("P-" + l.Item1), linkedAt) { UnlinkedAt = unlinkedAt };
            }).DistinctBy(l => (l.Partner, l.LinkedAt)).ToArray();   // one partner, one instant, twice: bad input, not a case
            var account = new PersonalAccount(new AccountId("A"), site)
            {
                IsRealNameVerified = (flags & 1) == 0,
                IsEnterpriseVerified = flags == 7,
                IsPartnerAccount = flags == 6,
                Links = links,
            };
            var partner = new PartnerId("P-" + inviting);

            var engine = setups[setup].Engine;
            var decision = engine.EvaluateStaffLink(partner, account, asOf);
            AssertSame(setups[setup].Reference.StaffLink(partner, account, asOf), decision);
            if (decision.ChangesOn is not null)
            {
                Flip.AssertExact(decision, asOf, instant => engine.EvaluateStaffLink(partner, account, instant), zone);
            }
        }, iter: 1000, threads: 1);
    }

    [Fact]
    public void Engine_and_reference_agree_on_random_claims()
    {
        var amount = Gen.Int[0, 9_000_000].Select(cents => Money.Cny(cents / 100m));
        var gen = Gen.Select(Gen.Int[0, 3], Gen.Enum<IncentiveKind>(), Gen.Enum<CustomerType>(), amount.Array[0, 8],
            Gen.Select(Gen.Bool, Gen.Int[0, 4_000_000]), Gen.Select(Gen.Bool, Gen.Int[99_990, 100_010]));
        var setups = CreateSetups();
        gen.Sample(t =>
        {
            var (setup, kind, customer, spend, approval, priorCash) = t;
            var claim = new IncentiveClaim(new PartnerId("P"), kind, customer)
            {
                MonthlySpend = spend,
                CommitteeApprovedAmount = approval.Item1 ? Money.Cny(approval.Item2 / 100m) : null,
                // Around the 1,000 CNY limit, to the fen.
                CustomerPriorCash = priorCash.Item1 ? Money.Cny(priorCash.Item2 / 100m) : null,
            };

            var decision = setups[setup].Engine.EvaluateIncentive(claim);
            var expected = setups[setup].Reference.Incentive(claim);
            AssertSame(expected, decision);
            Assert.Equal(expected.Payable, decision.Payable);
            Assert.Equal(expected.Cap, decision.Cap);
            Assert.Equal(expected.IsCapped, decision.IsCapped);
            Assert.True(decision.Cap is null || decision.Payable <= decision.Cap.Value);
        }, iter: 1000, threads: 1);
    }

    private static void AssertSame(ReferenceDecision expected, Decision actual)
    {
        Assert.Equal(expected.Codes, actual.Findings.Select(f => f.Code).ToArray());
        Assert.Equal(expected.Passed, actual.Findings.Select(f => f.Passed).ToArray());
        Assert.Equal(expected.Messages, actual.Findings.Select(f => f.Message).ToArray());
        Assert.Equal(expected.IsApproved, actual.IsApproved);
        Assert.Equal(expected.ChangesOn, actual.ChangesOn);
    }

    private static Instant Resolve((int Days, int Clock, int Special) relative, Instant asOf, DateTimeZone zone)
    {
        var today = asOf.InZone(zone).Date;
        var date = relative.Special >= 0 ? SpecialDates[relative.Special] : today.PlusDays(relative.Days);
        if (relative.Special >= 0)
        {
            relative.Days = Period.Between(today, date, PeriodUnits.Days).Days;
        }

        return relative.Clock switch
        {
            0 => zone.AtStartOfDay(date).ToInstant(),
            1 => zone.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon,
            2 => zone.AtStartOfDay(date).ToInstant() + Duration.FromHours(12),
            3 => asOf + Duration.FromDays(relative.Days),
            _ => asOf + Duration.FromDays(relative.Days) + Duration.FromSeconds(1),
        };
    }
}
