using System;
using NodaTime;

namespace PartnerRules.Tests.Policy;

/// <summary>How a schedule's problems name a version: by its name when usable, by its index otherwise.</summary>
public sealed class ScheduleLabelTests
{
    [Fact]
    public void A_version_with_an_unusable_name_is_named_by_index_and_an_earlier_one_by_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => new PolicySchedule(
        [
            new ScheduledPolicy(new LocalDate(2026, 1, 1), ProgramPolicy.Default with { Version = "bad name" }),
            new ScheduledPolicy(new LocalDate(2025, 1, 1), ProgramPolicy.Default with { Version = "2025", Currency = "USD" }),
        ]));

        Assert.StartsWith("The policy schedule is invalid (8 problems): version [0]: Version must be 1–40 ASCII letters", error.Message, StringComparison.Ordinal);
        Assert.Contains("; version '2025' takes effect on 2025-01-01, not after version 'bad name' (2026-01-01): effective dates must strictly increase", error.Message, StringComparison.Ordinal);
        Assert.Contains("; version '2025' uses the currency USD, but version 'bad name' uses CNY: every version shares the programme's currency;", error.Message, StringComparison.Ordinal);
    }
}
