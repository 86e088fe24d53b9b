using NodaTime;
using NodaTime.Text;

namespace PartnerRules.Cli;

/// <summary>Reads --as-of: a date is the end of that local day in the programme zone; an ISO instant needs its offset.</summary>
internal static class AsOf
{
    internal static bool TryParse(string text, DateTimeZone zone, out Instant instant)
    {
        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success)
        {
            // The last instant of the day, so the decision's local date is still the date given.
            instant = zone.AtStartOfDay(date.Value.PlusDays(1)).ToInstant() - Duration.Epsilon;
            return true;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        instant = offset.Success ? offset.Value.ToInstant() : default;
        return offset.Success;
    }
}
