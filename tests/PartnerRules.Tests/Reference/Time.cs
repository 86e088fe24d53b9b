using NodaTime;

namespace PartnerRules.Tests.Reference;

/// <summary>Explicit instants for tests: never the wall clock.</summary>
internal static class Time
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Local date and time in the programme zone (Asia/Shanghai, UTC+8).</summary>
    public static Instant Local(int year, int month, int day, int hour = 12, int minute = 0, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(Shanghai).ToInstant();

    /// <summary>A UTC instant: the programme's midnight is 16:00 UTC.</summary>
    public static Instant Utc(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        Instant.FromUtc(year, month, day, hour, minute, second);

    /// <summary>The last instant of local date <paramref name="date"/>: evaluating "on D".</summary>
    public static Instant EndOf(LocalDate date) =>
        Shanghai.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon;

    public static LocalDate Date(int year, int month, int day) => new(year, month, day);
}
