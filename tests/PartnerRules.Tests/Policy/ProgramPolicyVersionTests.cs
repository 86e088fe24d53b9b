using System;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

public sealed class ProgramPolicyVersionTests
{
    [Fact]
    public void The_default_policy_is_named_default_and_a_changed_copy_keeps_the_name_until_renamed()
    {
        Assert.Equal("default", ProgramPolicy.Default.Version);
        Assert.Equal(ProgramPolicy.DefaultVersion, ProgramPolicy.Default.Version);
        Assert.Equal("default", (ProgramPolicy.Default with { RequiredDeliveredPos = 4 }).Version);
        Assert.NotEqual(ProgramPolicy.Default, ProgramPolicy.Default with { Version = "2026" });
    }

    [Theory]
    [InlineData("2026")]
    [InlineData("a")]
    [InlineData("v2027.1-rc_2")]
    [InlineData("ABCDEFGHIJ0123456789abcdefghij0123456789")]
    public void Names_of_letters_digits_dots_dashes_and_underscores_up_to_40_characters_are_valid(string name) =>
        Assert.Empty((ProgramPolicy.Default with { Version = name }).GetProblems());

    [Theory]
    [InlineData("")]
    [InlineData(" 2026")]
    [InlineData("2026 ")]
    [InlineData("20 26")]
    [InlineData("2026/27")]
    [InlineData("二〇二六")]
    [InlineData("ABCDEFGHIJ0123456789abcdefghij0123456789x")]
    public void Other_names_are_one_problem_that_quotes_the_name(string name) =>
        Assert.Equal(
            [$"Version must be 1–40 ASCII letters, digits, '.', '-' or '_' (was '{name}')"],
            (ProgramPolicy.Default with { Version = name }).GetProblems());

    [Fact]
    public void A_missing_name_is_a_problem_not_a_crash() =>
        Assert.Equal(["Version is missing"], (ProgramPolicy.Default with { Version = null! }).GetProblems());

    [Fact]
    public void The_name_problem_comes_first_and_joins_the_others_in_Validate()
    {
        var ex = Assert.Throws<ArgumentException>((ProgramPolicy.Default with { Version = "", RequiredDeliveredPos = 0 }).Validate);

        Assert.StartsWith("The programme policy is invalid (2 problems): Version must be", ex.Message, StringComparison.Ordinal);
    }
}
