using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Testing;

namespace PartnerRules.Tests.Reliability;

/// <summary>
/// The suite's key scenarios give the same results whatever the current culture: Turkish (the
/// dotted and dotless i), Arabic (Saudi Arabia: Um Al-Qura calendar, Arabic digits) and invariant.
/// Messages are English unless zh-CN is chosen, so only the formatting culture may differ.
/// </summary>
public sealed class CultureIndependenceTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Key_results_do_not_depend_on_the_current_culture(string culture) =>
        Assert.Equal(Under(CultureInfo.InvariantCulture, Scenario), Under(new CultureInfo(culture), Scenario));

    private static string Under(CultureInfo culture, Func<string> scenario)
    {
        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return scenario();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    private static string Scenario()
    {
        var text = new StringBuilder();
        var engine = new PartnerRulesEngine();
        var asOf = TestDefaults.AsOf;
        var partner = new PartnerProfileBuilder().WithId("İSTANBUL-i").WithPoUpdatedAt(asOf - Duration.FromDays(3))
            .WithDeliveredPo(asOf - Duration.FromDays(40)).WithDeliveredPo(asOf - Duration.FromDays(300)).Build();
        Append(text, engine.EvaluateHoEligibility(partner, asOf));
        Append(text, engine.EvaluateStaffLink(new PartnerId("P-1"), new PersonalAccountBuilder().LinkedTo("P-2", asOf - Duration.FromDays(200), asOf - Duration.FromDays(100))
            .LinkedTo("P-3", asOf - Duration.FromDays(90), asOf - Duration.FromDays(50)).LinkedTo("P-4", asOf - Duration.FromDays(40), asOf - Duration.FromDays(10)).Build(), asOf));
        var incentive = engine.EvaluateIncentive(new IncentiveClaimBuilder().WithMonthlySpend(6, 61_234.56m).Build());
        Append(text, incentive);
        text.AppendLine(incentive.Payable.ToString()).AppendLine(Money.Cny(1234.5m).ToString());

        var clock = new FakeClock(Instant.FromUtc(2026, 9, 30, 7, 0));
        var invoiceReturn = InvoiceReturnLifecycle.Request(new InvoiceId("INV-i"), InvoiceKind.PaperOrdinary, clock);
        invoiceReturn.Fire(InvoiceReturnTrigger.ReceiveOriginal);
        text.AppendLine(invoiceReturn.Deadline!.ToString());
        try
        {
            invoiceReturn.Fire(InvoiceReturnTrigger.ConfirmRedLetter);
        }
        catch (InvalidTransitionException ex)
        {
            text.AppendLine(ex.Message);
        }

        // A fixed key: every lifecycle a factory makes gets a new random one.
        text.AppendLine(JsonSerializer.Serialize(invoiceReturn.ToSnapshot() with { Key = new LifecycleKey("return-1") }, PartnerRulesJson.CreateOptions()));
        text.AppendLine(BusinessCalendar.China.AddBusinessDays(new LocalDate(2026, 2, 13), 1).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        text.AppendLine(string.Join("; ", ProgramPolicy.Default.GetProblems()));
        return text.ToString();
    }

    private static void Append(StringBuilder text, Decision decision) =>
        text.AppendLine(decision.IsApproved + " " + decision.ChangesOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
            .AppendLine(string.Join("\n", decision.Findings.Select(f => $"{f.Code} {f.Passed} {f.Message}")));
}
