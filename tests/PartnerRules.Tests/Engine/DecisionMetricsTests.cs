using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using PartnerRules;
using PartnerRules.Testing;

namespace PartnerRules.Tests.Engine;

// The meter is process-wide: this collection runs alone, after the parallel ones, so no other test's decision lands
// in the counts.
[CollectionDefinition(nameof(DecisionMetricsTests), DisableParallelization = true)]
public sealed class DecisionMetricsRunAlone;

[Collection(nameof(DecisionMetricsTests))]
public sealed class DecisionMetricsTests
{
    [Fact]
    public void Every_decision_is_counted_by_kind_and_outcome_on_the_engine_meter()
    {
        var engine = new PartnerRulesEngine();
        var member = new PartnerProfileBuilder().Build();
        var outsider = new PartnerProfileBuilder().WithId("P-2").PceMember(false).Build();
        var counts = new Dictionary<(string Kind, bool Approved), long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PartnerRulesEngine.MeterName && instrument.Name == "partnerrules.decisions")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var kind = (string)tags.ToArray().Single(t => t.Key == "kind").Value!;
            var approved = (bool)tags.ToArray().Single(t => t.Key == "approved").Value!;
            counts[(kind, approved)] = counts.GetValueOrDefault((kind, approved)) + value;
        });
        listener.Start();

        var decisions = new List<(string Kind, bool Approved)> { ("ho", engine.EvaluateHoEligibility(outsider, TestDefaults.AsOf).IsApproved) };
        decisions.AddRange(engine.EvaluateHoEligibility([member, outsider, outsider], TestDefaults.AsOf).Select(d => ("ho", d.IsApproved)));
        decisions.Add(("staff_link", engine.EvaluateStaffLink(TestDefaults.Partner, new PersonalAccountBuilder().Build(), TestDefaults.AsOf).IsApproved));
        decisions.Add(("incentive", engine.EvaluateIncentive(new IncentiveClaimBuilder().Build()).IsApproved));
        listener.Dispose();
        engine.EvaluateHoEligibility(member, TestDefaults.AsOf);

        var expected = decisions.GroupBy(d => d).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key.ToString()), counts.OrderBy(c => c.Key.ToString()));
        Assert.Equal(6, counts.Values.Sum());
    }
}
