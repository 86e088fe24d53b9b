using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules;
using PartnerRules.Tests.Support;
using static PartnerRules.Tests.Lifecycles.LifecycleTestKit;
namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// Snapshots and forms compare every member: a copy that differs in any single member is not equal,
/// an equal copy is equal with an equal hash code, and nothing equals null.
/// </summary>
public sealed class SnapshotEqualityTests
{
    private static readonly OpportunitySnapshot Opportunity =
        LifecycleDrivers.Opportunity(OpportunityOrigin.PartnerOriginated, [OpportunityTrigger.Submit], ClockAtLocal(2026, 3, 2)).ToSnapshot();

    private static readonly InvoiceReturnSnapshot InvoiceReturn =
        LifecycleDrivers.InvoiceReturn(InvoiceKind.SpecialVat, [InvoiceReturnTrigger.ConfirmRedLetter], ClockAtLocal(2026, 3, 2)).ToSnapshot();

    private static readonly CustomerAssociationSnapshot Association =
        LifecycleDrivers.Association([AssociationTrigger.Associate], ClockAtLocal(2026, 3, 2)).ToSnapshot();

    private static readonly Dictionary<string, OpportunitySnapshot> OpportunityVariants = new()
    {
        ["Id"] = Opportunity with { Id = new OpportunityId("OPP-2") },
        ["Origin"] = Opportunity with { Origin = OpportunityOrigin.HuaweiOriginated },
        ["State"] = Opportunity with { State = OpportunityState.Draft },
        ["Version"] = Opportunity with { Version = 2 },
        ["CreatedAt"] = Opportunity with { CreatedAt = Opportunity.CreatedAt - Duration.FromSeconds(1) },
        ["LastUpdatedAt"] = Opportunity with { LastUpdatedAt = Opportunity.LastUpdatedAt + Duration.FromSeconds(1) },
        ["Form"] = Opportunity with { Form = Opportunity.Form with { CustomerName = "Other" } },
        ["History"] = Opportunity with { History = [] },
        ["History (null)"] = Opportunity with { History = null! },
    };

    private static readonly Dictionary<string, InvoiceReturnSnapshot> InvoiceReturnVariants = new()
    {
        ["Id"] = InvoiceReturn with { Id = new InvoiceId("INV-2") },
        ["Kind"] = InvoiceReturn with { Kind = InvoiceKind.PaperOrdinary },
        ["State"] = InvoiceReturn with { State = InvoiceReturnState.Requested },
        ["Version"] = InvoiceReturn with { Version = 2 },
        ["CreatedAt"] = InvoiceReturn with { CreatedAt = InvoiceReturn.CreatedAt - Duration.FromSeconds(1) },
        ["History"] = InvoiceReturn with { History = [] },
    };

    private static readonly Dictionary<string, CustomerAssociationSnapshot> AssociationVariants = new()
    {
        ["Partner"] = Association with { Partner = new PartnerId("P-2") },
        ["Mode"] = Association with { Mode = AssociationMode.ConsultativeSale },
        ["State"] = Association with { State = AssociationState.Invited },
        ["Version"] = Association with { Version = 2 },
        ["CreatedAt"] = Association with { CreatedAt = Association.CreatedAt - Duration.FromSeconds(1) },
        ["Customer"] = Association with { Customer = new AccountId("ACC-2") },
        ["History"] = Association with { History = [] },
    };

    private static readonly Dictionary<string, OpportunityForm> FormVariants = new()
    {
        ["CustomerName"] = CompleteForm with { CustomerName = "Fabrikam" },
        ["CustomerName (null)"] = CompleteForm with { CustomerName = null },
        ["CloudServices"] = CompleteForm with { CloudServices = ["ECS"] },
        ["ContactedLocalSalesTeam"] = CompleteForm with { ContactedLocalSalesTeam = true },
        ["EstimatedValue"] = CompleteForm with { EstimatedValue = Money.Cny(1m) },
        ["ExpectedCloseDate"] = CompleteForm with { ExpectedCloseDate = new LocalDate(2027, 1, 1) },
    };

