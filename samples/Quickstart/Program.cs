// PartnerRules quickstart: one partner's year in the Huawei Cloud partner programme, told on the
// library's embedded defaults (ProgramPolicy.Default, BusinessCalendar.China).
//
// Time is a story clock that the sample moves by hand, so the output is the same on every run.
using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using PartnerRules;

var zone = ProgramPolicy.Default.TimeZone;
var clock = new StoryClock(At(2026, 1, 12, 10, 0));
var engine = new PartnerRulesEngine(new PartnerRulesOptions { Culture = CultureInfo.GetCultureInfo("en") });
var partnerId = new PartnerId("P-1001");

Title("1. Partner-originated opportunities (PO) through their lifecycle");
var records = new System.Collections.Generic.List<OpportunityRecord>();
(string Id, LocalDateTime Start, LocalDateTime Delivered)[] projects =
[
    ("PO-2026-001", new(2026, 1, 12, 10, 0), new(2026, 4, 20, 15, 0)),
    ("PO-2026-002", new(2026, 3, 2, 9, 30), new(2026, 7, 15, 11, 0)),
    ("PO-2026-003", new(2026, 6, 8, 14, 0), new(2026, 9, 18, 17, 0)),
];
foreach (var (id, start, delivered) in projects)
{
    clock.Now = start.InZoneLeniently(zone).ToInstant();
    var po = OpportunityLifecycle.CreateDraft(new OpportunityId(id), clock);
    po.Edit(po.Form with { CustomerName = "Jiangnan Logistics", CloudServices = ["ECS", "RDS"] });
    if (id == "PO-2026-001")
    {
        try
        {
            po.Fire(OpportunityTrigger.Submit);
        }
        catch (InvalidTransitionException refused)
        {
            Console.WriteLine($"  {id}: Submit refused while the form is incomplete:");
            foreach (var finding in refused.Findings)
            {
                Console.WriteLine($"    - {finding.Code}: {finding.Message}");
            }
        }
    }

    po.Edit(po.Form with
    {
        ContactedLocalSalesTeam = true,
        EstimatedValue = Money.Cny(480_000m),
        ExpectedCloseDate = delivered.Date,
    });
    po.Fire(OpportunityTrigger.Submit);
    clock.Advance(Duration.FromDays(2));
    po.Fire(OpportunityTrigger.Approve);
    clock.Advance(Duration.FromDays(20));
    po.Fire(OpportunityTrigger.Win);
    clock.Now = delivered.InZoneLeniently(zone).ToInstant();
    po.Fire(OpportunityTrigger.Deliver);
    records.Add(po.ToRecord());
    Console.WriteLine($"  {id}: {string.Join(" -> ", Steps(po))}; delivered {Date(po.ToRecord().DeliveredAt!.Value)}");
}

Title("2. HO eligibility on 2026-11-29");
var asOf = At(2026, 11, 29, 10, 0);
clock.Now = asOf;
var partner = new PartnerProfile(partnerId, PartnerStage.Certified, IsPceMember: true) { Opportunities = records };
var ho = engine.EvaluateHoEligibility(partner, asOf);
Print(ho);

Title("3. An HO offer, accepted");
var offer = OpportunityLifecycle.Offer(new OpportunityId("HO-2026-117"), ho, clock);
clock.Advance(Duration.FromHours(3));
offer.Fire(OpportunityTrigger.Accept);
Console.WriteLine($"  HO-2026-117: {string.Join(" -> ", Steps(offer))}; now {offer.State}, version {offer.Version}");

Title("4. Linking an employee as project specialist");
var employee = new PersonalAccount(new AccountId("A-3399"), Site.China)
{
    IsRealNameVerified = true,
    Links =
    [
        new PartnerLink(new PartnerId("P-0201"), At(2025, 12, 1, 9, 0)) { UnlinkedAt = At(2026, 2, 27, 9, 0) },
        new PartnerLink(new PartnerId("P-0388"), At(2026, 3, 2, 9, 0)) { UnlinkedAt = At(2026, 6, 30, 9, 0) },
        new PartnerLink(new PartnerId("P-0412"), At(2026, 7, 1, 9, 0)) { UnlinkedAt = At(2026, 11, 2, 9, 0) },
    ],
};
var link = engine.EvaluateStaffLink(partnerId, employee, asOf);
Print(link);

