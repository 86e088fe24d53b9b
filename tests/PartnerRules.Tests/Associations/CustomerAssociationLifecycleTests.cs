using System;
using System.Linq;
using NodaTime;
using NodaTime.Testing;
using PartnerRules;
using PartnerRules.Tests.Lifecycles;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;

namespace PartnerRules.Tests.Associations;

public sealed class CustomerAssociationLifecycleTests
{
    private const string ZhNewAccountSentence = "无法进行关联,请联系您的华为云合作伙伴重新提交注册(关联合作伙伴的账号必须是7天内创建的新账号)";
    private const string EnNewAccountSentence = "Cannot associate: contact your Huawei Cloud partner to submit the registration again (the account associated with a partner must be a new account created within 7 days)";

    public static TheoryData<AssociationState, AssociationTrigger> EveryStateAndTrigger()
    {
        var data = new TheoryData<AssociationState, AssociationTrigger>();
        foreach (var (state, _) in ReferenceTables.Reachable(ReferenceTables.Association, AssociationState.Invited))
        {
            foreach (var trigger in Values<AssociationTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndTrigger))]
    public void Every_trigger_in_every_reachable_state_follows_the_table_or_throws_and_changes_nothing(AssociationState state, AssociationTrigger trigger)
    {
        var path = ReferenceTables.Reachable(ReferenceTables.Association, AssociationState.Invited).Single(r => r.State == state).Path;
        var clock = ClockAtLocal(2026, 3, 2);
        var lifecycle = LifecycleDrivers.Association(path, clock);
        clock.Advance(Duration.FromHours(1));
        var before = lifecycle.ToSnapshot();
        var permitted = ReferenceTables.Association.TryGetValue((state, trigger), out var expected);

        Assert.Equal(permitted, lifecycle.CanFire(trigger));
        Assert.Equal(Values<AssociationTrigger>().Where(t => ReferenceTables.Association.ContainsKey((state, t))), lifecycle.PermittedTriggers);
        if (permitted && trigger == AssociationTrigger.Associate)
        {
            var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(trigger));
            Assert.Contains("Associate(account)", refusal.Message, StringComparison.Ordinal);
            Assert.Equal(before, lifecycle.ToSnapshot());
            lifecycle.Associate(new CustomerAccount(Account, clock.GetCurrentInstant()));
            Assert.Equal(expected, lifecycle.State);
        }
        else if (permitted && trigger == AssociationTrigger.Undo)
        {
            var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(trigger));
            Assert.Contains("Undo(earlierUndos)", refusal.Message, StringComparison.Ordinal);
            Assert.Equal(before, lifecycle.ToSnapshot());
            lifecycle.Undo();
            Assert.Equal(expected, lifecycle.State);
        }
        else if (permitted)
        {
            lifecycle.Fire(trigger);
            Assert.Equal(expected, lifecycle.State);
            Assert.Equal(new Transition<AssociationState, AssociationTrigger>(state, expected, trigger, clock.GetCurrentInstant()), lifecycle.History[^1]);
        }
        else
        {
            var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(trigger));
            Assert.Equal(state.ToString(), refusal.State);
            Assert.Equal(trigger.ToString(), refusal.Trigger);
            Assert.Empty(refusal.Findings);
            if (trigger == AssociationTrigger.Associate)
            {
                Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(null!));
                Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(new CustomerAccount(Account, clock.GetCurrentInstant())));
            }

            if (trigger == AssociationTrigger.Undo)
            {
                Assert.Throws<InvalidTransitionException>(() => lifecycle.Undo());
            }

            Assert.Equal(before, lifecycle.ToSnapshot());
        }
    }

    [Fact]
    public void An_invited_customer_associates_signs_the_notice_and_later_dissociates()
    {
        var clock = ClockAtLocal(2026, 3, 10);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.ConsultativeSale, clock);
        Assert.Equal(AssociationState.Invited, lifecycle.State);
        Assert.Equal(Partner, lifecycle.Partner);
        Assert.Equal(AssociationMode.ConsultativeSale, lifecycle.Mode);
        Assert.Null(lifecycle.Customer);
        Assert.Null(lifecycle.Deadline);
        Assert.Equal([AssociationTrigger.Associate, AssociationTrigger.Expire], lifecycle.PermittedTriggers);

        lifecycle.Associate(new CustomerAccount(Account, Local(2026, 3, 9)));
        Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
        Assert.Equal(Account, lifecycle.Customer);
        lifecycle.Fire(AssociationTrigger.SignNotice);
        lifecycle.Fire(AssociationTrigger.Dissociate);

        Assert.Equal(AssociationState.Dissociated, lifecycle.State);
        Assert.Equal([AssociationTrigger.Associate, AssociationTrigger.SignNotice, AssociationTrigger.Dissociate], lifecycle.History.Select(h => h.Trigger));
        Assert.Equal(3, lifecycle.Version);
    }

    [Theory]
    // Now: 2026-03-10 10:00 in Shanghai. Created 7 local days before passes, 8 fails, whatever the hour.
    [InlineData(2026, 3, 3, 0, 0, true)]
    [InlineData(2026, 3, 3, 23, 59, true)]
    [InlineData(2026, 3, 2, 23, 59, false)]
    [InlineData(2026, 3, 2, 0, 0, false)]
    [InlineData(2026, 3, 10, 9, 59, true)]
    [InlineData(2026, 2, 24, 10, 0, false)]
    public void An_account_created_within_seven_local_days_is_new(int year, int month, int day, int hour, int minute, bool isNew)
    {
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 10));
        var account = new CustomerAccount(Account, Local(year, month, day, hour, minute));

        if (isNew)
        {
            lifecycle.Associate(account);
            Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
        }
        else
        {
            var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(account));
            Assert.Equal("ASSOCIATION.NEW_ACCOUNT", Assert.Single(refusal.Findings).Code);
            Assert.Equal(AssociationState.Invited, lifecycle.State);
            Assert.Equal(0, lifecycle.Version);
            Assert.Null(lifecycle.Customer);
        }
    }

    [Fact]
    public void The_seven_days_are_counted_on_shanghai_dates_across_midnight_utc_sixteen()
    {
        // Created 2026-03-02T16:00Z = 2026-03-03 00:00 in Shanghai; one second earlier is still 2026-03-02.
        var createdAtLocalMidnight = new CustomerAccount(Account, Utc(2026, 3, 2, 16));
        var createdJustBefore = new CustomerAccount(Account, Utc(2026, 3, 2, 15, 59, 59));

        // Now 2026-03-10T15:59:59Z = 2026-03-10 23:59:59 in Shanghai: 7 days after 03-03, 8 after 03-02.
        var clock = new FakeClock(Utc(2026, 3, 10, 15, 59, 59));
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);
        Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(createdJustBefore));
        lifecycle.Associate(createdAtLocalMidnight);
        Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);

        // One second later it is 2026-03-11 in Shanghai: 8 days after 03-03.
        var later = new FakeClock(Utc(2026, 3, 10, 16));
        var tooLate = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, later);
        Assert.Throws<InvalidTransitionException>(() => tooLate.Associate(createdAtLocalMidnight));
    }

    [Fact]
    public void The_refusal_in_chinese_is_the_programmes_exact_sentence()
    {
        using var culture = UiCulture("zh-CN");
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 10));

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(new CustomerAccount(Account, Local(2026, 3, 1))));

        var finding = Assert.Single(refusal.Findings);
        Assert.Equal(new Finding("ASSOCIATION.NEW_ACCOUNT", false, ZhNewAccountSentence), finding);
        Assert.Contains(ZhNewAccountSentence, refusal.Message, StringComparison.Ordinal);
        Assert.Equal("Invited", refusal.State);
        Assert.Equal("Associate", refusal.Trigger);
        Assert.Equal(["Associate", "Expire"], refusal.PermittedTriggers);
    }

    [Fact]
    public void The_refusal_in_english_says_the_same()
    {
        using var culture = UiCulture("en-US");
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 10));

        var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Associate(new CustomerAccount(Account, Local(2026, 3, 1))));

        Assert.Equal(EnNewAccountSentence, Assert.Single(refusal.Findings).Message);
    }

    [Fact]
    public void The_window_in_the_message_comes_from_the_policy()
    {
        using var culture = UiCulture("zh-CN");
        var policy = ProgramPolicy.Default with { NewAccountWindow = Period.FromDays(10) };
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 20), policy);

        lifecycle.Associate(new CustomerAccount(Account, Local(2026, 3, 10)));
        var other = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 20), policy);
        var refusal = Assert.Throws<InvalidTransitionException>(() => other.Associate(new CustomerAccount(Account, Local(2026, 3, 9))));

        Assert.Equal(ZhNewAccountSentence.Replace("7天", "10天", StringComparison.Ordinal), refusal.Findings[0].Message);
    }

    [Fact]
    public void Fire_associate_points_to_associate_with_the_account_in_both_languages()
    {
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 10));
        Assert.True(lifecycle.CanFire(AssociationTrigger.Associate));

        using (UiCulture("en-US"))
        {
            var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(AssociationTrigger.Associate));
            Assert.Contains("Associate(account)", refusal.Message, StringComparison.Ordinal);
            Assert.Equal("Associate", refusal.Trigger);
            Assert.Empty(refusal.Findings);
        }

        using (UiCulture("zh-CN"))
        {
            var refusal = Assert.Throws<InvalidTransitionException>(() => lifecycle.Fire(AssociationTrigger.Associate));
            Assert.Contains("请调用 Associate(account)", refusal.Message, StringComparison.Ordinal);
        }

        Assert.Equal(AssociationState.Invited, lifecycle.State);
        Assert.Empty(lifecycle.History);
    }

    [Fact]
    public void An_account_created_after_now_is_bad_input()
    {
        var clock = ClockAtLocal(2026, 3, 10);
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, clock);

        var error = Assert.Throws<ArgumentException>(() => lifecycle.Associate(new CustomerAccount(Account, clock.GetCurrentInstant() + Duration.FromSeconds(1))));

        Assert.Equal("account", error.ParamName);
        Assert.Equal(AssociationState.Invited, lifecycle.State);
        lifecycle.Associate(new CustomerAccount(Account, clock.GetCurrentInstant()));
        Assert.Equal(AssociationState.AwaitingSignature, lifecycle.State);
    }

    [Fact]
    public void Associate_without_an_account_in_invited_is_an_argument_null_exception()
    {
        var lifecycle = CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, ClockAtLocal(2026, 3, 10));
        Assert.Equal("account", Assert.Throws<ArgumentNullException>(() => lifecycle.Associate(null!)).ParamName);
        Assert.Equal("account", Assert.Throws<ArgumentException>(() => lifecycle.Associate(new CustomerAccount(default, Local(2026, 3, 9)))).ParamName);
    }

    [Fact]
    public void Inviting_with_bad_arguments_is_an_argument_exception()
    {
        var clock = ClockAtLocal(2026, 3, 10);
        Assert.Equal("partner", Assert.Throws<ArgumentException>(() => CustomerAssociationLifecycle.Invite(default, AssociationMode.Resale, clock)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerAssociationLifecycle.Invite(Partner, (AssociationMode)5, clock)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => CustomerAssociationLifecycle.Invite(Partner, AssociationMode.Resale, null!)).ParamName);
    }
}

public sealed class CustomerAssociationPendingTests
{
    [Fact]
    public void An_associate_the_clock_refused_leaves_no_account_pending()
    {
        var clock = LifecycleTestKit.ClockAtLocal(2026, 3, 2, 12);
        var lifecycle = CustomerAssociationLifecycle.Invite(LifecycleTestKit.Partner, AssociationMode.Resale, clock);
        clock.Reset(LifecycleTestKit.Local(2026, 3, 2, 11));

        Assert.Throws<PartnerRulesException>(() => lifecycle.Associate(new CustomerAccount(new AccountId("C-1"), LifecycleTestKit.Local(2026, 3, 2, 10))));
        clock.Reset(LifecycleTestKit.Local(2026, 4, 2));

        // Nothing is pending: Associate stays open for another, new account.
        Assert.Equal(AssociationState.Invited, lifecycle.State);
        Assert.Contains(AssociationTrigger.Associate, lifecycle.PermittedTriggers);
        lifecycle.Associate(new CustomerAccount(new AccountId("C-2"), LifecycleTestKit.Local(2026, 4, 1)));
        Assert.Equal(new AccountId("C-2"), lifecycle.Customer);
    }
}
