using System;
using System.Collections.Generic;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Testing;

namespace PartnerRules.Tests.Reliability;

/// <summary>
/// Lifecycles are single-threaded objects; two workers that load the same snapshot and both act
/// are told apart by <c>Version</c>, as docs/testing.md shows.
/// </summary>
public sealed class OptimisticConcurrencyTests
{
    [Fact]
    public void A_store_keyed_on_version_refuses_the_stale_write()
    {
        var clock = new FakeClock(TestDefaults.AsOf);
        var store = new VersionedStore();
        var offer = OpportunityLifecycle.Offer(new OpportunityId("HO-9"), StubPartnerRulesEngine.Approved(StubPartnerRulesEngine.HoCodes), clock);
        store.Save(offer.ToSnapshot(), expectedVersion: -1);

        var first = OpportunityLifecycle.Restore(store.Load(), clock);
        var second = OpportunityLifecycle.Restore(store.Load(), clock);
        clock.AdvanceMinutes(1);
        first.Fire(OpportunityTrigger.Accept);
        second.Fire(OpportunityTrigger.Decline, "No capacity this quarter");

        store.Save(first.ToSnapshot(), expectedVersion: 0);
        var conflict = Assert.Throws<InvalidOperationException>(() => store.Save(second.ToSnapshot(), expectedVersion: 0));

        Assert.Contains("version 1", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(OpportunityState.Active, OpportunityLifecycle.Restore(store.Load(), clock).State);
    }

    /// <summary>What a consumer's repository does: compare-and-swap on the stored version.</summary>
    private sealed class VersionedStore
    {
        private readonly List<OpportunitySnapshot> _rows = [];

        public OpportunitySnapshot Load() => _rows[^1];

        public void Save(OpportunitySnapshot snapshot, long expectedVersion)
        {
            var stored = _rows.Count == 0 ? -1 : _rows[^1].Version;
            if (stored != expectedVersion)
            {
                throw new InvalidOperationException($"Stale write: expected version {expectedVersion}, the store holds version {stored}.");
            }

            _rows.Add(snapshot);
        }
    }
}
