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
    public void Long_and_unicode_identifiers_are_kept_verbatim()
    {
        var text = "伙伴-" + new string('x', 10_000);
        Assert.Equal(text, new AccountId(text).Value);
    }
}
