using BenchmarkDotNet.Attributes;
using NodaTime;

namespace PartnerRules.Benchmarks;

/// <summary>
/// Restoring a delivered PO (four transitions of history) from its snapshot, as a service does per
/// request after reading storage: the snapshot's checks plus the lifecycle over the shared machine.
/// The baseline only copies the history, the least any restore must do.
/// </summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private static readonly FixedClock Clock = new(Instant.FromUtc(2026, 3, 2, 2, 0));
    private OpportunitySnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lifecycle = OpportunityLifecycle.CreateDraft(new OpportunityId("OPP-1"), Clock);
        lifecycle.Edit(new OpportunityForm
        {
            CustomerName = "Contoso Retail",
            CloudServices = ["ECS"],
            ContactedLocalSalesTeam = true,
            EstimatedValue = Money.Cny(120_000m),
            ExpectedCloseDate = new LocalDate(2026, 12, 31),
        });
        foreach (var trigger in (OpportunityTrigger[])[OpportunityTrigger.Submit, OpportunityTrigger.Approve, OpportunityTrigger.Win, OpportunityTrigger.Deliver])
        {
            lifecycle.Fire(trigger);
        }

        _snapshot = lifecycle.ToSnapshot();
    }

    [Benchmark(Baseline = true)]
    public OpportunitySnapshot Copy_snapshot() => _snapshot with { History = _snapshot.History };

    [Benchmark]
    public OpportunityState Restore_delivered_po() => OpportunityLifecycle.Restore(_snapshot, Clock).State;

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
