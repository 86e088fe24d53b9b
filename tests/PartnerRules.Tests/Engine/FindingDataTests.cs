using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PartnerRules.Benchmarks.Data;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.Eligibility.Partners;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>Findings carry their deciding figures as data: the same figures as the message, equal by content, through JSON and ToString.</summary>
public sealed class FindingDataTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29);

    [Fact]
    public void Every_HO_figure_agrees_with_the_message_and_a_refusal_passes_exactly_on_its_passes_on_date()
    {
        var partners = BenchmarkData.Partners(256);
        var decisions = Engines.English.EvaluateHoEligibility(partners, BenchmarkData.AsOf);

        for (var i = 0; i < partners.Length; i++)
        {
            var path = decisions[i].Findings[2];
            if (partners[i].Stage == PartnerStage.Certified)
            {
                Assert.Contains($"{path.Count} of {path.Required} required POs signed and delivered since {path.WindowStart:uuuu-MM-dd}", path.Message, StringComparison.Ordinal);
            }

            var shares = decisions[i].Findings[1];
            Assert.Equal(1, shares.Required);
            Assert.Equal(shares.Count >= 1, shares.Passed);
            Assert.Contains($"{shares.WindowStart:uuuu-MM-dd}", shares.Message, StringComparison.Ordinal);
            foreach (var (finding, slot) in new[] { (shares, 1), (path, 2) })
            {
                if (finding.PassesOn is { } on)
                {
                    Assert.False(finding.Passed);
                    Assert.True(Engines.English.EvaluateHoEligibility(partners[i], Time.EndOf(on)).Findings[slot].Passed);
                    Assert.False(Engines.English.EvaluateHoEligibility(partners[i], Time.EndOf(on.PlusDays(-1))).Findings[slot].Passed);
                }
            }
        }

        Assert.Contains(decisions, d => d.Findings[1].PassesOn is not null || d.Findings[2].PassesOn is not null);
    }

    [Fact]
    public void A_staff_link_refused_by_the_limit_carries_the_count_the_limit_the_window_and_the_date_it_lifts()
    {
        var account = Account(Link("P-2", Time.Local(2026, 1, 1)), Link("P-3", Time.Local(2026, 2, 1)), Link("P-4", Time.Local(2025, 6, 1), Time.Local(2026, 7, 1)));

        var limit = Engines.English.EvaluateStaffLink(Inviting, account, AsOf).Findings[4];

        Assert.Equal((3, (int?)null, 3, new LocalDate(2025, 11, 29), new LocalDate(2027, 7, 2)), (limit.Count, limit.Required, limit.Limit, limit.WindowStart, limit.PassesOn));
    }

    [Fact]
    public void Findings_that_differ_only_in_a_figure_are_different_and_equal_ones_hash_alike()
    {
        var finding = new Finding(FindingCodes.HoDevelopmentPath, false, "m") { Count = 2, Required = 3, WindowStart = new LocalDate(2025, 11, 29) };

        Assert.Equal(finding, finding with { });
        Assert.Equal(finding.GetHashCode(), (finding with { }).GetHashCode());
        Assert.NotEqual(finding, finding with { Count = 3 });
        Assert.NotEqual(finding, finding with { Required = null });
        Assert.NotEqual(finding, finding with { Limit = 3 });
        Assert.NotEqual(finding, finding with { WindowStart = new LocalDate(2025, 11, 30) });
        Assert.NotEqual(finding, finding with { PassesOn = new LocalDate(2026, 1, 1) });
    }

    [Fact]
    public void A_decision_with_figures_round_trips_through_json_with_dates_as_iso_text()
    {
        var options = PartnerRulesJson.CreateOptions();
        var decision = Engines.English.EvaluateStaffLink(
            Inviting, Account(Link("P-2", Time.Local(2026, 1, 1)), Link("P-3", Time.Local(2026, 2, 1)), Link("P-4", Time.Local(2026, 3, 1))), AsOf);

        var json = JsonSerializer.Serialize(decision, options);

        Assert.Contains("\"count\":3,\"required\":null,\"limit\":3,\"windowStart\":\"2025-11-29\",\"passesOn\":null", json, StringComparison.Ordinal);
        Assert.Equal(decision, JsonSerializer.Deserialize<Decision>(json, options));
        var old = JsonSerializer.Deserialize<Finding>("""{"code":"HO.PCE_MEMBER","passed":true,"message":"m"}""", options);
        Assert.Equal(new Finding(FindingCodes.HoPceMember, true, "m"), old);
    }

    [Fact]
    public void ToString_prints_only_the_figures_that_are_set_with_iso_dates_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
        try
        {
            Assert.Equal(
                "Finding { Code = STAFF.LINK_LIMIT, Passed = False, Message = m, Count = 3, Limit = 3, WindowStart = 2025-11-29, PassesOn = 2026-11-30 }",
                new Finding(FindingCodes.StaffLinkLimit, false, "m") { Count = 3, Limit = 3, WindowStart = new LocalDate(2025, 11, 29), PassesOn = new LocalDate(2026, 11, 30) }.ToString());
            Assert.Equal("Finding { Code = A, Passed = True, Message = a, Required = 1 }", new Finding("A", true, "a") { Required = 1 }.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Criteria_without_figures_leave_them_unset()
    {
        var ho = Engines.English.EvaluateHoEligibility(Profile(PartnerStage.Differentiated, true, Po(AsOf)), AsOf);

        foreach (var finding in new[] { ho.Findings[0], ho.Findings[2] })
        {
            Assert.Equal(new Finding(finding.Code, finding.Passed, finding.Message), finding);
        }

        Assert.All(ho.Findings.Skip(1).Take(1), f => Assert.Equal(1, f.Count));
    }
}
