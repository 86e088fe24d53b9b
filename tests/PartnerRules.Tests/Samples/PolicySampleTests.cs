using System;
using System.IO;
using System.Text.Json;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Samples;

/// <summary>samples/policies/schedule.json reads, validates and says what its README says.</summary>
public sealed class PolicySampleTests
{
    private static readonly Lazy<string> Json = new(() => File.ReadAllText(Path.Combine(Root(), "samples", "policies", "schedule.json")));

    [Fact]
    public void The_example_schedule_has_no_problem() => Assert.Empty(PolicyDocuments.Validate(Json.Value));

    [Fact]
    public void The_example_schedule_tightens_the_policy_from_1_January_2027()
    {
        var schedule = JsonSerializer.Deserialize<PolicySchedule>(Json.Value, PartnerRulesJson.CreateOptions())!;

        var lastDayOf2026 = schedule.InForceOn(new LocalDate(2026, 12, 31));
        var firstDayOf2027 = schedule.InForceOn(new LocalDate(2027, 1, 1));

        Assert.Equal(ProgramPolicy.Default with { Version = "2026" }, lastDayOf2026);
        Assert.Equal(
            ProgramPolicy.Default with
            {
                Version = "2027",
                RequiredDeliveredPos = 4,
                OpportunityUpdateWindow = Period.FromDays(60),
                FirstProjectNewCustomerCap = Money.Cny(250_000m),
            },
            firstDayOf2027);
        Assert.Same(firstDayOf2027, schedule.Newest);
        Assert.Throws<PolicyNotInForceException>(() => schedule.InForceOn(new LocalDate(2025, 12, 31)));
    }

    private static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PartnerRules.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
