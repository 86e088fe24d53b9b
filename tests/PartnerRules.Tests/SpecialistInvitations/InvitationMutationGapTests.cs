using System;
using PartnerRules;

namespace PartnerRules.Tests.SpecialistInvitations;

/// <summary>
/// What the mutation run showed untested in the specialist invitations: exact messages, the flags of
/// refused findings, ToString, member-by-member equality and the guards of the application's list.
/// </summary>
public sealed class InvitationMutationGapTests
{
    [Fact]
    public void Certificates_refuses_a_null_list_naming_the_property()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new SpecialistApplication { Certificates = null! });

        Assert.Equal("Certificates", error.ParamName);
        Assert.Equal("Certificates must be a list (use an empty list for none), not null. (Parameter 'Certificates')", error.Message);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public void Certificates_refuses_a_null_name_at_any_index_naming_the_index(int count, int nullAt)
    {
        var certificates = new string[count];
        for (var i = 0; i < count; i++)
        {
            certificates[i] = i == nullAt ? null! : $"HCIA-{i}";
        }

        var error = Assert.Throws<ArgumentException>(() => InvitationTestKit.CompleteApplication with { Certificates = certificates });

        Assert.Equal("Certificates", error.ParamName);
        Assert.Equal($"Certificates holds null at index {nullAt}; every certificate needs a name. (Parameter 'Certificates')", error.Message);
    }
}
