// A consumer of the packed PartnerRules packages: compiled and run by the package tests.
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
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

// The engine and the lifecycles, from the packages, with their zh-CN resources.
var asOf = Instant.FromUtc(2026, 11, 29, 2, 0);
var engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN") });
var ho = engine.EvaluateHoEligibility(new PartnerProfile(new PartnerId("P-1"), PartnerStage.Registered, true), asOf);
Console.WriteLine($"ho: {ho.IsApproved} {string.Join(",", ho.Findings.Select(f => f.Code + "=" + f.Passed))}");
Console.WriteLine($"ho-zh: {ho.Findings[0].Message}");

System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("zh-CN");
var clock = new FixedClock(asOf);
var association = CustomerAssociationLifecycle.Invite(new PartnerId("P-1"), AssociationMode.Resale, clock);
try
{
    association.Associate(new CustomerAccount(new AccountId("C-1"), asOf - Duration.FromDays(8)));
}
catch (InvalidTransitionException ex)
{
    Console.WriteLine($"association: {ex.Findings[0].Code} {ex.Findings[0].Message}");
}

var services = new ServiceCollection().AddPartnerRules();
Console.WriteLine($"di: {services.Count > 0}");

internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
