using System;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

public sealed class ProgramPolicyTests
{
    [Fact]
    public void Defaults_are_the_numbers_of_the_programme()
    {
        var policy = ProgramPolicy.Default;

        Assert.Equal("Asia/Shanghai", policy.TimeZone.Id);
        Assert.Same(BusinessCalendar.China, policy.Calendar);
        Assert.Equal("CNY", policy.Currency);
        Assert.Equal(3, policy.RequiredDeliveredPos);
        Assert.Equal(Period.FromMonths(12), policy.DeliveredPoWindow);
        Assert.Equal(Period.FromDays(90), policy.OpportunityUpdateWindow);
        Assert.Equal(Period.FromYears(1), policy.StaffLinkWindow);
        Assert.Equal(3, policy.StaffLinkPartnerLimit);
        Assert.Equal(Period.FromDays(7), policy.SpecialistInvitationValidity);
        Assert.Equal(100, policy.SpecialistInvitationsPerDay);
        Assert.Equal(6, policy.FirstProjectNewCustomerSpendMonths);
        Assert.Equal(Money.Cny(300_000m), policy.FirstProjectNewCustomerCap);
        Assert.Equal(Money.Cny(50_000m), policy.FirstProjectExistingCustomerAmount);
        Assert.Equal(2, policy.AccelerationNewCustomerSpendMonths);
        Assert.Equal(Money.Cny(150_000m), policy.AccelerationNewCustomerCap);
        Assert.Equal(Money.Cny(20_000m), policy.AccelerationExistingCustomerCap);
        Assert.Equal(Money.Cny(1_000m), policy.NewCustomerPriorCashLimit);
        Assert.Equal(15, policy.IncentivePaymentDays);
        Assert.Equal((1, 3), (policy.RedLetterIssueFromBusinessDays, policy.RedLetterIssueDueBusinessDays));
        Assert.Equal(0, policy.ElectronicReturnDays);
        Assert.Equal((2, 3), (policy.PaperReturnFromBusinessDays, policy.PaperReturnDueBusinessDays));
        Assert.Equal(Duration.FromHours(72), policy.RedLetterConfirmationValidity);
        Assert.Equal(Period.FromDays(7), policy.NewAccountWindow);
        Assert.Equal(Period.FromMonths(3), policy.AssociationUndoInterval);
        Assert.Equal(Period.FromDays(15), policy.CustomerRegistrationReservation);
    }

    [Fact]
    public void The_default_policy_is_valid()
    {
        Assert.Empty(ProgramPolicy.Default.GetProblems());
        ProgramPolicy.Default.Validate();
    }

