using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Associations;

/// <summary>
/// ProgramPolicy.CustomerRegistrationReservation (docs/programme-rules.md §7): another partner's registration (报备) of the
/// customer on local date <c>r</c> refuses the association while <c>r</c> is in <c>[d - 15 days, d]</c>.
/// </summary>
public sealed class RegistrationReservationTests
{
    private static readonly PartnerId Other = new("P-OTHER-77");
    private static readonly DateTimeZone Auckland = DateTimeZoneProviders.Tzdb["Pacific/Auckland"];

    private static CustomerAccount NewAccount(FakeClock clock) => new(Account, clock.GetCurrentInstant() - Duration.FromHours(1));

    [Theory]
    [InlineData(0, true)]
    [InlineData(15, true)] // registered on 2026-03-01, today 2026-03-16: the reservation's last day
    [InlineData(16, false)] // 2026-03-17: the first day after it
    public void Another_partners_registration_reserves_the_customer_for_fifteen_local_days(int daysLater, bool refused)
    {
        var clock = ClockAtLocal(2026, 3, 1, 9);
        clock.AdvanceDays(daysLater);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);
        CustomerRegistration[] registrations = [new(Other, Account, Local(2026, 3, 1, 9))];

        if (!refused)
        {
            lifecycle.Associate(NewAccount(clock), registrations);
            Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
            return;
        }

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(NewAccount(clock), registrations));

        var finding = Assert.Single(refusal.Findings);
        Assert.Equal(FindingCodes.AssociationRegistrationReserved, finding.Code);
        Assert.False(finding.Passed);
        Assert.Equal(new LocalDate(2026, 3, 17), finding.PassesOn);
        Assert.Contains("until 2026-03-16", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Other.Value, refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Other.Value, finding.Message, StringComparison.Ordinal);
        Assert.Equal(AssociationState.Invited, lifecycle.State);
        Assert.Null(lifecycle.Customer);
    }

    [Fact]
    public void The_inviting_partners_own_registration_never_refuses()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);

        lifecycle.Associate(NewAccount(clock), [new CustomerRegistration(Partner, Account, clock.GetCurrentInstant())]);

        Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
    }

    [Fact]
    public void The_latest_running_reservation_gives_the_date()
    {
        var clock = ClockAtLocal(2026, 3, 20);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);
        CustomerRegistration[] registrations =
        [
            new(Other, Account, Local(2026, 3, 10)),
            new(new PartnerId("P-3"), Account, Local(2026, 3, 12)),
            new(Partner, Account, Local(2026, 3, 19)),
            new(Other, Account, Local(2026, 2, 1)),
        ];

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(NewAccount(clock), registrations));

        Assert.Equal(new LocalDate(2026, 3, 28), Assert.Single(refusal.Findings).PassesOn);
    }

    [Fact]
    public void An_old_account_inside_another_partners_reservation_gets_both_findings_in_order()
    {
        var clock = ClockAtLocal(2026, 3, 20);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);
        var old = new CustomerAccount(Account, Local(2026, 1, 1));

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(old, [new CustomerRegistration(Other, Account, Local(2026, 3, 19))]));

        Assert.Equal([FindingCodes.AssociationNewAccount, FindingCodes.AssociationRegistrationReserved], refusal.Findings.Select(f => f.Code));
        Assert.Contains("Associate", refusal.PermittedTriggers);
    }

    [Fact]
    public void Under_auckland_the_reservation_is_counted_on_auckland_dates_near_midnight()
    {
        var policy = ProgramPolicy.Default with { TimeZone = Auckland };

        // Registered at 23:50 on 2026-03-01 in Auckland (10:50 UTC the same day).
        CustomerRegistration[] registrations = [new(Other, Account, At(2026, 3, 1, 23, 50))];
        var lastDay = new FakeClock(At(2026, 3, 16, 23, 59));
        var refusal = Assert.Throws<InvalidTransitionException>(() =>
            CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, lastDay, policy).Associate(NewAccount(lastDay), registrations));
        Assert.Equal(new LocalDate(2026, 3, 17), Assert.Single(refusal.Findings).PassesOn);

        // 00:01 on 2026-03-17 in Auckland is 11:01 UTC on 2026-03-16.
        var firstDay = new FakeClock(At(2026, 3, 17, 0, 1));
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, firstDay, policy);
        lifecycle.Associate(NewAccount(firstDay), registrations);
        Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
    }

    [Fact]
    public void A_registration_just_after_auckland_midnight_counts_on_its_auckland_date()
    {
        var policy = ProgramPolicy.Default with { TimeZone = Auckland };

        // 00:10 on 2026-03-02 in Auckland is 11:10 UTC on 2026-03-01: reserved through 2026-03-17 in Auckland.
        CustomerRegistration[] registrations = [new(Other, Account, At(2026, 3, 2, 0, 10))];
        var clock = new FakeClock(At(2026, 3, 17, 12, 0));

        var refusal = Assert.Throws<InvalidTransitionException>(() =>
            CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock, policy).Associate(NewAccount(clock), registrations));

        Assert.Equal(new LocalDate(2026, 3, 18), Assert.Single(refusal.Findings).PassesOn);
    }

    [Fact]
    public void The_reservation_comes_from_the_policy()
    {
        var policy = ProgramPolicy.Default with { CustomerRegistrationReservation = Period.FromMonths(1) };
        var clock = ClockAtLocal(2026, 3, 31);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock, policy);

        // Registered on 2026-02-28: 2026-03-31 - 1 month = 2026-02-28 is still inside; free from 2026-04-01.
        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(NewAccount(clock), [new CustomerRegistration(Other, Account, Local(2026, 2, 28))]));

        var finding = Assert.Single(refusal.Findings);
        Assert.Equal(new LocalDate(2026, 4, 1), finding.PassesOn);
        Assert.Contains("1 month", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Associate_with_an_account_alone_is_never_refused_by_a_reservation()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);

        lifecycle.Associate(NewAccount(clock));

        Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
    }

    public static TheoryData<string, CustomerRegistration?> BadRegistrations() => new()
    {
        { "is null", null },
        { "default(PartnerId)", new CustomerRegistration(default, Account, Local(2026, 3, 1)) },
        { "default(AccountId)", new CustomerRegistration(Other, default, Local(2026, 3, 1)) },
        { "another account", new CustomerRegistration(Other, new AccountId("ACC-2"), Local(2026, 3, 1)) },
        { "after the clock's now", new CustomerRegistration(Other, Account, Local(2026, 3, 2, 10, 0, 1)) },
    };

    [Theory]
    [MemberData(nameof(BadRegistrations))]
    public void A_bad_registration_is_an_argument_exception_naming_registrations(string problem, CustomerRegistration? bad)
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);

        var error = Assert.Throws<ArgumentException>(() => lifecycle.Associate(NewAccount(clock), [new CustomerRegistration(Partner, Account, Local(2026, 3, 1)), bad!]));

        Assert.Equal("registrations", error.ParamName);
        Assert.Contains("Registration 1", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(AssociationState.Invited, lifecycle.State);
    }

    [Fact]
    public void A_null_list_of_registrations_is_an_argument_null_exception()
    {
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);

        Assert.Equal("registrations", Assert.Throws<ArgumentNullException>(() => lifecycle.Associate(NewAccount(clock), null!)).ParamName);
    }

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Auckland).ToInstant();
}
