using System;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Testing;

namespace PartnerRules.Tests.Reliability;

/// <summary>Snapshot JSON from storage is untrusted: every hostile shape is a clear exception, never a corrupt lifecycle.</summary>
public sealed class HostileSnapshotTests
{
    private static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();

    private static string WonOpportunityJson()
    {
        var clock = new FakeClock(TestDefaults.AsOf);
        var offer = OpportunityLifecycle.Offer(new OpportunityId("HO-1"), StubPartnerRulesEngine.Approved(StubPartnerRulesEngine.HoCodes), clock);
        clock.AdvanceHours(1);
        offer.Fire(OpportunityTrigger.Accept);
        clock.AdvanceHours(1);
        offer.Fire(OpportunityTrigger.Win);
        return JsonSerializer.Serialize(offer.ToSnapshot(), Json);
    }

    [Fact]
    public void The_untampered_snapshot_restores()
    {
        var snapshot = JsonSerializer.Deserialize<OpportunitySnapshot>(WonOpportunityJson(), Json)!;
        var restored = OpportunityLifecycle.Restore(snapshot, new FakeClock(TestDefaults.AsOf + Duration.FromDays(1)));

        Assert.Equal(OpportunityState.Won, restored.State);
        Assert.Equal(2, restored.Version);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"id\":")]
    [InlineData("null-ish")]
    public void Malformed_json_is_a_JsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<OpportunitySnapshot>(json, Json));

    [Fact]
    public void Truncated_json_is_a_JsonException_at_every_cut()
    {
        var json = WonOpportunityJson();
        for (var cut = 1; cut < json.Length - 1; cut += 7)
        {
            var truncated = json[..cut];
            Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<OpportunitySnapshot>(truncated, Json));
        }
    }

    [Theory]
    [InlineData("\"state\":\"Won\"", "\"state\":\"Winning\"")]
    [InlineData("\"origin\":\"HuaweiOriginated\"", "\"origin\":\"Partner\"")]
    [InlineData("\"state\":\"Won\"", "\"state\":9")]
    [InlineData("\"trigger\":\"Accept\"", "\"trigger\":\"Grab\"")]
    [InlineData("\"id\":\"HO-1\"", "\"id\":\"  \"")]
    [InlineData("\"createdAt\":\"", "\"createdAt\":\"yesterday")]
    public void Unknown_names_and_bad_values_are_JsonExceptions(string original, string tampered)
    {
        var json = WonOpportunityJson();
        Assert.Contains(original, json, StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<OpportunitySnapshot>(json.Replace(original, tampered, StringComparison.Ordinal), Json));
    }

    [Theory]
    [InlineData("\"version\":2", "\"version\":3", "Version 3 does not match")]
    [InlineData("\"state\":\"Won\"", "\"state\":\"Delivered\"", "not where the history ends")]
    [InlineData("\"to\":\"Won\"", "\"to\":\"Delivered\"", "leads to Won, not Delivered")]
    public void A_version_or_history_that_contradicts_the_state_is_refused_by_restore(string original, string tampered, string problem)
    {
        var snapshot = JsonSerializer.Deserialize<OpportunitySnapshot>(WonOpportunityJson().Replace(original, tampered, StringComparison.Ordinal), Json)!;

        var ex = Assert.Throws<SnapshotRejectedException>(() => OpportunityLifecycle.Restore(snapshot, new FakeClock(TestDefaults.AsOf)));

        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Instants_out_of_order_are_refused_by_restore()
    {
        var snapshot = JsonSerializer.Deserialize<OpportunitySnapshot>(WonOpportunityJson(), Json)!;
        var history = snapshot.History.ToArray();
        history[1] = history[1] with { At = history[0].At - Duration.FromSeconds(1) };

        var ex = Assert.Throws<SnapshotRejectedException>(() => OpportunityLifecycle.Restore(snapshot with { History = history }, new FakeClock(TestDefaults.AsOf)));

        Assert.Contains("History[1] at", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_history_is_refused_without_replaying_it_and_the_message_stays_short()
    {
        var snapshot = JsonSerializer.Deserialize<OpportunitySnapshot>(WonOpportunityJson(), Json)!;
        var step = snapshot.History[0];
        var huge = Enumerable.Repeat(step, 200_000).ToArray();

        var ex = Assert.Throws<SnapshotRejectedException>(() => OpportunityLifecycle.Restore(snapshot with { History = huge, Version = huge.Length }, new FakeClock(TestDefaults.AsOf)));

        Assert.Contains("History has 200000 steps, more than the 10000", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 2_000, ex.Message);
    }

    [Fact]
    public void Many_problems_are_counted_not_all_listed()
    {
        var snapshot = JsonSerializer.Deserialize<OpportunitySnapshot>(WonOpportunityJson(), Json)!;
        var bad = Enumerable.Repeat(snapshot.History[1], 500).ToArray();

        var ex = Assert.Throws<SnapshotRejectedException>(() => OpportunityLifecycle.Restore(snapshot with { History = bad, Version = bad.Length }, new FakeClock(TestDefaults.AsOf)));

        Assert.Contains("more.", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 5_000, $"{ex.Message.Length} characters");
    }

    [Fact]
    public void A_huge_json_array_of_unknown_shape_is_a_JsonException()
    {
        var json = WonOpportunityJson().Replace("\"history\":[", "\"history\":[" + string.Concat(Enumerable.Repeat("1,", 100_000)), StringComparison.Ordinal);

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<OpportunitySnapshot>(json, Json));
    }
}
