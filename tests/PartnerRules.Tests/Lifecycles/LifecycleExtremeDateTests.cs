using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules.Tests.Settlements;
using PartnerRules.Tests.SpecialistInvitations;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// Dates and instants at the ends of NodaTime's range in the lifecycles' entry points: a factory whose clock reads
/// such an instant is an ArgumentException naming <c>clock</c>; an operation that reads it later is a
/// PartnerRulesException (the clock is not its argument), as a clock that went back is; dates passed as arguments
/// are refused naming them or decided (a documented result). Never an overflow from inside NodaTime.
/// </summary>
public sealed class LifecycleExtremeDateTests
{
    public static TheoryData<string> Extremes() => new() { "min", "max", "9999-12-31", "-9998-01-02" };

    private static Instant At(string which) => which switch
    {
        "min" => Instant.MinValue,
        "max" => Instant.MaxValue,
        "9999-12-31" => Instant.FromUtc(9999, 12, 31, 0, 0),
        _ => Instant.MinValue + Duration.FromDays(1),
    };

    private static string Message(Instant now) =>
        $"The clock reads {now.ToString(null, System.Globalization.CultureInfo.InvariantCulture)}, outside the dates a lifecycle supports: its local date, moved a year and the policy's windows and deadlines either way, must stay within -9998-01-01 and 9999-12-31. Check the clock passed to the lifecycle.";

