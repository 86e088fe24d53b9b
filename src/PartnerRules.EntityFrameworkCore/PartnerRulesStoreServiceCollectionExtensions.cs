using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using PartnerRules;
using PartnerRules.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the PartnerRules store and deadline sweeper.</summary>
public static class PartnerRulesStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PartnerRulesStore"/> (also as <see cref="ILifecycleStore"/>) as a singleton over the clock and policy schedule that
    /// <c>AddPartnerRules</c> registered (call it first).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Chooses the database (<c>o.Database = b => b.UseSqlite(...)</c>) and the idempotency-key lifetime.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are incomplete (no database) or invalid.</exception>
    public static IServiceCollection AddPartnerRulesStore(this IServiceCollection services, Action<PartnerRulesStoreOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var options = new PartnerRulesStoreOptions();
        configure(options);
        options.Validate();
        services.TryAddSingleton(provider => new PartnerRulesStore(options,
            provider.GetService<IClock>() ?? throw new InvalidOperationException("PartnerRulesStore needs the clock and policy of AddPartnerRules: call services.AddPartnerRules(...) too."),
            provider.GetService<PolicySchedule>() ?? throw new InvalidOperationException("PartnerRulesStore needs the clock and policy of AddPartnerRules: call services.AddPartnerRules(...) too."),
            provider.GetService<ILoggerFactory>()));
        services.TryAddSingleton<ILifecycleStore>(provider => provider.GetRequiredService<PartnerRulesStore>());
        return services;
    }

    /// <summary>
    /// Registers the deadline sweeper: <see cref="PartnerRulesSweeper"/>, a hosted service running it at
    /// <see cref="PartnerRulesSweeperOptions.Interval"/>, and <see cref="PartnerRulesSweeperHealthCheck"/>. The host
    /// registers its <see cref="IOverdueObligationHandler"/> and the store (<see cref="AddPartnerRulesStore"/>).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Interval, batch size, claim duration, actor; null for the defaults.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IServiceCollection AddPartnerRulesDeadlines(this IServiceCollection services, Action<PartnerRulesSweeperOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new PartnerRulesSweeperOptions();
        configure?.Invoke(options);
        options.Validate();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new PartnerRulesSweeper(provider.GetRequiredService<PartnerRulesStore>(),
            provider.GetRequiredService<IOverdueObligationHandler>(), options));
        services.TryAddSingleton<PartnerRulesSweeperHealthCheck>();
        services.AddSingleton<IHostedService>(provider => new PartnerRulesSweeperService(provider.GetRequiredService<PartnerRulesSweeper>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetService<ILogger<PartnerRulesSweeperService>>()));
        return services;
    }
}
