using System;
using System.Collections.Generic;
using System.Text.Json;
using PartnerRules;

namespace PartnerRules.Tests.Json;

/// <summary>The JSON layer's refusals word for word: an undeclared enum value written, options missing, a calendar name unknown.</summary>
public sealed class JsonRefusalTextTests
{
    private static readonly JsonSerializerOptions Options = PartnerRulesJson.CreateOptions();

    [Fact]
    public void An_undeclared_enum_value_is_refused_naming_it_and_the_declared_values()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize((PartnerStage)7, Options));

        Assert.Equal("PartnerStage 7 is not a declared value and cannot be written; use one of: Registered, Certified, Differentiated.", error.Message);
    }

    [Fact]
    public void An_undeclared_enum_value_used_as_a_dictionary_key_is_refused_the_same_way()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Dictionary<IncentiveKind, int> { [(IncentiveKind)99] = 1 }, Options));

        Assert.Equal("IncentiveKind 99 is not a declared value and cannot be written; use one of: FirstCommercialProject, Acceleration.", error.Message);
    }

    [Fact]
    public void Configuring_null_options_says_which_options_to_pass()
    {
        var error = Assert.Throws<ArgumentNullException>(() => PartnerRulesJson.Configure(null!));

        Assert.Equal("options", error.ParamName);
        Assert.Equal("Pass the options to configure, e.g. the host's JsonOptions.SerializerOptions. (Parameter 'options')", error.Message);
    }

    [Fact]
    public void An_unknown_calendar_name_keeps_the_reason_as_the_inner_error()
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ProgramPolicy>("""{ "calendar": "Japan" }""", Options));

        Assert.Equal("Unknown calendar name.", Assert.IsType<JsonException>(error.InnerException).Message);
    }
}