    [Theory]
    [MemberData(nameof(Extremes))]
    public void A_factory_whose_clock_reads_an_end_of_time_is_refused_naming_the_clock(string which)
    {
        var clock = new FakeClock(At(which));
        var expected = Message(At(which)) + " (Parameter 'clock')";

        Assert.All(
            new Action[]
            {
                () => InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.ElectronicOrdinary, clock),
                () => CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock),
                () => IncentiveSettlementLifecycle.Start(SettlementTestKit.Project, Partner, SettlementTestKit.Approved(), clock),
                () => SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, clock),
                () => OpportunityLifecycle.CreateDraft(Opp, clock),
                () => OpportunityLifecycle.Offer(Opp, ApprovedHo, clock),
            },
            create => Assert.Equal(("clock", expected), Refused(create)));
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void An_operation_whose_clock_moved_to_an_end_of_time_is_refused_and_changes_nothing(string which)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var paper = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.PaperOrdinary, clock);
        var special = InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, clock);
        var association = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);
        var settlement = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.UnderReview), clock);
        var invitation = SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, clock);
        var bound = InvitationTestKit.Drive([SpecialistInvitationTrigger.Bind], clock);
        var draft = OpportunityLifecycle.CreateDraft(Opp, clock);
        draft.Edit(CompleteForm);
        var receivedOn = clock.GetCurrentInstant().InZone(Shanghai).Date;
        clock.Reset(At(which));

        foreach (var operation in new Action[]
        {
            () => paper.Fire(InvoiceReturnTrigger.ReceiveOriginal),
            () => special.Fire(InvoiceReturnTrigger.ConfirmRedLetter),
            () => association.Associate(new CustomerAccount(Account, Local(2026, 3, 1))),
            () => settlement.Qualify(receivedOn),
            () => invitation.Bind(InvitationTestKit.ApprovedLink),
            () => bound.Apply(InvitationTestKit.CompleteApplication),
            () => draft.Fire(OpportunityTrigger.Submit),
            () => new PartnerRulesLifecycles(clock, PolicySchedule.Always(ProgramPolicy.Default)).RequestInvoiceReturn(Invoice, InvoiceKind.PaperOrdinary),
        })
        {
            Assert.Equal(Message(At(which)), Assert.Throws<PartnerRulesException>(operation).Message);
        }

        Assert.Equal((0L, 0L, 0L, 1L), (paper.Version, special.Version, association.Version, bound.Version));
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void A_snapshot_created_or_stepped_at_an_end_of_time_is_refused_on_restore(string which)
    {
        var saved = LifecycleDrivers.InvoiceReturn(InvoiceKind.SpecialVat, [InvoiceReturnTrigger.ConfirmRedLetter], ClockAtLocal(2026, 3, 2)).ToSnapshot();
        var created = saved with { CreatedAt = At(which), History = [], Version = 0 };
        var stepped = saved with { History = [saved.History[0] with { At = At(which) }] };
        var clock = ClockAtLocal(2026, 3, 3);

        // A stored-data fault (an ArgumentException today; any PartnerRulesException would do), never an overflow.
        var refusals = new[] { created, stepped }.Select(s => Assert.ThrowsAny<Exception>(() => InvoiceReturnLifecycle.Restore(s, clock))).ToArray();

        Assert.All(refusals, e => Assert.True(e is ArgumentException or PartnerRulesException, e.ToString()));
        Assert.Contains($"CreatedAt {At(which).ToString(null, System.Globalization.CultureInfo.InvariantCulture)} is outside the dates a lifecycle supports", refusals[0].Message, StringComparison.Ordinal);
        Assert.Contains(which is "max" or "9999-12-31" ? "History[0].At " : "is before the creation", refusals[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clock_a_year_and_the_deadlines_away_from_the_ends_still_works()
    {
        var late = new FakeClock(Instant.FromUtc(9998, 6, 1, 0, 0));
        var early = new FakeClock(Instant.FromUtc(-9996, 3, 1, 0, 0));

        Assert.Equal(new LocalDate(9998, 6, 1), InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.ElectronicOrdinary, late).Deadline!.DueOn);
        Assert.Equal(new LocalDate(9998, 6, 8), SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, late).Deadline!.DueOn);
        var association = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, early);
        association.Associate(new CustomerAccount(Account, early.GetCurrentInstant()));
        Assert.Equal(AssociationState.AwaitingSignature, association.State);
    }

    [Theory]
    [InlineData(-9998)]
    [InlineData(9999)]
    public void A_received_date_at_the_ends_of_the_calendar_is_refused_naming_it(int year)
    {
        var settlement = SettlementTestKit.Drive(SettlementTestKit.PathTo(SettlementState.UnderReview));
        var date = year < 0 ? LocalDate.MinIsoValue : LocalDate.MaxIsoValue;

        Assert.Equal("receivedOn", Assert.Throws<ArgumentException>(() => settlement.Qualify(date)).ParamName);
        Assert.Equal(SettlementState.UnderReview, settlement.State);
    }

    [Fact]
    public void A_cloud_start_date_at_the_ends_of_the_calendar_is_decided()
    {
        var future = InvitationTestKit.Drive([SpecialistInvitationTrigger.Bind]);
        var past = InvitationTestKit.Drive([SpecialistInvitationTrigger.Bind]);

        var refusal = Assert.Throws<InvalidTransitionException>(() => future.Apply(InvitationTestKit.CompleteApplication with { StartedOnHuaweiCloud = LocalDate.MaxIsoValue }));
        past.Apply(InvitationTestKit.CompleteApplication with { StartedOnHuaweiCloud = LocalDate.MinIsoValue });

        Assert.Equal("SPECIALIST.CLOUD_START_DATE", Assert.Single(refusal.Findings).Code);
        Assert.Equal(SpecialistInvitationState.UnderReview, past.State);
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void An_account_created_at_an_end_of_time_is_refused_naming_it_or_is_not_new(string which)
    {
        var association = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 2));
        var account = new CustomerAccount(Account, At(which));

        if (At(which) > Local(2026, 3, 2))
        {
            Assert.Equal("account", Assert.Throws<ArgumentException>(() => association.Associate(account)).ParamName);
        }
        else
        {
            Assert.Equal("ASSOCIATION.NEW_ACCOUNT", Assert.Single(Assert.Throws<InvalidTransitionException>(() => association.Associate(account)).Findings).Code);
        }

        Assert.Equal(AssociationState.Invited, association.State);
    }

    [Theory]
    [MemberData(nameof(Extremes))]
    public void Obligations_listed_at_an_end_of_time_are_a_result(string which)
    {
        var running = PartnerRules.Obligations.Running([InvoiceReturnLifecycle.Request(Invoice, InvoiceKind.SpecialVat, ClockAtLocal(2026, 3, 2))], At(which));

        Assert.Equal(At(which) > Local(2026, 3, 2), Assert.Single(running).IsOverdue);
    }

    [Fact]
    public void Dates_before_year_one_are_written_with_their_sign_not_as_years_of_an_era()
    {
        var clock = new FakeClock(Instant.FromUtc(-500, 3, 2, 2, 0));
        var invitation = SpecialistInvitationLifecycle.Invite(Partner, InvitationTestKit.Employee, 0, clock);
        clock.Advance(Duration.FromDays(8));

        var refusal = Assert.Throws<InvalidTransitionException>(() => invitation.Bind(InvitationTestKit.ApprovedLink));

        Assert.Contains("expired after -0500-03-09", Assert.Single(refusal.Findings).Message, StringComparison.Ordinal);
        Assert.Contains("is valid until -0500-03-09", Assert.Single(PartnerRules.Obligations.Running([invitation], clock.GetCurrentInstant())).Description, StringComparison.Ordinal);
    }

    private static (string?, string) Refused(Action create)
    {
        var error = Assert.Throws<ArgumentException>(create);
        return (error.ParamName, error.Message);
    }
}