Title("5. First commercial project incentive, new customer");
var claim = new IncentiveClaim(partnerId, IncentiveKind.FirstCommercialProject, CustomerType.New)
{
    MonthlySpend = [Money.Cny(42_000m), Money.Cny(55_500m), Money.Cny(61_000m), Money.Cny(58_250m), Money.Cny(66_000m), Money.Cny(71_300m)],
};
var incentive = engine.EvaluateIncentive(claim);
Print(incentive);
Console.WriteLine($"  payable {incentive.Payable} (cap {incentive.Cap}, capped: {incentive.IsCapped})");

Title("6. Returning a paper invoice across Golden Week");
clock.Now = At(2026, 9, 28, 11, 0);
var invoiceReturn = InvoiceReturnLifecycle.Request(new InvoiceId("INV-88123"), InvoiceKind.PaperOrdinary, clock);
clock.Now = At(2026, 9, 30, 15, 0);
invoiceReturn.Fire(InvoiceReturnTrigger.ReceiveOriginal);
var deadline = invoiceReturn.Deadline!;
Console.WriteLine($"  original received 2026-09-30; {deadline.Obligation}: expected from {deadline.ExpectedFrom:uuuu-MM-dd}, due on {deadline.DueOn:uuuu-MM-dd} (a working Saturday)");
Console.WriteLine($"  overdue on 2026-10-10 at 23:00? {deadline.IsOverdue(At(2026, 10, 10, 23, 0))}; on 2026-10-11 at 00:00? {deadline.IsOverdue(At(2026, 10, 11, 0, 0))}");

Title("7. A customer association through an offline invitation (zh-CN)");
clock.Now = asOf;
var association = CustomerAssociationLifecycle.Invite(partnerId, AssociationMode.Resale, clock);
var previous = CultureInfo.CurrentUICulture;
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
try
{
    association.Associate(new CustomerAccount(new AccountId("C-5521"), At(2026, 11, 19, 9, 0)));
}
catch (InvalidTransitionException refused)
{
    Console.WriteLine($"  account created 2026-11-19 refused: {refused.Findings[0].Code}");
    Console.WriteLine($"  {refused.Findings[0].Message}");
}
finally
{
    CultureInfo.CurrentUICulture = previous;
}

Console.WriteLine($"  the invitation is still {association.State}");

Title("8. A scheduled policy change on 1 January");
// Two versions by effective date, as in samples/policies/schedule.json: from 2027 a certified partner needs 4 delivered POs.
var schedule = new PolicySchedule(
[
    new ScheduledPolicy(new LocalDate(2026, 1, 1), ProgramPolicy.Default with { Version = "2026" }),
    new ScheduledPolicy(new LocalDate(2027, 1, 1), ProgramPolicy.Default with { Version = "2027", RequiredDeliveredPos = 4 }),
]);
var scheduled = new PartnerRulesEngine(new PartnerRulesOptions { Schedule = schedule, Culture = CultureInfo.GetCultureInfo("en") });
var updated = partner with { Opportunities = [.. records.Select(r => r with { LastUpdatedAt = At(2026, 12, 20, 9, 0) })] };
foreach (var day in new[] { At(2026, 12, 31, 23, 59), At(2027, 1, 1, 0, 0) })
{
    var decision = scheduled.EvaluateHoEligibility(updated, day);
    Console.WriteLine($"  {day.InZone(zone).LocalDateTime.ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)}, decided by version {decision.PolicyVersion}:");
    Print(decision);
}

return 0;

Instant At(int year, int month, int day, int hour, int minute) =>
    new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(zone).ToInstant();

string Date(Instant instant) => instant.InZone(zone).Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

static void Title(string text) => Console.WriteLine($"\n{text}");

static System.Collections.Generic.IEnumerable<string> Steps<TState, TTrigger>(ILifecycle<TState, TTrigger> lifecycle)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    if (lifecycle.History.Count > 0)
    {
        yield return lifecycle.History[0].From.ToString();
    }

    foreach (var step in lifecycle.History)
    {
        yield return step.To.ToString();
    }
}

static void Print(Decision decision)
{
    Console.WriteLine($"  approved: {decision.IsApproved}; changes on: {decision.ChangesOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "never by time alone"}");
    foreach (var finding in decision.Findings)
    {
        Console.WriteLine($"    [{(finding.Passed ? "pass" : "FAIL")}] {finding.Code}: {finding.Message}");
    }
}

/// <summary>A clock the story moves by hand.</summary>
internal sealed class StoryClock(Instant start) : IClock
{
    public Instant Now { get; set; } = start;

    public Instant GetCurrentInstant() => Now;

    public void Advance(Duration duration) => Now += duration;
}
