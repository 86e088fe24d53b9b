using System;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.Settlements;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.DependencyInjection;

/// <summary>
/// A factory without a schedule restores a snapshot under its one policy: a snapshot naming that policy's version keeps
/// it, one naming another version is refused, for every kind. Registering a single policy gives that same factory, and an
/// invalid single policy is refused as a policy, not as a schedule.
/// </summary>
public sealed class FactoryRestoreVersionTests
{
    public static TheoryData<string> Kinds() => ["Opportunity", "InvoiceReturn", "CustomerAssociation", "IncentiveSettlement", "SpecialistInvitation"];

    /// <summary>A snapshot of <paramref name="kind"/> made by <paramref name="lifecycles"/>, renamed to <paramref name="version"/> when given.</summary>
    private static ILifecycleSnapshot Stored(PartnerRulesLifecycles lifecycles, string kind, string? version = null)
    {
        ILifecycleSnapshot snapshot = kind switch
        {
            "Opportunity" => lifecycles.CreateDraft(Opp).ToSnapshot() is var o && version is not null ? o with { PolicyVersion = version } : o,
            "InvoiceReturn" => lifecycles.RequestInvoiceReturn(Invoice, InvoiceKind.SpecialVat).ToSnapshot() is var i && version is not null ? i with { PolicyVersion = version } : i,
            "CustomerAssociation" => lifecycles.InviteCustomer(Partner, AssociationMode.Resale).ToSnapshot() is var a && version is not null ? a with { PolicyVersion = version } : a,
            "IncentiveSettlement" => lifecycles.StartSettlement(SettlementTestKit.Project, Partner, SettlementTestKit.Approved()).ToSnapshot() is var s && version is not null ? s with { PolicyVersion = version } : s,
            "SpecialistInvitation" => lifecycles.InviteSpecialist(Partner, InvitationTestKit.Employee, 0).ToSnapshot() is var p && version is not null ? p with { PolicyVersion = version } : p,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return snapshot;
    }

    /// <summary>Restores through the overload of the snapshot's own type, as a caller holding the typed snapshot would.</summary>
    private static ILifecycle RestoreTyped(PartnerRulesLifecycles lifecycles, ILifecycleSnapshot snapshot) => snapshot switch
    {
        OpportunitySnapshot o => lifecycles.Restore(o),
        InvoiceReturnSnapshot i => lifecycles.Restore(i),
        CustomerAssociationSnapshot a => lifecycles.Restore(a),
        IncentiveSettlementSnapshot s => lifecycles.Restore(s),
        SpecialistInvitationSnapshot p => lifecycles.Restore(p),
        _ => throw new ArgumentOutOfRangeException(nameof(snapshot)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_snapshot_naming_the_factorys_policy_version_restores_and_keeps_it(string kind)
    {
        var lifecycles = new PartnerRulesLifecycles(ClockAtLocal(2026, 3, 2), ProgramPolicy.Default with { Version = "2026" });
        var snapshot = Stored(lifecycles, kind);

        var restored = RestoreTyped(lifecycles, snapshot);

        Assert.Equal("2026", restored.PolicyVersion);
        Assert.Equal(snapshot, restored.ToSnapshot());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_factory_without_a_schedule_refuses_a_snapshot_naming_another_version(string kind)
    {
        var lifecycles = new PartnerRulesLifecycles(ClockAtLocal(2026, 3, 2), ProgramPolicy.Default with { Version = "2026" });
        var snapshot = Stored(lifecycles, kind, "2027");

        var typed = Assert.Throws<SnapshotRejectedException>(() => RestoreTyped(lifecycles, snapshot));
        var untyped = Assert.Throws<SnapshotRejectedException>(() => lifecycles.Restore(snapshot));

        Assert.Contains("PolicyVersion '2027' is not the version of the policy given ('2026')", typed.Message, StringComparison.Ordinal);
        Assert.Equal(typed.Message, untyped.Message);
    }

    [Fact]
    public void A_registered_single_policy_gives_the_single_policy_factory()
    {
        var clock = new FakeClock(Local(2026, 3, 2));
        var policy = ProgramPolicy.Default with { Version = "2026" };
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddPartnerRules(o => o.Policy = policy).BuildServiceProvider();
        var registered = provider.GetRequiredService<PartnerRulesLifecycles>();
        var direct = new PartnerRulesLifecycles(clock, policy);
        var snapshot = Stored(direct, "CustomerAssociation", "2027");

        var fromRegistered = Assert.Throws<SnapshotRejectedException>(() => registered.Restore(snapshot));

        Assert.Same(policy, registered.Policy);
        Assert.Equal(Assert.Throws<SnapshotRejectedException>(() => direct.Restore(snapshot)).Message, fromRegistered.Message);
    }

    [Fact]
    public void An_invalid_single_policy_is_refused_at_registration_as_a_policy()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<ArgumentException>(() => services.AddPartnerRules(o => o.Policy = ProgramPolicy.Default with { RequiredDeliveredPos = 0 }));

        Assert.StartsWith("The programme policy is invalid (1 problem): ", error.Message, StringComparison.Ordinal);
        Assert.Equal("policy", error.ParamName);
    }
}
