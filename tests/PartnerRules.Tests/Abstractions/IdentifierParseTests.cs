using System;

namespace PartnerRules.Tests.Abstractions;

/// <summary>
/// Every parse form of every identifier agrees with its constructor on the edges of the format: empty, one and
/// 128 characters, 129, white space at an end, a control character.
/// </summary>
public sealed class IdentifierParseTests
{
    public static TheoryData<string?, bool> Texts() => new()
    {
        { null, false },
        { "", false },
        { "x", true },
        { new string('x', 128), true },
        { new string('x', 129), false },
        { " x", false },
        { "x ", false },
        { "a\u0007b", false },
        { "客户 7", true },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_form_accepts_what_the_constructor_accepts(string? text, bool valid)
    {
        Check<PartnerId>(text, valid, s => new PartnerId(s), PartnerId.TryParse);
        Check<AccountId>(text, valid, s => new AccountId(s), AccountId.TryParse);
        Check<OpportunityId>(text, valid, s => new OpportunityId(s), OpportunityId.TryParse);
        Check<InvoiceId>(text, valid, s => new InvoiceId(s), InvoiceId.TryParse);
        Check<LifecycleKey>(text, valid, s => new LifecycleKey(s), LifecycleKey.TryParse);
    }

    private delegate bool TryParsePlain<T>(string? s, out T result);

    private static void Check<T>(string? text, bool valid, Func<string, T> create, TryParsePlain<T> tryParse)
        where T : struct, ISpanParsable<T>
    {
        var expected = valid ? create(text!) : default;
        Assert.Equal(valid, T.TryParse(text, null, out var fromString));
        Assert.Equal(expected, fromString);
        Assert.Equal(valid, T.TryParse(text.AsSpan(), null, out var fromSpan));
        Assert.Equal(expected, fromSpan);
        Assert.Equal(valid, tryParse(text, out var plain));
        Assert.Equal(expected, plain);
        if (valid)
        {
            Assert.Equal(expected, T.Parse(text!, null));
            Assert.Equal(expected, T.Parse(text.AsSpan(), null));
        }
        else if (text is not null)
        {
            Assert.Throws<FormatException>(() => T.Parse(text, null));
            Assert.Throws<FormatException>(() => T.Parse(text.AsSpan(), null));
        }
    }
}
