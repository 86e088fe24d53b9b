using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Benchmarks;

/// <summary>
/// The lifecycle budget: create a PO draft, edit it, then Submit, Approve, Win and Deliver (target
/// ≤ 10 µs), against a hand-written dictionary machine doing the same steps (the baseline).
/// </summary>
[MemoryDiagnoser]
public class LifecycleBenchmarks
{
    private static readonly FixedClock Clock = new(Instant.FromUtc(2026, 3, 2, 2, 0));
    private static readonly OpportunityId Id = new("OPP-1");

    private static readonly OpportunityForm Form = new()
    {
        CustomerName = "Contoso Retail",
        CloudServices = ["ECS"],
        ContactedLocalSalesTeam = true,
        EstimatedValue = Money.Cny(120_000m),
        ExpectedCloseDate = new LocalDate(2026, 12, 31),
    };

    private static readonly Dictionary<(OpportunityState, OpportunityTrigger), OpportunityState> Reference = new()
    {
        [(OpportunityState.Draft, OpportunityTrigger.Submit)] = OpportunityState.Submitted,
        [(OpportunityState.Submitted, OpportunityTrigger.Approve)] = OpportunityState.Active,
        [(OpportunityState.Active, OpportunityTrigger.Win)] = OpportunityState.Won,
        [(OpportunityState.Won, OpportunityTrigger.Deliver)] = OpportunityState.Delivered,
    };

    [Benchmark(Baseline = true)]
    public OpportunityState Reference_table_create_edit_and_four_transitions()
    {
        var state = OpportunityState.Draft;
        var history = new List<Transition<OpportunityState, OpportunityTrigger>>();
        var form = Form;
        foreach (var trigger in (OpportunityTrigger[])[OpportunityTrigger.Submit, OpportunityTrigger.Approve, OpportunityTrigger.Win, OpportunityTrigger.Deliver])
        {
            if (trigger == OpportunityTrigger.Submit && string.IsNullOrWhiteSpace(form.CustomerName))
            {
                return state;
            }

            var next = Reference[(state, trigger)];
            history.Add(new Transition<OpportunityState, OpportunityTrigger>(state, next, trigger, Clock.GetCurrentInstant()));
            state = next;
        }

        return state;
    }

    [Benchmark]
    public OpportunityState Lifecycle_create_edit_and_four_transitions()
    {
        var lifecycle = OpportunityLifecycle.CreateDraft(Id, Clock);
        lifecycle.Edit(Form);
        lifecycle.Fire(OpportunityTrigger.Submit);
        lifecycle.Fire(OpportunityTrigger.Approve);
        lifecycle.Fire(OpportunityTrigger.Win);
        lifecycle.Fire(OpportunityTrigger.Deliver);
        return lifecycle.State;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
