using System;
using System.Linq;
using System.Text.Json;
using CsCheck;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Abstractions;

/// <summary>Duplicates in the facts are bad input (API.md "Embedding in a service"), refused when the record is built.</summary>
public sealed class DuplicateFactTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 1, 8, 0);
    private static readonly PartnerProfile Profile = new(new PartnerId("P-1"), PartnerStage.Certified, true);
    private static readonly PersonalAccount Account = new(new AccountId("A-1"), Site.China);

    [Fact]
    public void A_profile_listing_one_opportunity_id_twice_is_refused_naming_the_id()
    {
        var ex = Assert.Throws<ArgumentException>(() => Profile with { Opportunities = [Po("O-1"), Po("O-2"), Po("O-1") with { DeliveredAt = At }] });

        Assert.Equal("Opportunities", ex.ParamName);
        Assert.Equal("Opportunities lists opportunity O-1 twice (at index 0 and 2); list each once. (Parameter 'Opportunities')", ex.Message);
    }

    [Fact]
    public void Distinct_opportunity_ids_and_unset_ids_pass_the_duplicate_check()
    {
        var profile = Profile with { Opportunities = [Po("O-1"), Po("o-1"), new OpportunityRecord(default, OpportunityOrigin.HuaweiOriginated, At), new OpportunityRecord(default, OpportunityOrigin.HuaweiOriginated, At)] };

        Assert.Equal(4, profile.Opportunities.Count);
    }

    [Fact]
    public void An_account_listing_one_link_twice_is_refused_naming_the_partner_and_the_instant()
    {
        var link = new PartnerLink(new PartnerId("P-9"), At);

        var ex = Assert.Throws<ArgumentException>(() => Account with { Links = [link, link with { UnlinkedAt = At.Plus(Duration.FromHours(1)) }] });

        Assert.Equal("Links", ex.ParamName);
        Assert.Equal("Links lists the link to partner P-9 at 2026-03-01T08:00:00Z twice (at index 0 and 1); list each once. (Parameter 'Links')", ex.Message);
    }

    [Fact]
    public void A_partner_linking_the_same_account_again_later_is_legitimate()
    {
        var partner = new PartnerId("P-9");

        var account = Account with { Links = [new PartnerLink(partner, At) { UnlinkedAt = At.Plus(Duration.FromHours(1)) }, new PartnerLink(partner, At.Plus(Duration.FromHours(2)))] };

        Assert.Equal(2, account.Links.Count);
    }

    [Fact]
    public void Duplicates_in_JSON_are_a_JsonException_at_the_list_carrying_the_id()
    {
        var json = """{"id":"P-1","stage":"Certified","isPceMember":true,"opportunities":[{"id":"O-1","origin":"PO","lastUpdatedAt":"2026-01-01T00:00:00Z"},{"id":"O-1","origin":"PO","lastUpdatedAt":"2026-02-01T00:00:00Z"}]}""";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PartnerProfile>(json, PartnerRulesJson.CreateOptions()));

        Assert.Contains("Opportunities lists opportunity O-1 twice", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.opportunities", ex.Path);
        Assert.IsType<ArgumentException>(ex.InnerException);
    }

    [Fact]
    [Trait("Kind", "Randomised")]
    public void Short_and_long_lists_report_the_first_repeated_id_at_its_first_index_on_random_lists() =>
        // Ids from a small alphabet (0 stands for an unset id), lengths either side of the pairwise/dictionary switch.
        Gen.Int[0, 6].Array[0, (2 * 16) + 4].Sample(keys =>
        {
            var opportunities = keys.Select(k => k == 0
                ? new OpportunityRecord(default, OpportunityOrigin.HuaweiOriginated, At)
                : Po("O-" + k.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            var repeat = Enumerable.Range(1, Math.Max(0, keys.Length - 1))
                .Select(i => (Earlier: keys[i] == 0 ? -1 : Array.IndexOf(keys, keys[i], 0, i), Index: i))
                .FirstOrDefault(r => r.Earlier >= 0, (Earlier: -1, Index: -1));

            if (repeat.Index < 0)
            {
                Assert.Equal(opportunities, (Profile with { Opportunities = opportunities }).Opportunities);
            }
            else
            {
                var ex = Assert.Throws<ArgumentException>(() => Profile with { Opportunities = opportunities });
                Assert.Equal($"Opportunities lists opportunity O-{keys[repeat.Index]} twice (at index {repeat.Earlier} and {repeat.Index}); list each once. (Parameter 'Opportunities')", ex.Message);
            }
        });

    [Fact]
    public void Checking_sixteen_opportunities_for_duplicates_allocates_nothing_beyond_the_profile_and_its_copy_of_the_list()
    {
        // A population is read a profile at a time: the check used to build a dictionary per profile (about 600 bytes for 16).
        var opportunities = Enumerable.Range(1, 16).Select(i => Po("O-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        _ = Profile with { Opportunities = opportunities };

        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = Profile with { Opportunities = opportunities };
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The clone (under 64 bytes) and the copied array (24 + 16 references of 8 bytes).
        Assert.InRange(allocated, 24 + (16 * 8), 64 + 24 + (16 * 8));
    }

    private static OpportunityRecord Po(string id) => new(new OpportunityId(id), OpportunityOrigin.PartnerOriginated, At);
}