    public static TheoryData<string> OpportunityMembers() => [.. OpportunityVariants.Keys];

    public static TheoryData<string> InvoiceReturnMembers() => [.. InvoiceReturnVariants.Keys];

    public static TheoryData<string> AssociationMembers() => [.. AssociationVariants.Keys];

    public static TheoryData<string> FormMembers() => [.. FormVariants.Keys];

    [Theory]
    [MemberData(nameof(OpportunityMembers))]
    public void An_opportunity_snapshot_differs_from_one_that_differs_only_in(string member) =>
        EqualityAssert.Differs(Opportunity, OpportunityVariants[member]);

    [Theory]
    [MemberData(nameof(InvoiceReturnMembers))]
    public void An_invoice_return_snapshot_differs_from_one_that_differs_only_in(string member) =>
        EqualityAssert.Differs(InvoiceReturn, InvoiceReturnVariants[member]);

    [Theory]
    [MemberData(nameof(AssociationMembers))]
    public void An_association_snapshot_differs_from_one_that_differs_only_in(string member) =>
        EqualityAssert.Differs(Association, AssociationVariants[member]);

    [Theory]
    [MemberData(nameof(FormMembers))]
    public void A_form_differs_from_one_that_differs_only_in(string member) =>
        EqualityAssert.Differs(CompleteForm, FormVariants[member]);

    [Fact]
    public void Equal_copies_are_equal_with_equal_hash_codes_and_nothing_equals_null()
    {
        EqualityAssert.EqualCopy(Opportunity, Opportunity with { History = [.. Opportunity.History], Form = Opportunity.Form with { } });
        EqualityAssert.EqualCopy(InvoiceReturn, InvoiceReturn with { History = [.. InvoiceReturn.History] });
        EqualityAssert.EqualCopy(Association, Association with { History = [.. Association.History] });
        EqualityAssert.EqualCopy(CompleteForm, CompleteForm with { CloudServices = ["ECS", "OBS"] });
        EqualityAssert.EqualCopy(new OpportunityForm(), new OpportunityForm());
        EqualityAssert.EqualCopy(Opportunity with { History = null! }, Opportunity with { History = null! });
    }

    [Fact]
    public void A_form_rejects_a_null_service_list_or_a_null_service_with_a_message_that_says_what_to_do()
    {
        Assert.Equal(
            "CloudServices must be a list (use an empty list for none), not null. (Parameter 'CloudServices')",
            Assert.Throws<ArgumentNullException>(() => CompleteForm with { CloudServices = null! }).Message);
        Assert.Equal(
            "CloudServices holds null at index 1; every service needs a name. (Parameter 'CloudServices')",
            Assert.Throws<ArgumentException>(() => CompleteForm with { CloudServices = ["ECS", null!] }).Message);
    }

    [Fact]
    public void A_snapshot_built_with_a_null_history_keeps_it_null_for_restore_to_report()
    {
        var snapshot = new InvoiceReturnSnapshot(Invoice, InvoiceKind.SpecialVat, InvoiceReturnState.Requested, 0, Local(2026, 3, 2), null!);

        Assert.Null(snapshot.History);
        Assert.Contains(
            "History is null",
            Assert.Throws<SnapshotRejectedException>(() => InvoiceReturnLifecycle.Restore(snapshot, ClockAtLocal(2026, 3, 3))).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_history_equals_only_a_null_history_and_still_hashes()
    {
        var withNull = new InvoiceReturnSnapshot(Invoice, InvoiceKind.SpecialVat, InvoiceReturnState.Requested, 0, Local(2026, 3, 2), null!);
        var otherNull = new InvoiceReturnSnapshot(Invoice, InvoiceKind.SpecialVat, InvoiceReturnState.Requested, 0, Local(2026, 3, 2), null!);
        var empty = withNull with { History = [] };

        Assert.True(withNull.Equals(otherNull));
        Assert.Equal(withNull.GetHashCode(), otherNull.GetHashCode());
        Assert.False(withNull.Equals(empty));
        Assert.False(empty.Equals(withNull));
    }
}
