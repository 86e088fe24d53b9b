using System;
using System.Linq;
using NodaTime;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Policy;

/// <summary>
/// Every kind of snapshot made under the single default policy (named "default") restores under a schedule as a
/// lifecycle of the version in force on its creation date, and only the five snapshot records restore.
/// </summary>
public sealed class RestoreUnderScheduleTests
{
    private static readonly ProgramPolicy V2026 = ProgramPolicy.Default with { Version = "2026" };
    private static readonly PolicySchedule Schedule = new([new(new LocalDate(2026, 1, 1), V2026), new(new LocalDate(2027, 1, 1), ProgramPolicy.Default with { Version = "2027" })]);

    [Fact]
    public void A_snapshot_named_default_restores_under_the_version_in_force_when_it_was_created()
    {
        var clock = ClockAtLocal(2026, 12, 30);
        var unscheduled = new PartnerRulesLifecycles(clock, ProgramPolicy.Default);
        var approved = new IncentiveDecision(true, FindingCodes.Incentive.Select(c => new Finding(c, true, "ok")).ToArray(), Money.Cny(50_000m), null, false);
        ILifecycleSnapshot[] snapshots =
        [
            unscheduled.CreateDraft(new OpportunityId("O-1")).ToSnapshot(),
            unscheduled.RequestInvoiceReturn(new InvoiceId("I-1"), InvoiceKind.PaperOrdinary).ToSnapshot(),
            unscheduled.InviteCustomer(new PartnerId("P-1"), AssociationMode.Resale).ToSnapshot(),
            unscheduled.StartSettlement(new OpportunityId("O-2"), new PartnerId("P-1"), approved).ToSnapshot(),
            unscheduled.InviteSpecialist(new PartnerId("P-1"), new AccountId("138 0000 8000"), 0).ToSnapshot(),
        ];
        clock.Reset(Local(2027, 2, 1));
        var scheduled = new PartnerRulesLifecycles(clock, Schedule);

        foreach (var snapshot in snapshots)
        {
            Assert.Equal("default", snapshot.PolicyVersion);
            var restored = scheduled.Restore(snapshot);
            Assert.Equal("2026", restored.PolicyVersion);
            Assert.Equal("2026", restored.ToSnapshot().PolicyVersion);
            Assert.Equal(snapshot.Key, restored.Key);
        }
    }

    [Fact]
    public void A_snapshot_of_another_type_is_refused_by_name()
    {
        var lifecycles = new PartnerRulesLifecycles(ClockAtLocal(2026, 12, 30), Schedule);

        var error = Assert.Throws<ArgumentException>(() => lifecycles.Restore(new ForeignSnapshot()));

        Assert.Equal("snapshot", error.ParamName);
        Assert.Equal("ForeignSnapshot is not a PartnerRules snapshot: only the five snapshot records restore. (Parameter 'snapshot')", error.Message);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => lifecycles.Restore((ILifecycleSnapshot)null!)).ParamName);
    }

    private sealed class ForeignSnapshot : ILifecycleSnapshot
    {
        public LifecycleKey Key => new("foreign");

        public LifecycleKind Kind => LifecycleKind.Opportunity;

        public long Revision => 1;

        public long Version => 1;

        public string StateName => "Draft";

        public Instant CreatedAt => Instant.FromUtc(2026, 1, 1, 0, 0);

        public Instant LastChangedAt => CreatedAt;

        public string? PolicyVersion => null;
    }
}