    [Fact]
    public void An_invalid_policy_reports_every_problem_in_one_exception()
    {
        var policy = ProgramPolicy.Default with
        {
            TimeZone = null!,
            Calendar = null!,
            RequiredDeliveredPos = 0,
            DeliveredPoWindow = Period.FromMonths(-12),
            OpportunityUpdateWindow = Period.FromHours(5),
            StaffLinkPartnerLimit = 0,
            FirstProjectNewCustomerCap = Money.Cny(-1m),
            AccelerationNewCustomerCap = new Money(1m, "USD"),
            PaperReturnDueBusinessDays = 1,
        };

        var ex = Assert.Throws<ArgumentException>(policy.Validate);

        Assert.Equal("policy", ex.ParamName);
        Assert.Equal(9, policy.GetProblems().Count);
        foreach (var name in new[]
                 {
                     "TimeZone is missing", "Calendar is missing", "RequiredDeliveredPos must be at least 1 (was 0)",
                     "DeliveredPoWindow must not be negative", "OpportunityUpdateWindow must be in years, months, weeks or days",
                     "StaffLinkPartnerLimit must be at least 1", "FirstProjectNewCustomerCap must not be negative",
                     "AccelerationNewCustomerCap must be in the programme currency CNY", "PaperReturnDueBusinessDays must be at least PaperReturnFromBusinessDays (2) (was 1)",
                 })
        {
            Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        }

        Assert.StartsWith("The programme policy is invalid (9 problems): ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_window_or_amount_is_a_problem_not_a_crash()
    {
        var policy = ProgramPolicy.Default with { StaffLinkWindow = null!, AccelerationExistingCustomerCap = default, Currency = "yuan" };

        Assert.Equal(
            ["Currency must be an ISO 4217 code of three upper-case letters (was 'yuan')", "StaffLinkWindow is missing", "AccelerationExistingCustomerCap is missing"],
            policy.GetProblems());
    }

    [Fact]
    public void Another_currency_is_valid_when_every_amount_uses_it()
    {
        var usd = ProgramPolicy.Default with
        {
            Currency = "USD",
            FirstProjectNewCustomerCap = new Money(40_000m, "USD"),
            FirstProjectExistingCustomerAmount = new Money(7_000m, "USD"),
            AccelerationNewCustomerCap = new Money(20_000m, "USD"),
            AccelerationExistingCustomerCap = new Money(3_000m, "USD"),
            NewCustomerPriorCashLimit = new Money(150m, "USD"),
        };

        Assert.Empty(usd.GetProblems());
    }

    [Fact]
    public void Policies_are_values_changed_with_with()
    {
        var changed = ProgramPolicy.Default with { RequiredDeliveredPos = 5 };

        Assert.Equal(5, changed.RequiredDeliveredPos);
        Assert.Equal(3, ProgramPolicy.Default.RequiredDeliveredPos);
        Assert.Equal(ProgramPolicy.Default, ProgramPolicy.Default with { });
    }
}

public sealed class ProgramPolicyMessageTests
{
    [Fact]
    public void A_single_problem_is_reported_in_the_singular_and_ends_with_a_full_stop()
    {
        var ex = Assert.Throws<ArgumentException>((ProgramPolicy.Default with { StaffLinkPartnerLimit = 0 }).Validate);

        Assert.Equal("The programme policy is invalid (1 problem): StaffLinkPartnerLimit must be at least 1 (was 0). (Parameter 'policy')", ex.Message);
    }

    [Fact]
    public void Several_problems_are_joined_with_semicolons()
    {
        var ex = Assert.Throws<ArgumentException>((ProgramPolicy.Default with { StaffLinkPartnerLimit = 0, IncentivePaymentDays = -1 }).Validate);

        Assert.Equal(
            "The programme policy is invalid (2 problems): StaffLinkPartnerLimit must be at least 1 (was 0); IncentivePaymentDays must be at least 0 (was -1). (Parameter 'policy')",
            ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_red_letter_confirmation_validity_that_is_not_positive_is_a_problem(int hours)
    {
        var problem = Assert.Single((ProgramPolicy.Default with { RedLetterConfirmationValidity = Duration.FromHours(hours) }).GetProblems());

        Assert.StartsWith("RedLetterConfirmationValidity must be positive (was ", problem, StringComparison.Ordinal);
    }
}

public sealed class ProgramPolicyProblemTests
{
    private static ProgramPolicy In(string currency) => ProgramPolicy.Default with
    {
        Currency = currency,
        FirstProjectNewCustomerCap = new Money(1m, currency),
        FirstProjectExistingCustomerAmount = new Money(1m, currency),
        AccelerationNewCustomerCap = new Money(1m, currency),
        AccelerationExistingCustomerCap = new Money(1m, currency),
        NewCustomerPriorCashLimit = new Money(1m, currency),
    };

    private static readonly System.Collections.Generic.Dictionary<string, (ProgramPolicy Policy, string Problem)> Invalid = new()
    {
        ["SpecialistInvitationValidity"] = (ProgramPolicy.Default with { SpecialistInvitationValidity = Period.FromDays(-1) }, "SpecialistInvitationValidity must not be negative (was P-1D)"),
        ["SpecialistInvitationsPerDay"] = (ProgramPolicy.Default with { SpecialistInvitationsPerDay = 0 }, "SpecialistInvitationsPerDay must be at least 1 (was 0)"),
        ["FirstProjectNewCustomerSpendMonths"] = (ProgramPolicy.Default with { FirstProjectNewCustomerSpendMonths = 0 }, "FirstProjectNewCustomerSpendMonths must be at least 1 (was 0)"),
        ["AccelerationNewCustomerSpendMonths"] = (ProgramPolicy.Default with { AccelerationNewCustomerSpendMonths = 0 }, "AccelerationNewCustomerSpendMonths must be at least 1 (was 0)"),
        ["FirstProjectExistingCustomerAmount"] = (ProgramPolicy.Default with { FirstProjectExistingCustomerAmount = Money.Cny(-1m) }, "FirstProjectExistingCustomerAmount must not be negative (was -1.00 CNY)"),
        ["NewCustomerPriorCashLimit"] = (ProgramPolicy.Default with { NewCustomerPriorCashLimit = Money.Cny(-1m) }, "NewCustomerPriorCashLimit must not be negative (was -1.00 CNY)"),
        ["RedLetterIssueFromBusinessDays"] = (ProgramPolicy.Default with { RedLetterIssueFromBusinessDays = -1 }, "RedLetterIssueFromBusinessDays must be at least 0 (was -1)"),
        ["RedLetterIssueDueBusinessDays"] = (ProgramPolicy.Default with { RedLetterIssueDueBusinessDays = 0 }, "RedLetterIssueDueBusinessDays must be at least RedLetterIssueFromBusinessDays (1) (was 0)"),
        ["ElectronicReturnDays"] = (ProgramPolicy.Default with { ElectronicReturnDays = -1 }, "ElectronicReturnDays must be at least 0 (was -1)"),
        ["PaperReturnFromBusinessDays"] = (ProgramPolicy.Default with { PaperReturnFromBusinessDays = -1 }, "PaperReturnFromBusinessDays must be at least 0 (was -1)"),
        ["NewAccountWindow"] = (ProgramPolicy.Default with { NewAccountWindow = Period.FromWeeks(-1) }, "NewAccountWindow must not be negative (was P-1W)"),
        ["AssociationUndoInterval"] = (ProgramPolicy.Default with { AssociationUndoInterval = Period.FromMonths(-1) }, "AssociationUndoInterval must not be negative (was P-1M)"),
        ["CustomerRegistrationReservation"] = (ProgramPolicy.Default with { CustomerRegistrationReservation = Period.FromYears(-1) }, "CustomerRegistrationReservation must not be negative (was P-1Y)"),
        ["Currency of four letters"] = (ProgramPolicy.Default with { Currency = "ABCD" }, "Currency must be an ISO 4217 code of three upper-case letters (was 'ABCD')"),
        ["Currency with a digit first"] = (ProgramPolicy.Default with { Currency = "1AZ" }, "Currency must be an ISO 4217 code of three upper-case letters (was '1AZ')"),
        ["Currency with a digit second"] = (ProgramPolicy.Default with { Currency = "A1Z" }, "Currency must be an ISO 4217 code of three upper-case letters (was 'A1Z')"),
        ["Currency with a digit third"] = (ProgramPolicy.Default with { Currency = "AZ1" }, "Currency must be an ISO 4217 code of three upper-case letters (was 'AZ1')"),
    };

    public static TheoryData<string> InvalidValues() => [.. Invalid.Keys];

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void One_invalid_value_is_exactly_one_problem(string value) =>
        Assert.Equal([Invalid[value].Problem], Invalid[value].Policy.GetProblems());

    public static TheoryData<string> ValidEdges() =>
        ["AAA", "ZZZ", "due equals from", "zero amounts", "a window in weeks"];

    [Theory]
    [MemberData(nameof(ValidEdges))]
    public void Values_at_the_edge_are_valid(string edge)
    {
        var policy = edge switch
        {
            "due equals from" => ProgramPolicy.Default with { RedLetterIssueDueBusinessDays = 1, PaperReturnDueBusinessDays = 2 },
            "zero amounts" => ProgramPolicy.Default with { FirstProjectExistingCustomerAmount = Money.Cny(0m), NewCustomerPriorCashLimit = Money.Cny(0m) },
            "a window in weeks" => ProgramPolicy.Default with { NewAccountWindow = Period.FromWeeks(1) },
            _ => In(edge),
        };

        Assert.Empty(policy.GetProblems());
    }
}
