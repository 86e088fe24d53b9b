using System;
using PartnerRules;

namespace PartnerRules.Tests.Abstractions;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Blank_identifiers_are_rejected_naming_the_parameter(string? value)
    {
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => new PartnerId(value!)).ParamName);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => new AccountId(value!)).ParamName);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => new OpportunityId(value!)).ParamName);
        Assert.Equal("value", Assert.ThrowsAny<ArgumentException>(() => new InvoiceId(value!)).ParamName);
    }

    [Fact]
    public void An_identifier_is_its_value_compared_ordinally()
    {
        var id = new PartnerId("P-001");

        Assert.Equal("P-001", id.Value);
        Assert.Equal("P-001", id.ToString());
        Assert.Equal(new PartnerId("P-001"), id);
        Assert.NotEqual(new PartnerId("p-001"), id);
        Assert.False(id.IsDefault);
    }

    [Fact]
    public void The_default_identifier_is_marked_and_holds_no_value()
    {
        Assert.True(default(PartnerId).IsDefault);
        Assert.Equal(string.Empty, default(AccountId).Value);
        Assert.Equal(string.Empty, default(OpportunityId).ToString());
        Assert.True(default(InvoiceId).IsDefault);
    }

    [Fact]
    public void Identifiers_up_to_128_characters_with_inner_spaces_and_unicode_are_kept_verbatim()
    {
        var text = "伙伴 " + new string('x', 125);

        Assert.Equal(128, text.Length);
        Assert.Equal(text, new AccountId(text).Value);
        Assert.Equal("P 001", new PartnerId("P 001").Value);
    }

    [Theory]
    [InlineData(129, "An account id needs 1 to 128 characters; 129 were given.")]
    [InlineData(10_000, "An account id needs 1 to 128 characters; 10000 were given.")]
    public void An_identifier_over_128_characters_is_rejected_with_its_length(int length, string message)
    {
        var ex = Assert.Throws<ArgumentException>(() => new AccountId(new string('x', length)));

        Assert.Equal("value", ex.ParamName);
        Assert.Equal(message + " (Parameter 'value')", ex.Message);
    }

    [Theory]
    [InlineData(" P-1", "A partner id cannot start or end with white space (spaces inside are allowed); trim it.")]
    [InlineData("P-1\u00A0", "A partner id cannot start or end with white space (spaces inside are allowed); trim it.")]
    [InlineData("P\t1", "A partner id cannot hold control characters (tabs, line breaks and the like); one is at index 1.")]
    [InlineData("P-1\u0000x", "A partner id cannot hold control characters (tabs, line breaks and the like); one is at index 3.")]
    public void Surrounding_white_space_and_control_characters_are_rejected_saying_which(string escaped, string message)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);

        var ex = Assert.Throws<ArgumentException>(() => new PartnerId(text));
        Assert.Equal("value", ex.ParamName);
        Assert.Equal(message + " (Parameter 'value')", ex.Message);
        Assert.Equal(message, Assert.Throws<FormatException>(() => PartnerId.Parse(text, null)).Message);
        Assert.False(PartnerId.TryParse(text, out var id));
        Assert.True(id.IsDefault);
    }

    [Fact]
    public void Every_identifier_kind_is_named_with_its_article()
    {
        Assert.StartsWith("A partner id ", Assert.Throws<FormatException>(() => PartnerId.Parse("", null)).Message, StringComparison.Ordinal);
        Assert.StartsWith("An account id ", Assert.Throws<FormatException>(() => AccountId.Parse("", null)).Message, StringComparison.Ordinal);
        Assert.StartsWith("An opportunity id ", Assert.Throws<FormatException>(() => OpportunityId.Parse("", null)).Message, StringComparison.Ordinal);
        Assert.StartsWith("An invoice id ", Assert.Throws<FormatException>(() => InvoiceId.Parse("", null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_accepts_exactly_what_the_constructor_accepts()
    {
        Assert.True(PartnerId.TryParse("P-001", out var partner));
        Assert.Equal(new PartnerId("P-001"), partner);
        Assert.True(AccountId.TryParse("138 0000 8000", out var account));
        Assert.Equal(new AccountId("138 0000 8000"), account);
        Assert.True(OpportunityId.TryParse("O-1", null, out var opportunity));
        Assert.Equal(new OpportunityId("O-1"), opportunity);
        Assert.True(InvoiceId.TryParse("I-1".AsSpan(), null, out var invoice));
        Assert.Equal(new InvoiceId("I-1"), invoice);

        Assert.False(PartnerId.TryParse(null, out _));
        Assert.False(AccountId.TryParse("", out _));
        Assert.False(OpportunityId.TryParse(new string('x', 129).AsSpan(), null, out _));
        Assert.False(InvoiceId.TryParse("I-1 ", null, out _));
    }

    [Fact]
    public void Parse_follows_the_IParsable_convention()
    {
        Assert.Equal(new OpportunityId("O-1"), ParseAs<OpportunityId>("O-1"));
        Assert.Equal(new InvoiceId("I-1"), SpanParseAs<InvoiceId>("I-1"));
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => ParseAs<PartnerId>(null!)).ParamName);
        Assert.Throws<FormatException>(() => ParseAs<AccountId>(" "));
        Assert.Throws<FormatException>(() => SpanParseAs<PartnerId>("x\n"));
    }

    private static T ParseAs<T>(string s)
        where T : IParsable<T> => T.Parse(s, null);

    private static T SpanParseAs<T>(string s)
        where T : ISpanParsable<T> => T.Parse(System.Text.RegularExpressions.Regex.Unescape(s).AsSpan(), null);
}
