using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Tests.Settlements;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// Every lifecycle instance has a key of its own (issue 15): new from every factory, kept through snapshots, JSON and
/// Restore; a snapshot written before keys existed reads with a key derived from its own data, the same on every read;
/// the untyped <see cref="ILifecycle"/> and <see cref="ILifecycleSnapshot"/> answer for every kind.
/// </summary>
public sealed class LifecycleKeyTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 2, 0);
    private static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();

    private static IEnumerable<ILifecycle> OneOfEach(IClock clock) =>
    [
        OpportunityLifecycle.CreateDraft(new OpportunityId("PO-1"), clock),
        InvoiceReturnLifecycle.Request(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary, clock),
        CustomerAssociationLifecycle.Invite(new PartnerId("P-1"), AssociationMode.Resale, clock),
        IncentiveSettlementLifecycle.Start(new OpportunityId("PRJ-1"), new PartnerId("P-1"), SettlementTestKit.Approved(), clock),
        SpecialistInvitationLifecycle.Invite(new PartnerId("P-1"), new AccountId("13800000000"), 0, clock),
    ];

    [Fact]
    public void Every_factory_gives_a_new_key_even_for_the_same_subject_at_the_same_instant()
    {
        var clock = new FakeClock(Start);
        var first = OneOfEach(clock).ToList();
        var second = OneOfEach(clock).ToList();

        var keys = first.Concat(second).Select(l => l.Key).ToList();
        Assert.DoesNotContain(keys, k => k.IsDefault);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^[0-9a-f]{32}$", k.Value));
    }

    [Fact]
    public void The_untyped_interfaces_name_the_kind_the_state_and_the_counters()
    {
        var clock = new FakeClock(Start);
        var lifecycles = OneOfEach(clock).ToList();
        clock.Advance(Duration.FromHours(1));
        var invoice = (InvoiceReturnLifecycle)lifecycles[1];
        invoice.Fire(InvoiceReturnTrigger.ReceiveOriginal);

        Assert.Equal(
            [LifecycleKind.Opportunity, LifecycleKind.InvoiceReturn, LifecycleKind.CustomerAssociation, LifecycleKind.IncentiveSettlement, LifecycleKind.SpecialistInvitation],
            lifecycles.Select(l => l.Kind));
        Assert.Equal(["Draft", "OriginalReceived", "Invited", "AwaitingInvoice", "Invited"], lifecycles.Select(l => l.StateName));

        foreach (var lifecycle in lifecycles)
        {
            var snapshot = lifecycle.ToSnapshot();
            Assert.Equal(lifecycle.Key, snapshot.Key);
            Assert.Equal(lifecycle.Kind, snapshot.Kind);
            Assert.Equal(lifecycle.StateName, snapshot.StateName);
            Assert.Equal(lifecycle.Revision, snapshot.Revision);
            Assert.Equal(lifecycle.Version, snapshot.Version);
            Assert.Equal(lifecycle.PolicyVersion, snapshot.PolicyVersion);
            Assert.Equal(Start, snapshot.CreatedAt);
        }

        Assert.Equal(Start + Duration.FromHours(1), ((ILifecycle)invoice).ToSnapshot().LastChangedAt);
        Assert.Equal(Start, lifecycles[0].ToSnapshot().LastChangedAt);
    }

    [Fact]
    public void The_key_survives_snapshot_json_and_restore()
    {
        var clock = new FakeClock(Start);
        var invitation = SpecialistInvitationLifecycle.Invite(new PartnerId("P-1"), new AccountId("13800000000"), 0, clock);
        var json = JsonSerializer.Serialize(invitation.ToSnapshot(), Json);
        var read = JsonSerializer.Deserialize<SpecialistInvitationSnapshot>(json, Json)!;
        var restored = SpecialistInvitationLifecycle.Restore(read, clock);

        Assert.Equal(invitation.Key.Value, JsonNode.Parse(json)!["key"]!.GetValue<string>());
        Assert.Equal(invitation.Key, restored.Key);
        Assert.Equal(invitation.ToSnapshot(), restored.ToSnapshot());
    }

    [Fact]
    public void A_snapshot_written_before_keys_existed_reads_with_a_key_derived_from_its_own_data()
    {
        var clock = new FakeClock(Start);
        var invoice = InvoiceReturnLifecycle.Request(new InvoiceId("INV-1"), InvoiceKind.PaperOrdinary, clock);
        var node = JsonNode.Parse(JsonSerializer.Serialize(invoice.ToSnapshot(), Json))!.AsObject();
        node.Remove("key");
        var old = node.ToJsonString();

        var first = JsonSerializer.Deserialize<InvoiceReturnSnapshot>(old, Json)!;
        var second = JsonSerializer.Deserialize<InvoiceReturnSnapshot>(old, Json)!;
        var later = first with { CreatedAt = Start + Duration.FromTicks(1), History = [] };
        var other = first with { Id = new InvoiceId("INV-2") };

        Assert.False(first.Key.IsDefault);
        Assert.NotEqual(invoice.Key, first.Key);
        Assert.Equal(first.Key, second.Key);
        Assert.Equal(first, second);
        Assert.NotEqual(first.Key, later.Key);
        Assert.NotEqual(first.Key, other.Key);
        Assert.Equal(first.Key, InvoiceReturnLifecycle.Restore(first, clock).Key);
    }

    [Fact]
    public void A_derived_key_never_depends_on_the_personal_account()
    {
        var clock = new FakeClock(Start);
        var snapshot = SpecialistInvitationLifecycle.Invite(new PartnerId("P-1"), new AccountId("13800000000"), 0, clock).ToSnapshot() with { Key = default };
        var erased = snapshot with { Account = new AccountId("erased-1") };

        Assert.Equal(snapshot.Key, erased.Key);
        Assert.DoesNotContain("13800000000", snapshot.Key.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshots_with_different_keys_differ()
    {
        var clock = new FakeClock(Start);
        var snapshot = CustomerAssociationLifecycle.Invite(new PartnerId("P-1"), AssociationMode.Resale, clock).ToSnapshot();

        Assert.NotEqual(snapshot, snapshot with { Key = LifecycleKey.New() });
        Assert.Equal(snapshot, snapshot with { Key = snapshot.Key });
    }

    [Fact]
    public void A_key_follows_the_identifier_format()
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => new LifecycleKey(" k")).ParamName);
        Assert.StartsWith("A lifecycle key ", Assert.Throws<FormatException>(() => LifecycleKey.Parse("", null)).Message, StringComparison.Ordinal);
        Assert.True(LifecycleKey.TryParse("k-1", out var key));
        Assert.Equal(new LifecycleKey("k-1"), key);
        Assert.False(LifecycleKey.TryParse(new string('k', 129), out _));
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LifecycleKey>("\"\"", Json));
        Assert.Contains("LifecycleKey", ex.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(LifecycleKey), Json));
    }
}
