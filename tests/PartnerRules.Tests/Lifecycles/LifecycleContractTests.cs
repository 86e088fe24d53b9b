using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NodaTime;
using PartnerRules;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

public sealed class LifecycleContractTests
{
    private static readonly Type[] LifecycleTypes =
    [
        typeof(OpportunityLifecycle), typeof(OpportunityForm), typeof(OpportunitySnapshot),
        typeof(InvoiceReturnLifecycle), typeof(InvoiceReturnSnapshot),
        typeof(CustomerAssociationLifecycle), typeof(CustomerAssociationSnapshot),
        typeof(IncentiveSettlementLifecycle), typeof(IncentiveSettlementSnapshot),
        typeof(SpecialistInvitationLifecycle), typeof(SpecialistInvitationSnapshot), typeof(SpecialistApplication),
        typeof(Obligation),
    ];

    [Fact]
    public void The_lifecycle_types_are_public_sealed_and_in_the_partner_rules_namespace()
    {
        Assert.All(LifecycleTypes, t =>
        {
            Assert.True(t.IsPublic && t.IsSealed, t.Name);
            Assert.Equal("PartnerRules", t.Namespace);
        });
    }

    [Fact]
    public void No_stateless_type_appears_in_a_public_signature_of_the_lifecycles()
    {
        var leaks = new List<string>();
        foreach (var type in LifecycleTypes)
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    PropertyInfo p => [p.PropertyType],
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    FieldInfo f => [f.FieldType],
                    _ => [],
                };
                leaks.AddRange(types.Where(MentionsStateless).Select(t => $"{type.Name}.{member.Name}: {t}"));
            }

            leaks.AddRange(type.GetInterfaces().Where(MentionsStateless).Select(i => $"{type.Name} implements {i}"));
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public void The_lifecycles_implement_the_contract_interface()
    {
        Assert.True(typeof(ILifecycle<OpportunityState, OpportunityTrigger>).IsAssignableFrom(typeof(OpportunityLifecycle)));
        Assert.True(typeof(ILifecycle<InvoiceReturnState, InvoiceReturnTrigger>).IsAssignableFrom(typeof(InvoiceReturnLifecycle)));
        Assert.True(typeof(ILifecycle<AssociationState, AssociationTrigger>).IsAssignableFrom(typeof(CustomerAssociationLifecycle)));
        Assert.True(typeof(ILifecycle<SettlementState, SettlementTrigger>).IsAssignableFrom(typeof(IncentiveSettlementLifecycle)));
        Assert.True(typeof(ILifecycle<SpecialistInvitationState, SpecialistInvitationTrigger>).IsAssignableFrom(typeof(SpecialistInvitationLifecycle)));
    }

    [Fact]
    public void Refusals_are_localised_in_chinese()
    {
        using var culture = UiCulture("zh-CN");
        var lifecycle = OpportunityLifecycle.CreateDraft(Opp, ClockAtLocal(2026, 3, 2));

        var notPermitted = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(OpportunityTrigger.Win));
        var refused = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(OpportunityTrigger.Submit));

        Assert.Equal("状态“Draft”下不允许“Win”。当前允许:Withdraw。", notPermitted.Message);
        Assert.StartsWith("状态“Draft”下“Submit”被拒绝:OPPORTUNITY.CUSTOMER_NAME: 未填写客户名称", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusals_in_english_name_the_state_the_trigger_and_what_is_permitted()
    {
        using var culture = UiCulture("en-GB");
        var lifecycle = OpportunityLifecycle.CreateDraft(Opp, ClockAtLocal(2026, 3, 2));
        var estimate = lifecycle.Form with { EstimatedValue = Money.Cny(-1.5m) };
        lifecycle.Edit(estimate);

        var notPermitted = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(OpportunityTrigger.Win));
        var refused = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(OpportunityTrigger.Submit));
        var delivered = LifecycleDrivers.InvoiceReturn(InvoiceKind.ElectronicOrdinary, [InvoiceReturnTrigger.Complete]);

        Assert.Equal("'Win' is not permitted in state 'Draft'. Permitted now: Withdraw.", notPermitted.Message);
        Assert.Contains("OPPORTUNITY.ESTIMATED_VALUE: The estimated value must be greater than zero (was -1.5 CNY); ", refused.Message, StringComparison.Ordinal);
        Assert.Equal("'Reject' is not permitted in state 'Completed'. Nothing is permitted now.",
            Assert.Throws<InvalidTransitionException>(() => delivered.Fire(InvoiceReturnTrigger.Reject, "late")).Message);
    }

    [Fact]
    public void The_default_policy_the_lifecycles_skip_validating_is_valid_and_any_other_is_validated()
    {
        Assert.Empty(ProgramPolicy.Default.GetProblems());
        var invalid = ProgramPolicy.Default with { NewAccountWindow = Period.FromDays(-1) };
        var clock = ClockAtLocal(2026, 3, 2);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock, invalid)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => OpportunityLifecycle.CreateDraft(Opp, clock, invalid)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => InvoiceReturnLifecycle.Restore(LifecycleDrivers.InvoiceReturn(InvoiceKind.SpecialVat, []).ToSnapshot(), clock, invalid)).ParamName);
    }

    [Fact]
    public void Different_lifecycles_can_be_driven_on_different_threads_at_once()
    {
        // The Stateless machines are shared per table and variant; each call points them at its own lifecycle.
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        System.Threading.Tasks.Parallel.For(0, 2_000, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var clock = new NodaTime.Testing.FakeClock(Local(2026, 3, 2));
            var lifecycle = OpportunityLifecycle.CreateDraft(new OpportunityId($"OPP-{i}"), clock);
            if (i % 2 == 0)
            {
                lifecycle.Edit(CompleteForm);
            }

            var submitted = lifecycle.CanFire(OpportunityTrigger.Submit);
            if (submitted)
            {
                lifecycle.Fire(OpportunityTrigger.Submit);
                lifecycle.Fire(OpportunityTrigger.Approve);
                lifecycle.Fire(OpportunityTrigger.Win);
            }

            var expected = i % 2 == 0 ? OpportunityState.Won : OpportunityState.Draft;
            if (submitted != (i % 2 == 0) || lifecycle.State != expected || lifecycle.Version != lifecycle.History.Count)
            {
                failures.Add($"#{i}: {lifecycle.State}, version {lifecycle.Version}");
            }
        });

        Assert.Empty(failures);
    }

    private static bool MentionsStateless(Type type) =>
        type.Assembly.GetName().Name == "Stateless"
        || (type.IsGenericType && type.GetGenericArguments().Any(MentionsStateless))
        || (type.HasElementType && MentionsStateless(type.GetElementType()!));
}
