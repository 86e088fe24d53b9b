using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Testing;
using PartnerRules.Tests.DependencyInjection;

namespace PartnerRules.Tests.Reliability;

/// <summary>
/// DOMAIN.md §8: nothing that touches personal data or tokens may log, serialise into an error or
/// show them. Inputs below carry a name, a phone number, a token and a customer name; no exception
/// message and no log event may contain any of them.
/// </summary>
public sealed class PrivacyTests
{
    private const string Phone = "13800138000";
    private const string PersonName = "张伟 Zhang Wei";
    private const string Token = "MIIEhgYJKoZIhvcNAQcCoIIEdzCCBHMCAQExDTALBglghkgBZQME";
    private const string CustomerName = "北京星河科技 Xinghe Tech";

    private static readonly string[] Secrets = [Phone, PersonName, Token, CustomerName, "Zhang", "Xinghe"];

    [Fact]
    public void No_exception_message_or_log_event_carries_personal_data_or_tokens()
    {
        var logs = new CollectingLoggerProvider();
        var clock = new FakeClock(TestDefaults.AsOf);
        using var provider = CollectingLoggerProvider.Host(logs, clock);
        var engine = provider.GetRequiredService<IPartnerRulesEngine>();
        var lifecycles = provider.GetRequiredService<PartnerRulesLifecycles>();
        var messages = new List<string>();

        void Capture(Action action)
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                for (var e = ex; e is not null; e = e.InnerException)
                {
                    messages.Add(e.ToString());
                }
            }
        }

        var account = new PersonalAccountBuilder().WithId(Phone).EnterpriseVerified().PartnerAccount()
            .LinkedTo("P-2", TestDefaults.AsOf - Duration.FromDays(30)).Build();
        engine.EvaluateStaffLink(new PartnerId("P-1"), account, TestDefaults.AsOf);
        Capture(() => engine.EvaluateStaffLink(new PartnerId("P-1"), account with
        {
            Links = [new PartnerLink(new PartnerId("P-2"), TestDefaults.AsOf) { UnlinkedAt = TestDefaults.AsOf - Duration.FromDays(1) }],
        }, TestDefaults.AsOf));
        Capture(() => engine.EvaluateStaffLink(default, account, TestDefaults.AsOf));

        var draft = lifecycles.CreateDraft(new OpportunityId("O-1"));
        draft.Edit(draft.Form with { CustomerName = CustomerName, CloudServices = [Token] });
        Capture(() => draft.Fire(OpportunityTrigger.Submit));
        Capture(() => draft.Fire(OpportunityTrigger.Win));
        draft.Edit(draft.Form with { ContactedLocalSalesTeam = false, EstimatedValue = Money.Cny(1m), ExpectedCloseDate = new LocalDate(2026, 12, 1) });
        draft.Fire(OpportunityTrigger.Submit);
        clock.AdvanceHours(1);
        draft.Fire(OpportunityTrigger.Reject, $"{PersonName} at {Phone} said no; token {Token}");
        Capture(() => draft.Fire(OpportunityTrigger.Reject, PersonName));
        Capture(() => draft.Edit(draft.Form with { CustomerName = PersonName }));
        var snapshot = draft.ToSnapshot();
        Capture(() => OpportunityLifecycle.Restore(snapshot with { Version = 7 }, clock));
        Capture(() => OpportunityLifecycle.Restore(snapshot with { History = [snapshot.History[1], snapshot.History[0]] }, clock));

        var association = lifecycles.InviteCustomer(new PartnerId("P-1"), AssociationMode.Resale);
        Capture(() => association.Associate(new CustomerAccount(new AccountId(Phone), TestDefaults.AsOf - Duration.FromDays(30))));
        Capture(() => association.Associate(new CustomerAccount(new AccountId(Phone), TestDefaults.AsOf + Duration.FromDays(30))));
        association.Associate(new CustomerAccount(new AccountId(Phone), TestDefaults.AsOf - Duration.FromDays(1)));
        Capture(() => association.Associate(new CustomerAccount(new AccountId(Phone), TestDefaults.AsOf)));
        Capture(() => CustomerAssociationLifecycle.Restore(association.ToSnapshot() with { Version = 0 }, clock));

        var invoice = lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary);
        invoice.Fire(InvoiceReturnTrigger.Reject, $"{PersonName} {Phone}");
        Capture(() => invoice.Fire(InvoiceReturnTrigger.Reject, Token));

        Assert.Contains(PersonName, snapshot.History[^1].Reason, StringComparison.Ordinal); // the data did flow through
        Assert.NotEmpty(messages);
        Assert.NotEmpty(logs.Events);
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(messages, m => m.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(logs.Events, e => e.Message.Contains(secret, StringComparison.Ordinal)
                || e.State.Values.Any(v => v?.ToString()?.Contains(secret, StringComparison.Ordinal) == true));
        }
    }
}
