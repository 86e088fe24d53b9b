using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Testing;

namespace PartnerRules.Tests.DependencyInjection;

public sealed class AddPartnerRulesTests
{
    [Fact]
    public void The_engine_is_one_singleton_with_the_configured_policy()
    {
        var policy = ProgramPolicy.Default with { RequiredDeliveredPos = 4 };
        using var provider = new ServiceCollection().AddPartnerRules(o => o.Policy = policy).BuildServiceProvider();

        var engine = provider.GetRequiredService<IPartnerRulesEngine>();

        Assert.Same(engine, provider.GetRequiredService<IPartnerRulesEngine>());
        Assert.Equal(4, Assert.IsType<PartnerRulesEngine>(engine).Policy.RequiredDeliveredPos);
        Assert.Same(policy, provider.GetRequiredService<ProgramPolicy>());
    }

    [Fact]
    public void The_system_clock_is_registered_only_when_the_host_has_none()
    {
        using var bare = new ServiceCollection().AddPartnerRules().BuildServiceProvider();
        var fake = new FakeClock(TestDefaults.AsOf);
        using var hosted = new ServiceCollection().AddSingleton<IClock>(fake).AddPartnerRules().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, bare.GetRequiredService<IClock>());
        Assert.Same(fake, hosted.GetRequiredService<IClock>());
        Assert.Same(fake, hosted.GetRequiredService<PartnerRulesLifecycles>().Clock);
    }

    [Fact]
    public void An_invalid_policy_fails_at_registration_listing_every_problem()
    {
        var services = new ServiceCollection();

        var ex = Assert.Throws<ArgumentException>(() => services.AddPartnerRules(o => o.Policy = ProgramPolicy.Default with { RequiredDeliveredPos = 0, StaffLinkPartnerLimit = -1 }));

        Assert.Contains("RequiredDeliveredPos", ex.Message, StringComparison.Ordinal);
        Assert.Contains("StaffLinkPartnerLimit", ex.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void A_null_policy_or_collection_is_rejected()
    {
        Assert.Equal("configure", Assert.Throws<ArgumentException>(() => new ServiceCollection().AddPartnerRules(o => o.Policy = null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddPartnerRules()).ParamName);
    }

    [Fact]
    public void Decisions_are_logged_at_debug_with_codes_and_never_the_account()
    {
        var logs = new CollectingLoggerProvider();
        using var provider = CollectingLoggerProvider.Host(logs);
        var engine = provider.GetRequiredService<IPartnerRulesEngine>();
        var account = new PersonalAccountBuilder().WithId("13800138000").EnterpriseVerified().Build();

        engine.EvaluateHoEligibility(new PartnerProfileBuilder().WithId("P-77").PceMember(false).Build(), TestDefaults.AsOf);
        engine.EvaluateStaffLink(new PartnerId("P-77"), account, TestDefaults.AsOf);
        engine.EvaluateIncentive(new IncentiveClaimBuilder().ForPartner("P-77").WithMonthlySpend(6, 1_000m).Build());

        var events = logs.Events.Where(e => e.Category == typeof(PartnerRulesEngine).FullName).ToList();
        Assert.Equal(["HoEligibilityDecided", "StaffLinkDecided", "IncentiveDecided"], events.Select(e => e.Id.Name));
        Assert.All(events, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.Equal("P-77", events[0].State["PartnerId"]);
        Assert.Equal(false, events[0].State["IsApproved"]);
        Assert.Contains("HO.PCE_MEMBER", (string)events[0].State["FailedCodes"]!, StringComparison.Ordinal);
        Assert.Contains("STAFF.NOT_ENTERPRISE_VERIFIED", (string)events[1].State["FailedCodes"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Events, e => e.Message.Contains("13800138000", StringComparison.Ordinal)
            || e.State.Values.Any(v => v?.ToString()?.Contains("13800138000", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Lifecycles_from_the_factory_log_each_transition_without_reasons_or_customers()
    {
        var logs = new CollectingLoggerProvider();
        var clock = new FakeClock(TestDefaults.AsOf);
        using var provider = CollectingLoggerProvider.Host(logs, clock);
        var lifecycles = provider.GetRequiredService<PartnerRulesLifecycles>();

        var invoiceReturn = lifecycles.RequestInvoiceReturn(new InvoiceId("INV-1"), InvoiceKind.ElectronicOrdinary);
        invoiceReturn.Fire(InvoiceReturnTrigger.Reject, "Customer Zhang San, phone 13800138000");
        var association = lifecycles.InviteCustomer(new PartnerId("P-1"), AssociationMode.Resale);
        association.Associate(new CustomerAccount(new AccountId("C-SECRET"), TestDefaults.AsOf));

        var events = logs.Events.Where(e => e.Category == "PartnerRules.Lifecycles").ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(LogLevel.Information, e.Level));
        Assert.Equal("InvoiceReturn INV-1: Requested -> Rejected by Reject, version 1", events[0].Message);
        Assert.Equal("CustomerAssociation P-1: Invited -> AwaitingSignature by Associate, version 1", events[1].Message);
        Assert.DoesNotContain(events, e => e.Message.Contains("Zhang", StringComparison.Ordinal) || e.Message.Contains("C-SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void The_factory_stamps_with_its_clock_and_restores_snapshots()
    {
        var clock = new FakeClock(TestDefaults.AsOf);
        var lifecycles = new PartnerRulesLifecycles(clock);
        var draft = lifecycles.CreateDraft(new OpportunityId("O-1"));
        clock.AdvanceDays(1);
        draft.Fire(OpportunityTrigger.Withdraw);

        var restored = lifecycles.Restore(draft.ToSnapshot());

        Assert.Equal(TestDefaults.AsOf + Duration.FromDays(1), restored.History[0].At);
        Assert.Equal(OpportunityState.Withdrawn, restored.State);
        Assert.Same(ProgramPolicy.Default, lifecycles.Policy);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new PartnerRulesLifecycles(null!)).ParamName);
    }
}
