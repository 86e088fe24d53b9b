using System.Linq;
using Microsoft.Extensions.Logging;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.DependencyInjection;

/// <summary>The lifecycles factory logs under its documented category whichever constructor made it.</summary>
public sealed class ScheduledLifecyclesLoggingTests
{
    [Fact]
    public void Under_a_policy_or_a_schedule_transitions_are_logged_under_PartnerRules_Lifecycles()
    {
        var logs = new CollectingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(logs));
        var clock = ClockAtLocal(2026, 3, 2);

        new PartnerRulesLifecycles(clock, PolicySchedule.Always(ProgramPolicy.Default), loggers)
            .InviteSpecialist(Partner, Account, 0).Fire(SpecialistInvitationTrigger.Expire);
        new PartnerRulesLifecycles(clock, ProgramPolicy.Default, loggers)
            .InviteSpecialist(Partner, Account, 0).Fire(SpecialistInvitationTrigger.Expire);

        Assert.Equal(["PartnerRules.Lifecycles", "PartnerRules.Lifecycles"], logs.Events.Select(e => e.Category));
    }
}
