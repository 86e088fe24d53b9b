using System;
using System.Linq;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.DependencyInjection;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>Batches split into chunks without losing or inventing partners, every decision is logged, and bad input is named.</summary>
public sealed class EngineContractTests
{
    private static readonly Instant AsOf = Time.Local(2026, 11, 29, 10);

    [Theory]
    [InlineData(PartnerRulesEngine.BatchChunkSize - 1)]
    [InlineData(PartnerRulesEngine.BatchChunkSize)]
    [InlineData(PartnerRulesEngine.BatchChunkSize + 1)]
    public void A_batch_around_the_chunk_size_gives_one_decision_per_partner_in_order(int count)
    {
        var partners = Enumerable.Range(0, count)
            .Select(i => new PartnerProfile(new PartnerId($"P-{i}"), i % 3 == 0 ? PartnerStage.Registered : PartnerStage.Differentiated, i % 2 == 0))
            .ToArray();

        var batch = Engines.English.EvaluateHoEligibility(partners, AsOf);

        Assert.Equal(partners.Select(p => Engines.English.EvaluateHoEligibility(p, AsOf)), batch);
    }

    [Fact]
    public void A_batch_logs_one_decision_per_partner()
    {
        var logs = new CollectingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var engine = new PartnerRulesEngine(null, factory.CreateLogger<PartnerRulesEngine>());

        engine.EvaluateHoEligibility(
            [new PartnerProfile(new PartnerId("P-1"), PartnerStage.Registered, false), new PartnerProfile(new PartnerId("P-2"), PartnerStage.Certified, true)],
            AsOf);

        Assert.Equal(["P-1", "P-2"], logs.Events.Where(e => e.Id.Name == "HoEligibilityDecided").Select(e => e.State["PartnerId"]?.ToString()));
    }

    [Fact]
    public void A_refusal_names_every_other_partner_the_account_is_linked_to()
    {
        var account = Account(Link("P-2", Time.Local(2026, 5, 1)), Link("P-3", Time.Local(2026, 6, 1)), Link("P-2", Time.Local(2026, 7, 1)));

        var decision = Engines.English.EvaluateStaffLink(Inviting, account, AsOf);

        Assert.Equal(new Finding(FindingCodes.StaffNotLinkedElsewhere, false, "Already linked to another partner: P-2, P-3.") { Count = 2 }, decision.Findings[1]);
    }

    [Fact]
    public void Bad_engine_input_is_named_with_what_to_pass()
    {
        var engine = Engines.English;

        Assert.Equal(
            "A list of partner profiles is required (it may be empty). (Parameter 'partners')",
            Assert.Throws<ArgumentNullException>(() => engine.EvaluateHoEligibility((System.Collections.Generic.IReadOnlyList<PartnerProfile>)null!, AsOf)).Message);
        Assert.StartsWith(
            "The inviting partner is default(PartnerId); pass the partner's id.",
            Assert.Throws<ArgumentException>(() => engine.EvaluateStaffLink(default, Account(), AsOf)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "A personal account is required.",
            Assert.Throws<ArgumentNullException>(() => engine.EvaluateStaffLink(Inviting, null!, AsOf)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Links[1] has Partner default(PartnerId); set the partner's id.",
            Assert.Throws<ArgumentException>(() => engine.EvaluateStaffLink(Inviting, Account(Link("P-2", AsOf), new PartnerLink(default, AsOf)), AsOf)).Message,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "The claim's CommitteeApprovedAmount is default(Money), which has no currency; create it with new Money(amount, currency).",
            Assert.Throws<ArgumentException>(() => engine.EvaluateIncentive(
                new IncentiveClaim(Inviting, IncentiveKind.Acceleration, CustomerType.Existing) { CommitteeApprovedAmount = default(Money) })).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_lifecycle_factory_refuses_an_invalid_policy() =>
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() =>
            new PartnerRulesLifecycles(new FakeClock(AsOf), ProgramPolicy.Default with { StaffLinkPartnerLimit = 0 })).ParamName);
}
