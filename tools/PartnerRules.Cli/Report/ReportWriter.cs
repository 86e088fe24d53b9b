using System.Globalization;
using NodaTime;
using PartnerRules.Cli.Output;

namespace PartnerRules.Cli.Report;

internal static class ReportWriter
{
    internal static void Write(string path, HoDocument document, DateTimeZone zone, int changesWithinDays, CultureInfo culture)
    {
        System.IO.File.WriteAllText(path, "todo");
    }
}
