using System;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Lifecycles;
using PartnerRules.Opportunities;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// The instants a lifecycle works at widen and narrow with every policy figure that moves a date: each deadline and
/// window counts, so a policy with one very long figure refuses a clock the default policy accepts.
/// </summary>
public sealed class LifecycleClockRangeTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>About 2,738 years: from year 8000 it reaches past 9999-12-31; from year 5000 it does not.</summary>
    private const int Long = 1_000_000;

    public static TheoryData<string> Figures() =>
    [
        nameof(ProgramPolicy.IncentivePaymentDays),
        nameof(ProgramPolicy.ElectronicReturnDays),
        nameof(ProgramPolicy.RedLetterIssueDueBusinessDays),
        nameof(ProgramPolicy.PaperReturnDueBusinessDays),
        nameof(ProgramPolicy.RedLetterConfirmationValidity),
        nameof(ProgramPolicy.NewAccountWindow),
        nameof(ProgramPolicy.SpecialistInvitationValidity),
        nameof(ProgramPolicy.AssociationUndoInterval),
        nameof(ProgramPolicy.CustomerRegistrationReservation),
        nameof(ProgramPolicy.HoOfferResponseTime),
    ];

    [Theory]
    [MemberData(nameof(Figures))]
    public void A_very_long_figure_narrows_the_supported_instants_by_its_own_length(string figure)
    {
        var policy = WithLong(figure);

        Assert.True(LifecycleClock.Supported(Noon(8000, 1, 1), ProgramPolicy.Default), "the default policy works in year 8000");
        Assert.False(LifecycleClock.Supported(Noon(8000, 1, 1), policy), $"a {figure} of {Long} days reaches past the calendar from year 8000");
        Assert.True(LifecycleClock.Supported(Noon(5000, 1, 1), policy), $"a {figure} of {Long} days stays inside the calendar from year 5000");
    }

    [Fact]
    public void A_lifecycle_made_under_a_very_long_figure_refuses_the_clock_by_name()
    {
        var clock = new FakeClock(Noon(8000, 1, 1));
        var policy = WithLong(nameof(ProgramPolicy.ElectronicReturnDays));

        Assert.Equal(OpportunityState.Draft, OpportunityLifecycle.CreateDraft(new OpportunityId("O-1"), clock, ProgramPolicy.Default).State);
        var error = Assert.Throws<ArgumentException>(() => OpportunityLifecycle.CreateDraft(new OpportunityId("O-1"), clock, policy));
        Assert.Equal("clock", error.ParamName);
    }

    [Fact]
    public void The_deadlines_bound_counts_one_day_past_their_sum()
    {
        // 15 payment + 400 electronic + 7 × (3 + 3) business + 3 confirmation days + 1 = 461 days, then a year and the
        // checked day either way: the last local date whose window ends inside the calendar is 9997-09-25.
        var policy = ProgramPolicy.Default with { ElectronicReturnDays = 400 };

        Assert.True(LifecycleClock.Supported(Noon(9997, 9, 25), policy));
        Assert.False(LifecycleClock.Supported(Noon(9997, 9, 26), policy));
    }

    private static Instant Noon(int year, int month, int day) => new LocalDateTime(year, month, day, 12, 0).InZoneStrictly(Shanghai).ToInstant();

    private static ProgramPolicy WithLong(string figure)
    {
        var days = Period.FromDays(Long);
        var policy = ProgramPolicy.Default;
        return figure switch
        {
            nameof(ProgramPolicy.IncentivePaymentDays) => policy with { IncentivePaymentDays = Long },
            nameof(ProgramPolicy.ElectronicReturnDays) => policy with { ElectronicReturnDays = Long },
            nameof(ProgramPolicy.RedLetterIssueDueBusinessDays) => policy with { RedLetterIssueDueBusinessDays = Long / 5 },
            nameof(ProgramPolicy.PaperReturnDueBusinessDays) => policy with { PaperReturnDueBusinessDays = Long / 5 },
            nameof(ProgramPolicy.RedLetterConfirmationValidity) => policy with { RedLetterConfirmationValidity = Duration.FromDays(Long) },
            nameof(ProgramPolicy.NewAccountWindow) => policy with { NewAccountWindow = days },
            nameof(ProgramPolicy.SpecialistInvitationValidity) => policy with { SpecialistInvitationValidity = days },
            nameof(ProgramPolicy.AssociationUndoInterval) => policy with { AssociationUndoInterval = days },
            nameof(ProgramPolicy.CustomerRegistrationReservation) => policy with { CustomerRegistrationReservation = days },
            nameof(ProgramPolicy.HoOfferResponseTime) => policy with { HoOfferResponseTime = days },
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "not a figure of this test"),
        };
    }
}
