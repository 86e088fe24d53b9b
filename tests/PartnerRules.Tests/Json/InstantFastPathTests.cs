using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PartnerRules;

namespace PartnerRules.Tests.Json;

/// <summary>
/// The instant reader's fast path on its own: it takes exactly the shape this library writes and gives NodaTime's
/// instant for it, and leaves everything else to NodaTime (<see cref="JsonFastPathTests"/> checks the outcome).
/// </summary>
public sealed class InstantFastPathTests
{
    [Theory]
    [InlineData("2026-11-29T08:00:00Z")]
    [InlineData("2024-02-29T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("2026-01-31T12:34:56Z")]
    [InlineData("2026-12-01T09:09:09Z")]
    [InlineData("1987-06-15T19:48:37Z")]
    public void The_written_shape_is_read_directly_to_NodaTime_s_instant(string text)
    {
        Assert.True(InstantJsonConverter.TryParsePlain(Encoding.UTF8.GetBytes(text), out var instant));
        Assert.Equal(InstantPattern.ExtendedIso.Parse(text).Value, instant);
    }

    [Theory]
    [InlineData("2026-02-29T00:00:00Z")]
    [InlineData("2026-04-31T00:00:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-00-01T00:00:00Z")]
    [InlineData("2026-01-00T00:00:00Z")]
    [InlineData("2026-11-29T24:00:00Z")]
    [InlineData("2026-11-29T08:60:00Z")]
    [InlineData("2026-11-29T08:00:60Z")]
    [InlineData("0000-01-01T00:00:00Z")]
    [InlineData("2026-11-29t08:00:00Z")]
    [InlineData("2026-11-29T08:00:00z")]
    [InlineData("2026/11-29T08:00:00Z")]
    [InlineData("2026-11/29T08:00:00Z")]
    [InlineData("2026-11-29T08.00:00Z")]
    [InlineData("2026-11-29T08:00.00Z")]
    [InlineData("2026-11-29T08:00:00+")]
    [InlineData("2026-11-29T08:00:00.5Z")]
    [InlineData("2026-11-29T08:00:0Z")]
    [InlineData("2O26-11-29T08:00:00Z")]
    [InlineData("2026-1a-29T08:00:00Z")]
    [InlineData("2026-11-2:T08:00:00Z")]
    [InlineData("2026-11-29T/8:00:00Z")]
    [InlineData("2026-11-29T08:0a:00Z")]
    [InlineData("2026-11-29T08:00:a0Z")]
    [InlineData("")]
    public void Anything_else_is_left_to_NodaTime(string text)
    {
        Assert.False(InstantJsonConverter.TryParsePlain(Encoding.UTF8.GetBytes(text), out var instant));
        Assert.Equal(default, instant);
    }

    [Theory]
    [InlineData("\"2026-11-29T08:00:00Z\"", true)]
    [InlineData("\"\\u0032026-11-29T08:00:00Z\"", false)]
    [InlineData("20261129", false)]
    [InlineData("null", false)]
    public void Only_an_unescaped_string_token_takes_the_fast_path(string json, bool fast)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();

        Assert.Equal(fast, InstantJsonConverter.TryReadPlain(ref reader, out var instant));
        Assert.Equal(fast ? Instant.FromUtc(2026, 11, 29, 8, 0) : default, instant);
    }
}
