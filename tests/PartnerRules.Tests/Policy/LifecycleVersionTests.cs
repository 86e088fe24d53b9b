using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Policy;

/// <summary>
/// A lifecycle runs under the version in force on the day it was created, for its whole life: it keeps the name, its
/// snapshot stores it, Restore finds that version again (or refuses a name it cannot find), and deadlines listed from
/// stored snapshots use each snapshot's own version.
/// </summary>
public sealed class LifecycleVersionTests
{
    private static readonly ProgramPolicy V2026 = ProgramPolicy.Default with { Version = "2026" };
    private static readonly ProgramPolicy V2027 = ProgramPolicy.Default with { Version = "2027", ElectronicReturnDays = ProgramPolicy.Default.ElectronicReturnDays + 10 };
    private static readonly PolicySchedule Schedule = new([new(new LocalDate(2026, 1, 1), V2026), new(new LocalDate(2027, 1, 1), V2027)]);

    [Fact]
    public void A_lifecycle_names_the_policy_it_was_created_under_and_its_snapshot_keeps_the_name()
    {
        var clock = ClockAtLocal(2026, 12, 30);

        Assert.Equal("default", OpportunityLifecycle.CreateDraft(Opp, clock).PolicyVersion);
        Assert.Equal("2026", InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.ElectronicOrdinary, clock, V2026).PolicyVersion);
        Assert.Equal("2026", CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock, V2026).ToSnapshot().PolicyVersion);
        Assert.Equal("2026", new PartnerRulesLifecycles(clock, Schedule).InviteSpecialist(Partner, Account, 0).PolicyVersion);
    }

    [Fact]
    public void An_electronic_return_requested_under_2026_keeps_its_2026_deadline_when_restored_in_2027()
    {
        var clock = ClockAtLocal(2026, 12, 30);
        var lifecycles = new PartnerRulesLifecycles(clock, Schedule);
        var stored = lifecycles.RequestInvoiceReturn(Invoice, InvoiceKind.ElectronicOrdinary).ToSnapshot();
        clock.Reset(Local(2027, 1, 5));

        var restored = lifecycles.Restore(stored);
        var requestedIn2027 = lifecycles.RequestInvoiceReturn(new InvoiceId("INV-2"), InvoiceKind.ElectronicOrdinary);

        Assert.Equal("2026", restored.PolicyVersion);
        Assert.Equal(new LocalDate(2026, 12, 30).PlusDays(V2026.ElectronicReturnDays), restored.Deadline!.DueOn);
        Assert.Equal("2027", requestedIn2027.PolicyVersion);
        Assert.Equal(new LocalDate(2027, 1, 5).PlusDays(V2027.ElectronicReturnDays), requestedIn2027.Deadline!.DueOn);
    }

    [Fact]
    public void A_snapshot_without_a_name_or_named_default_runs_under_the_version_in_force_on_its_creation_date()
    {
        var clock = ClockAtLocal(2026, 12, 30);
        var legacy = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.ElectronicOrdinary, clock).ToSnapshot() with { PolicyVersion = null };
        var underDefault = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.ElectronicOrdinary, clock).ToSnapshot();
        clock.Reset(Local(2027, 2, 1));
        var lifecycles = new PartnerRulesLifecycles(clock, Schedule);

        Assert.Equal("default", underDefault.PolicyVersion);
        Assert.Equal("2026", lifecycles.Restore(legacy).PolicyVersion);
        Assert.Equal("2026", lifecycles.Restore(underDefault).PolicyVersion);
        Assert.Equal("2026", InvoiceReturnLifecycle.Restore(legacy, clock, V2026).PolicyVersion);
        var early = legacy with { CreatedAt = Local(2025, 12, 31), History = [] };
        Assert.Equal(new LocalDate(2025, 12, 31), Assert.Throws<PolicyNotInForceException>(() => lifecycles.Restore(early)).Date);
    }

    [Fact]
    public void A_name_the_schedule_lacks_is_a_rejected_snapshot_and_a_static_restore_refuses_another_version()
    {
        var clock = ClockAtLocal(2027, 2, 1);
        var stored = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.ElectronicOrdinary, clock, V2027).ToSnapshot();

        var unknown = Assert.Throws<SnapshotRejectedException>(() => new PartnerRulesLifecycles(clock, Schedule).Restore(stored with { PolicyVersion = "2025" }));
        var other = Assert.Throws<SnapshotRejectedException>(() => InvoiceReturnLifecycle.Restore(stored, clock, V2026));

        Assert.Equal(
            "The InvoiceReturnSnapshot of invoice 'INV-1' cannot be restored (1 problem): PolicyVersion '2025' is not a version of the schedule ('2026', '2027').",
            unknown.Message);
        Assert.Equal(
            "PolicyVersion '2027' is not the version of the policy given ('2026'): restore it under the policy of that name (PartnerRulesLifecycles with a PolicySchedule finds it)",
            Assert.Single(other.Problems));
        Assert.Throws<SnapshotRejectedException>(() => new PartnerRulesLifecycles(clock, V2026).Restore(stored));
        Assert.Equal("2027", InvoiceReturnLifecycle.Restore(stored, clock, V2027).PolicyVersion);
    }

    [Fact]
    public void Every_lifecycle_kind_is_restored_by_name_through_the_registered_factory()
    {
        var clock = new FakeClock(Local(2026, 12, 30));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddPartnerRules(o => o.Schedule = Schedule).BuildServiceProvider();
        var lifecycles = provider.GetRequiredService<PartnerRulesLifecycles>();
        var opportunity = lifecycles.CreateDraft(Opp).ToSnapshot();
        var association = lifecycles.InviteCustomer(Partner, AssociationMode.Resale).ToSnapshot();
        var settlement = lifecycles.StartSettlement(Opp, Partner, Settlements.SettlementTestKit.Approved()).ToSnapshot();
        var invitation = lifecycles.InviteSpecialist(Partner, Account, 0).ToSnapshot();
        clock.Reset(Local(2027, 1, 2));

        Assert.Equal(
            ["2026", "2026", "2026", "2026"],
            new[] { lifecycles.Restore(opportunity).PolicyVersion, lifecycles.Restore(association).PolicyVersion, lifecycles.Restore(settlement).PolicyVersion, lifecycles.Restore(invitation).PolicyVersion });
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => lifecycles.Restore((OpportunitySnapshot)null!)).ParamName);
    }

    [Fact]
    public void Obligations_from_stored_snapshots_use_each_snapshots_own_version()
    {
        var clock = ClockAtLocal(2026, 12, 30);
        var in2026 = InvoiceReturnLifecycle.Request(new InvoiceId("INV-2026"), InvoiceKind.ElectronicOrdinary, clock, V2026).ToSnapshot();
        clock.Reset(Local(2027, 1, 4));
        var in2027 = InvoiceReturnLifecycle.Request(new InvoiceId("INV-2027"), InvoiceKind.ElectronicOrdinary, clock, V2027).ToSnapshot();
        var legacy2027 = in2027 with { Id = new InvoiceId("INV-LEGACY"), PolicyVersion = null };

        var running = PartnerRules.Obligations.Running([in2026, in2027, legacy2027], Local(2027, 1, 4), Schedule);

        Assert.Equal(
            [("INV-2026", new LocalDate(2026, 12, 30).PlusDays(V2026.ElectronicReturnDays)), ("INV-2027", new LocalDate(2027, 1, 4).PlusDays(V2027.ElectronicReturnDays)), ("INV-LEGACY", new LocalDate(2027, 1, 4).PlusDays(V2027.ElectronicReturnDays))],
            running.Select(o => (o.SubjectId, o.DueOn)).OrderBy(o => o.SubjectId, StringComparer.Ordinal));
        Assert.Throws<SnapshotRejectedException>(() => PartnerRules.Obligations.Running([in2027], Local(2027, 1, 4), V2026));
        Assert.Equal("schedule", Assert.Throws<ArgumentNullException>(() => PartnerRules.Obligations.Running([], Local(2027, 1, 4), (PolicySchedule)null!)).ParamName);
    }
}
