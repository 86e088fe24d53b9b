using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;

namespace PartnerRules.Tests.Engine;

/// <summary>One engine shared by threads, and batches that decide exactly as single calls.</summary>
public sealed class ConcurrencyAndBatchTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29, 10);

    /// <summary>Varied partners: stages, PCE, deliveries and updates spread over two years.</summary>
    private static List<PartnerProfile> VariedPartners(int count)
    {
        var partners = new List<PartnerProfile>(count);
        for (var i = 0; i < count; i++)
        {
            var opportunities = Enumerable.Range(0, i % 6)
                .Select(k => DeliveredPo(AsOf - Duration.FromDays((i * 37 + k * 53) % 420) + Duration.FromDays(i % 3 == 0 ? 30 : 0)))
                .Append(Po(AsOf - Duration.FromDays(i % 120)))
                .ToArray();
            partners.Add(new PartnerProfile(new PartnerId("P-" + i), (PartnerStage)(i % 3), i % 7 != 0) { Opportunities = opportunities });
        }

        return partners;
    }

    [Fact]
    public async Task A_shared_engine_used_from_ten_threads_at_once_gives_the_sequential_answers()
    {
        var engine = Engines.English;
        var partners = VariedPartners(40);
        var account = StaffLinks.Accounts.Account(StaffLinks.Accounts.Link("P-2", Time.Local(2024, 1, 1), Time.Local(2026, 1, 1)));
        var claim = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.FirstCommercialProject, CustomerType.New)
        {
            MonthlySpend = Enumerable.Repeat(Money.Cny(60_000m), 6).ToArray(),
        };
        var expectedHo = partners.Select(p => engine.EvaluateHoEligibility(p, AsOf)).ToList();
        var expectedStaff = engine.EvaluateStaffLink(new PartnerId("P-1"), account, AsOf);
        var expectedIncentive = engine.EvaluateIncentive(claim);

        using var start = new Barrier(10);
        var threads = Enumerable.Range(0, 10).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait(TestContext.Current.CancellationToken);
            for (var round = 0; round < 5; round++)
            {
                for (var i = 0; i < partners.Count; i++)
                {
                    Assert.Equal(expectedHo[i], engine.EvaluateHoEligibility(partners[i], AsOf));
                }

                Assert.Equal(expectedStaff, engine.EvaluateStaffLink(new PartnerId("P-1"), account, AsOf));
                Assert.Equal(expectedIncentive, engine.EvaluateIncentive(claim));
            }
        }, TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        await Task.WhenAll(threads);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void A_batch_decides_as_single_calls_in_input_order(int count)
    {
        var partners = VariedPartners(count);

        var batch = Engines.English.EvaluateHoEligibility(partners, AsOf);

        Assert.Equal(partners.Select(p => Engines.English.EvaluateHoEligibility(p, AsOf)), batch);
    }

    [Fact]
    public void Equal_profiles_in_one_batch_stay_distinct_facts()
    {
        var profile = Profile(PartnerStage.Differentiated, true, Po(AsOf));

        var batch = Engines.English.EvaluateHoEligibility(new[] { profile, profile, profile with { }, profile }, AsOf);

        Assert.Equal(4, batch.Count);
        Assert.All(batch, d => Assert.True(d.IsApproved));
    }

    [Fact]
    public void A_batch_reads_the_callers_culture_not_the_worker_threads()
    {
        var engine = new PartnerRulesEngine();
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = Engines.ChineseCulture;
            var batch = engine.EvaluateHoEligibility(VariedPartners(200), AsOf);

            Assert.All(batch, d => Assert.Contains("PCE", d.Findings[0].Message, StringComparison.Ordinal));
            Assert.All(batch, d => Assert.Contains("计划", d.Findings[0].Message, StringComparison.Ordinal));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
