using System;
using NodaTime;

namespace PartnerRules;

/// <summary>A version of the programme policy and the day it takes effect.</summary>
/// <param name="EffectiveFrom">The first local date (programme zone) on which <paramref name="Policy"/> is in force.</param>
/// <param name="Policy">The version; its <see cref="ProgramPolicy.Version"/> names it.</param>
/// <remarks>Immutable. It is in force until the next version of its <see cref="PolicySchedule"/> takes effect.</remarks>
public sealed record ScheduledPolicy(LocalDate EffectiveFrom, ProgramPolicy Policy)
{
    private readonly LocalDate _effectiveFrom = IsoDate(EffectiveFrom, nameof(EffectiveFrom));
    private readonly ProgramPolicy _policy = Policy ?? throw new ArgumentNullException(nameof(Policy), "A scheduled version needs its policy; null was given.");

    /// <summary>The first local date on which the version is in force (ISO calendar).</summary>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    public LocalDate EffectiveFrom
    {
        get => _effectiveFrom;
        init => _effectiveFrom = IsoDate(value, nameof(EffectiveFrom));
    }

    /// <summary>The version's policy.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ProgramPolicy Policy
    {
        get => _policy;
        init => _policy = value ?? throw new ArgumentNullException(nameof(Policy), "A scheduled version needs its policy; null was given.");
    }

    private static LocalDate IsoDate(LocalDate date, string paramName) =>
        date.Calendar == CalendarSystem.Iso
            ? date
            : throw new ArgumentException($"An effective date must be in the ISO calendar, not {date.Calendar.Id}.", paramName);
}
