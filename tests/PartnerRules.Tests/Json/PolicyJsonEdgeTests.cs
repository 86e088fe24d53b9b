using System;
using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PartnerRules.Tests.Json;

/// <summary>
/// Policy documents at the edges of the reader: property names under the host's case rule, a value split across
/// buffer segments, a misspelling exactly at the distance that still earns a suggestion, and the null-element check
/// on options built in the test (the serializer caches a type's contract per options instance).
/// </summary>
public sealed class PolicyJsonEdgeTests
{
    [Fact]
    public void A_property_name_in_another_case_reads_under_the_default_case_insensitive_options()
    {
        var policy = JsonSerializer.Deserialize<ProgramPolicy>("""{ "RequiredDeliveredPos": 4 }""", PartnerRulesJson.CreateOptions())!;

        Assert.Equal(4, policy.RequiredDeliveredPos);
    }

    [Fact]
    public void A_host_that_wants_names_matched_exactly_gets_another_case_refused_as_unknown()
    {
        var options = PartnerRulesJson.CreateOptions();
        options.PropertyNameCaseInsensitive = false;

        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProgramPolicy>("""{ "RequiredDeliveredPos": 4 }""", options));

        Assert.Equal("The programme policy has no property \"RequiredDeliveredPos\" (did you mean \"requiredDeliveredPos\"?).", error.Message);
    }

    [Fact]
    public void A_wrong_value_split_across_buffer_segments_is_shown_whole()
    {
        var json = Encoding.UTF8.GetBytes("""{ "requiredDeliveredPos": 4.123456 }""");
        var split = Array.IndexOf(json, (byte)'2');
        var reader = new Utf8JsonReader(Segments(json.AsMemory(0, split), json.AsMemory(split)));

        Assert.True(reader.Read() && reader.Read() && reader.Read() && reader.HasValueSequence, "the number is split across the segments");
        var start = new Utf8JsonReader(Segments(json.AsMemory(0, split), json.AsMemory(split)));
        string? message = null;
        try
        {
            JsonSerializer.Deserialize<ProgramPolicy>(ref start, PartnerRulesJson.CreateOptions());
        }
        catch (JsonException e)
        {
            message = e.Message;
        }

        Assert.StartsWith("\"requiredDeliveredPos\" must be a whole number (was 4.123456)", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("versoin", "version")] // two letters swapped: distance 2, the least any name is allowed
    [InlineData("currnecy", "currency")]
    [InlineData("requiredDeliveredXyz", "requiredDeliveredPos")] // distance 3 on a 20-letter name (allowed 20 / 4 = 5)
    [InlineData("requiredDeliveredPosXYZab", "requiredDeliveredPos")] // distance 5: exactly the allowance
    [InlineData("timeZon", "timeZone")] // the last letter missing
    [InlineData("imeZone", "timeZone")] // the first letter missing
    public void A_misspelling_within_the_allowed_distance_is_answered_with_the_name_it_meant(string typo, string meant) =>
        Assert.Equal(
            $"The programme policy has no property \"{typo}\" (did you mean \"{meant}\"?).",
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProgramPolicy>($$"""{ "{{typo}}": 1 }""", PartnerRulesJson.CreateOptions())).Message);

    [Theory]
    [InlineData("requiredDeliveredPosXYZabc")] // distance 6 on a 20-letter name
    [InlineData("vrsoinx")] // distance 4 on a 7-letter name
    [InlineData("zq")] // two letters: far from every name, however short
    public void A_misspelling_past_the_allowed_distance_is_answered_with_every_name(string typo) =>
        Assert.StartsWith(
            $"The programme policy has no property \"{typo}\"; its properties are \"version\",",
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProgramPolicy>($$"""{ "{{typo}}": 1 }""", PartnerRulesJson.CreateOptions())).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Options_built_here_refuse_a_null_list_element_too()
    {
        var error = Assert.Throws<JsonException>(() =>
            JsonSerializer.Deserialize<PartnerProfile>("""{"id":"P-1","stage":"Certified","isPceMember":true,"opportunities":[null]}""", PartnerRulesJson.CreateOptions()));

        Assert.Equal("A list of OpportunityRecord holds null at index 0; every element must be set (leave an absent one out).", error.Message);
    }

    private static ReadOnlySequence<byte> Segments(ReadOnlyMemory<byte> first, ReadOnlyMemory<byte> second)
    {
        var head = new Segment(first, 0);
        var tail = new Segment(second, first.Length);
        head.Link(tail);
        return new ReadOnlySequence<byte>(head, 0, tail, second.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public void Link(Segment next) => Next = next;
    }
}
