using NodaTime;
using PartnerRules.Tests.Reference;
using static PartnerRules.Tests.StaffLinks.Accounts;

namespace PartnerRules.Tests.Engine;

/// <summary>A staff link's ChangesOn looks across a pending version whose link limit differs.</summary>
public sealed class StaffLinkScheduleTests
{
    private static readonly PolicySchedule LowerLimitIn2027 = new(
    [
        new(new LocalDate(2026, 1, 1), ProgramPolicy.Default with { Version = "2026" }),
        new(new LocalDate(2027, 1, 1), ProgramPolicy.Default with { Version = "2027", StaffLinkPartnerLimit = 1 }),
    ]);

    [Fact]
    public void An_approval_the_next_version_refuses_changes_on_its_first_day()
    {
        var engine = new PartnerRulesEngine(new PartnerRulesOptions { Schedule = LowerLimitIn2027, Culture = Engines.EnglishCulture });
        var single = new PartnerRulesEngine(new PartnerRulesOptions { Policy = ProgramPolicy.Default with { Version = "2026" }, Culture = Engines.EnglishCulture });
        var account = Account(Link("P-2", Time.Local(2026, 5, 1), Time.Local(2026, 6, 1)));
        var asOf = Time.Local(2026, 12, 20);

        var decision = engine.EvaluateStaffLink(Inviting, account, asOf);

        Assert.True(decision.IsApproved);
        Assert.Equal("2026", decision.PolicyVersion);
        Assert.Equal(new LocalDate(2027, 1, 1), decision.ChangesOn);
        Assert.Null(single.EvaluateStaffLink(Inviting, account, asOf).ChangesOn);
        Assert.False(engine.EvaluateStaffLink(Inviting, account, Time.Local(2027, 1, 1)).IsApproved);
    }
}
