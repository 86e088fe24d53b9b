using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PartnerRules in a <see cref="IServiceCollection"/>.</summary>
public static class PartnerRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPartnerRulesEngine"/> and <see cref="IPolicyImpactAnalyzer"/> (one singleton
    /// <see cref="PartnerRulesEngine"/>, logging to the host's <see cref="ILogger{TCategoryName}"/> when there is one),
    /// the <see cref="PolicySchedule"/> (<see cref="PartnerRulesOptions.Schedule"/>, or the policy in force on every date),
    /// the validated <see cref="ProgramPolicy"/> (the schedule's newest version), the <see cref="PartnerRulesOptions"/>,
    /// <see cref="PartnerRulesLifecycles"/> (creates and restores lifecycles with the host's clock, schedule and logger),
    /// and NodaTime's <see cref="IClock"/>
    /// (<c>SystemClock.Instance</c>) only when the host has not registered one.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; the policy (or the schedule, which wins when set) is validated here, at registration.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The configured policy is missing or invalid (the message lists every problem).</exception>
    public static IServiceCollection AddPartnerRules(this IServiceCollection services, Action<PartnerRulesOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new PartnerRulesOptions();
        configure?.Invoke(options);
        var schedule = options.Schedule;
        if (schedule is null)
        {
            var single = options.Policy ?? throw new ArgumentException(PartnerRules.Resources.EngineErrors.PolicyNull, nameof(configure));
            single.Validate();
            schedule = PolicySchedule.Always(single);
        }

        var policy = schedule.Newest;
        services.TryAddSingleton(options);
        services.TryAddSingleton(schedule);
        services.TryAddSingleton(policy);
#pragma warning disable RS0030 // The composition root is the one place the real clock is chosen, and only as a default.
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        services.TryAddSingleton(provider =>
            new PartnerRulesEngine(new PartnerRulesOptions { Schedule = schedule, Culture = options.Culture }, provider.GetService<ILogger<PartnerRulesEngine>>()));
        services.TryAddSingleton<IPartnerRulesEngine>(provider => provider.GetRequiredService<PartnerRulesEngine>());
        services.TryAddSingleton<IPolicyImpactAnalyzer>(provider => provider.GetRequiredService<PartnerRulesEngine>());
        services.TryAddSingleton(provider => options.Schedule is null
            ? new PartnerRulesLifecycles(provider.GetRequiredService<IClock>(), policy, provider.GetService<ILoggerFactory>())
            : new PartnerRulesLifecycles(provider.GetRequiredService<IClock>(), schedule, provider.GetService<ILoggerFactory>()));
        return services;
    }
}
