// A consumer of the packed PartnerRules packages: compiled and run by the package tests.
using System.Text.Json;
using NodaTime;
using PartnerRules;

var calendar = BusinessCalendar.China;
Console.WriteLine($"calendar: {calendar.AddBusinessDays(new LocalDate(2026, 9, 30), 3):uuuu-MM-dd}");

var policy = ProgramPolicy.Default;
Console.WriteLine($"policy: {policy.TimeZone.Id} {policy.RequiredDeliveredPos}");

var options = PartnerRulesJson.CreateOptions();
var record = new OpportunityRecord(new OpportunityId("O-1"), OpportunityOrigin.PartnerOriginated, Instant.FromUtc(2026, 11, 29, 16, 0));
Console.WriteLine($"json: {JsonSerializer.Serialize(record, options)}");

try
{
    calendar.IsBusinessDay(new LocalDate(2027, 1, 4));
}
catch (CalendarDataMissingException ex)
{
    Console.WriteLine($"missing: {ex.Year}");
}
