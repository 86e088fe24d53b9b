using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.Support;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
using static PartnerRules.Tests.SpecialistInvitations.InvitationTestKit;

namespace PartnerRules.Tests.SpecialistInvitations;

/// <summary>
/// What the mutation run showed untested in the specialist invitations: exact messages, the flags of
/// refused findings, ToString, member-by-member equality, the guards of the application's list, the
/// order of Bind's and Apply's checks, and what a restored invitation remembers.
/// </summary>
/// <remarks>
/// Every test builds its lifecycles itself (no static fixtures): the mutation runner keeps one test
/// host across mutants, and a fixture built under one mutant would be reused under the next.
/// </remarks>
public sealed partial class InvitationMutationGapTests
{
    private const SpecialistInvitationTrigger Bind = SpecialistInvitationTrigger.Bind;
    private const SpecialistInvitationTrigger Apply = SpecialistInvitationTrigger.Apply;
    private const SpecialistInvitationTrigger Reject = SpecialistInvitationTrigger.Reject;

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

        var error = Assert.Throws<ArgumentException>(() => CompleteApplication with { Certificates = certificates });

        Assert.Equal("Certificates", error.ParamName);
        Assert.Equal($"Certificates holds null at index {nullAt}; every certificate needs a name. (Parameter 'Certificates')", error.Message);
    }

    [Theory]
    [InlineData("complete", "SpecialistApplication { Position = Solution architect, StartedOnHuaweiCloud = 2024-05-06, Certificates = [ HCIP-Cloud Service Solutions Architect ] }")]
    [InlineData("two certificates", "SpecialistApplication { Position = Solution architect, StartedOnHuaweiCloud = 2024-05-06, Certificates = [ HCIA-Cloud, HCIE-Cloud ] }")]
    [InlineData("empty", "SpecialistApplication { Position = null, StartedOnHuaweiCloud = null, Certificates = [  ] }")]
    public void An_application_prints_every_member_and_null_for_a_missing_one(string which, string text)
    {
        var application = which switch
        {
            "complete" => CompleteApplication,
            "two certificates" => CompleteApplication with { Certificates = ["HCIA-Cloud", "HCIE-Cloud"] },
            "empty" => new SpecialistApplication(),
            _ => throw new ArgumentOutOfRangeException(nameof(which)),
        };

        Assert.Equal(text, application.ToString());
    }

    public static TheoryData<string> ApplicationMembers() =>
    [
        "Position", "Position (null)", "StartedOnHuaweiCloud", "StartedOnHuaweiCloud (null)",
        "Certificates", "Certificates (one more)", "Certificates (empty)",
    ];

    [Theory]
    [MemberData(nameof(ApplicationMembers))]
    public void An_application_differs_from_one_that_differs_only_in(string member)
    {
        var changed = member switch
        {
            "Position" => CompleteApplication with { Position = "Engineer" },
            "Position (null)" => CompleteApplication with { Position = null },
            "StartedOnHuaweiCloud" => CompleteApplication with { StartedOnHuaweiCloud = new LocalDate(2024, 5, 7) },
            "StartedOnHuaweiCloud (null)" => CompleteApplication with { StartedOnHuaweiCloud = null },
            "Certificates" => CompleteApplication with { Certificates = ["HCIE-Cloud"] },
            "Certificates (one more)" => CompleteApplication with { Certificates = [.. CompleteApplication.Certificates, "HCIE-Cloud"] },
            "Certificates (empty)" => CompleteApplication with { Certificates = [] },
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };

        EqualityAssert.Differs(CompleteApplication, changed);
    }

    public static TheoryData<string> SnapshotMembers() =>
        ["Partner", "Account", "State", "Version", "CreatedAt", "Application", "Application (null)", "History"];

    [Theory]
    [MemberData(nameof(SnapshotMembers))]
    public void An_invitation_snapshot_differs_from_one_that_differs_only_in(string member)
    {
        var snapshot = Drive([Bind, Apply], ClockAtLocal(2026, 3, 2)).ToSnapshot();
        var changed = member switch
        {
            "Partner" => snapshot with { Partner = new PartnerId("P-2") },
            "Account" => snapshot with { Account = new AccountId("EMP-2") },
            "State" => snapshot with { State = SpecialistInvitationState.Bound },
            "Version" => snapshot with { Version = 3 },
            "CreatedAt" => snapshot with { CreatedAt = snapshot.CreatedAt - Duration.FromSeconds(1) },
            "Application" => snapshot with { Application = CompleteApplication with { Position = "Engineer" } },
            "Application (null)" => snapshot with { Application = null },
            "History" => snapshot with { History = [] },
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };

        EqualityAssert.Differs(snapshot, changed);
    }

    [Fact]
    public void Equal_applications_and_invitation_snapshots_are_equal_with_equal_hash_codes_and_nothing_equals_null()
    {
        var snapshot = Drive([Bind, Apply], ClockAtLocal(2026, 3, 2)).ToSnapshot();

        EqualityAssert.EqualCopy(snapshot, snapshot with { History = [.. snapshot.History], Application = snapshot.Application! with { } });
        EqualityAssert.EqualCopy(CompleteApplication, CompleteApplication with { Certificates = [.. CompleteApplication.Certificates] });
        EqualityAssert.EqualCopy(new SpecialistApplication(), new SpecialistApplication());
    }

    [Theory]
    [InlineData("blank position", "SPECIALIST.POSITION", "The position is missing: fill it in before applying.")]
    [InlineData("no start date", "SPECIALIST.CLOUD_START_DATE", "The start date on Huawei Cloud is missing: fill it in before applying.")]
    [InlineData("start date tomorrow", "SPECIALIST.CLOUD_START_DATE", "The start date on Huawei Cloud (2026-03-03) is after today (2026-03-02).")]
    [InlineData("no certificate", "SPECIALIST.CERTIFICATES", "No certificate is given: add at least one (without blank names) before applying.")]
    public void Each_missing_piece_of_an_application_is_a_failed_finding_that_says_what_to_do(string what, string code, string message)
    {
        using var culture = UiCulture("en-GB");
        var invitation = Drive([Bind], ClockAtLocal(2026, 3, 2));
        var application = what switch
        {
            "blank position" => CompleteApplication with { Position = " " },
            "no start date" => CompleteApplication with { StartedOnHuaweiCloud = null },
            "start date tomorrow" => CompleteApplication with { StartedOnHuaweiCloud = new LocalDate(2026, 3, 3) },
            "no certificate" => CompleteApplication with { Certificates = [] },
            _ => throw new ArgumentOutOfRangeException(nameof(what)),
        };

        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Apply(application));

        var finding = Assert.Single(error.Findings);
        Assert.Equal((code, false, message), (finding.Code, finding.Passed, finding.Message));
        Assert.Equal($"'Apply' was refused in state 'Bound': {code}: {message.TrimEnd('.')}. Permitted now: Apply, Unbind.", error.Message);
    }

    [Fact]
    public void An_expired_link_is_a_failed_finding_naming_the_validity_and_the_due_date()
    {
        using var culture = UiCulture("en-GB");
        var clock = ClockAtLocal(2026, 3, 2, 10);
        var invitation = Drive([], clock);
        clock.Reset(Utc(2026, 3, 9, 16));

        var error = Assert.Throws<InvalidTransitionException>(() => invitation.Bind(ApprovedLink));

        var finding = Assert.Single(error.Findings);
        Assert.Equal(
            ("STAFF.INVITATION_VALIDITY", false, "The invitation link was valid for 7 days and expired after 2026-03-09: send a new invitation."),
            (finding.Code, finding.Passed, finding.Message));
    }
}
