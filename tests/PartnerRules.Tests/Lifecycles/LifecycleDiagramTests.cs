using System;
using System.IO;
using System.Text;
using PartnerRules;
using PartnerRules.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit3;

namespace PartnerRules.Tests.Lifecycles;

/// <summary>
/// The diagrams come from the configured Stateless machines: a changed transition shows up in review,
/// in the Snapshooter snapshots and in <c>docs/lifecycles.md</c>.
/// </summary>
public sealed class LifecycleDiagramTests
{
    private const string DocsPath = "docs/lifecycles.md";

    // Snapshooter adds __snapshots__ to the folder of the test file.
    private const string TestFolder = "tests/PartnerRules.Tests/Lifecycles";

    [Fact]
    public void The_opportunity_diagram_matches_its_snapshot() =>
        MatchCommittedSnapshot(PartnerRules.Opportunities.OpportunityTable.Build().ToMermaid(), nameof(The_opportunity_diagram_matches_its_snapshot));

    [Fact]
    public void The_invoice_return_diagram_matches_its_snapshot() =>
        MatchCommittedSnapshot(PartnerRules.InvoiceReturns.InvoiceReturnTable.Build().ToMermaid(), nameof(The_invoice_return_diagram_matches_its_snapshot));

    [Fact]
    public void The_customer_association_diagram_matches_its_snapshot() =>
        MatchCommittedSnapshot(PartnerRules.Associations.CustomerAssociationTable.Build().ToMermaid(), nameof(The_customer_association_diagram_matches_its_snapshot));

    [Fact]
    public void The_incentive_settlement_diagram_matches_its_snapshot() =>
        MatchCommittedSnapshot(PartnerRules.Settlements.IncentiveSettlementTable.Build().ToMermaid(), nameof(The_incentive_settlement_diagram_matches_its_snapshot));

    [Fact]
    public void The_specialist_invitation_diagram_matches_its_snapshot() =>
        MatchCommittedSnapshot(PartnerRules.SpecialistInvitations.SpecialistInvitationTable.Build().ToMermaid(), nameof(The_specialist_invitation_diagram_matches_its_snapshot));

    [Fact]
    public void The_diagrams_show_every_transition_with_its_guards()
    {
        var opportunity = PartnerRules.Opportunities.OpportunityTable.Build().ToMermaid();
        Assert.StartsWith("stateDiagram-v2", opportunity, StringComparison.Ordinal);
        Assert.Contains("[*] --> Draft", opportunity, StringComparison.Ordinal);
        Assert.Contains("[*] --> Offered", opportunity, StringComparison.Ordinal);
        Assert.Contains("Draft --> Submitted : Submit [PO] [customer name given] [cloud services chosen] [local sales contact answered] [estimated value above zero] [expected close date given]", opportunity, StringComparison.Ordinal);
        Assert.Contains("Won --> Lost : Lose", opportunity, StringComparison.Ordinal);

        var invoice = PartnerRules.InvoiceReturns.InvoiceReturnTable.Build().ToMermaid();
        Assert.Contains("Requested --> Completed : Complete [electronic ordinary invoice]", invoice, StringComparison.Ordinal);
        Assert.Contains("Requested --> Rejected : Reject", invoice, StringComparison.Ordinal);

        var association = PartnerRules.Associations.CustomerAssociationTable.Build().ToMermaid();
        Assert.Contains("Invited --> AwaitingSignature : Associate [account created within NewAccountWindow]", association, StringComparison.Ordinal);

        var settlement = PartnerRules.Settlements.IncentiveSettlementTable.Build().ToMermaid();
        Assert.Contains("[*] --> AwaitingInvoice", settlement, StringComparison.Ordinal);
        Assert.Contains("InvoiceRejected --> InvoiceSubmitted : SubmitInvoice", settlement, StringComparison.Ordinal);
        Assert.Contains("Qualified --> Paid : Pay [amount equals Payable]", settlement, StringComparison.Ordinal);

        var invitation = PartnerRules.SpecialistInvitations.SpecialistInvitationTable.Build().ToMermaid();
        Assert.Contains("Invited --> Bound : Bind [link within SpecialistInvitationValidity] [staff-link decision approved]", invitation, StringComparison.Ordinal);
        Assert.Contains("Rejected --> UnderReview : Apply [position given] [cloud start date given] [at least one certificate]", invitation, StringComparison.Ordinal);
        Assert.DoesNotContain("Function", opportunity + invoice + association + settlement + invitation, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_lifecycle_s_diagram_is_that_of_its_table_built_afresh()
    {
        Assert.Equal(PartnerRules.Opportunities.OpportunityTable.Build().ToMermaid(), OpportunityLifecycle.ToMermaid());
        Assert.Equal(PartnerRules.InvoiceReturns.InvoiceReturnTable.Build().ToMermaid(), InvoiceReturnLifecycle.ToMermaid());
        Assert.Equal(PartnerRules.Associations.CustomerAssociationTable.Build().ToMermaid(), CustomerAssociationLifecycle.ToMermaid());
        Assert.Equal(PartnerRules.Settlements.IncentiveSettlementTable.Build().ToMermaid(), IncentiveSettlementLifecycle.ToMermaid());
        Assert.Equal(PartnerRules.SpecialistInvitations.SpecialistInvitationTable.Build().ToMermaid(), SpecialistInvitationLifecycle.ToMermaid());
    }

    [Fact]
    public void The_lifecycle_docs_are_generated_from_the_diagrams()
    {
        var expected = RenderDocs();
        var path = Path.Combine(Repository.Root(), DocsPath);
        var actual = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;

        if (actual != expected)
        {
            GeneratedDocs.Update(path, expected);
        }
    }

    /// <summary>
    /// Snapshot.Match with the snapshot's folder found from the repository root, not from the PDB's source
    /// path (a CI build maps it to /_/, where Snapshooter would silently create a fresh snapshot), and a
    /// missing snapshot fails instead of passing.
    /// </summary>
    private static void MatchCommittedSnapshot(string diagram, string testName)
    {
        var folder = Path.Combine(Repository.Root(), TestFolder);
        var fileName = $"{nameof(LifecycleDiagramTests)}.{testName}.snap";
        var existed = File.Exists(Path.Combine(folder, "__snapshots__", fileName));

        Snapshot.Match(diagram, new SnapshotFullName(fileName, folder));

        Assert.True(existed, $"{TestFolder}/__snapshots__/{fileName} was missing: created; review and commit it.");
    }

    private static string RenderDocs()
    {
        var text = new StringBuilder();
        text.Append("# Lifecycle diagrams\n\n");
        text.Append("<!-- Generated from the configured Stateless machines (`ToMermaid()`) by LifecycleDiagramTests (`PARTNERRULES_UPDATE_DOCS=1 dotnet test` regenerates it): do not edit by hand. -->\n\n");
        text.Append("Guards appear in brackets on the edges. An edge that applies to some variants only (an opportunity's origin, ");
        text.Append("an invoice's kind) names them as its first guard. Final states have no way out.\n");
        Section(text, "Opportunity (PO and HO)", "`OpportunityLifecycle`: PO starts in Draft (`CreateDraft`), HO in Offered (`Offer`, with an approved HO-eligibility decision). Reject, Decline and Lose need a reason. `Edit` (not a transition) is allowed in Draft, ActionRequired, Active and Won.", PartnerRules.Opportunities.OpportunityTable.Build().ToMermaid());
        Section(text, "Invoice return", "`InvoiceReturnLifecycle`: deadlines `INVOICE.RED_LETTER_ISSUE` in RedLetterConfirmed (business days 1–3), `INVOICE.ELECTRONIC_RETURN` in Requested for an electronic ordinary invoice (same day), `INVOICE.PAPER_RETURN` in OriginalReceived (business days 2–3). Reject needs a reason. No withdrawal.", PartnerRules.InvoiceReturns.InvoiceReturnTable.Build().ToMermaid());
        Section(text, "Incentive settlement", "`IncentiveSettlementLifecycle`: starts only from an approved `IncentiveDecision` (`Start`; its `Payable` is the amount). RejectInvoice needs a reason; the partner reissues (SubmitInvoice again). Qualify goes through `Qualify(receivedOn)`; deadline `INCENTIVE.PAYMENT` in Qualified (the received date + IncentivePaymentDays natural days, 15). Pay goes through `Pay(amount, method)`; any amount other than Payable is refused (`INCENTIVE.PAYMENT_AMOUNT`), and Paid is final.", PartnerRules.Settlements.IncentiveSettlementTable.Build().ToMermaid());
        Section(text, "Project-specialist invitation", "`SpecialistInvitationLifecycle`: `Invite` refuses the partner's invitation beyond SpecialistInvitationsPerDay (100) on a local day (`STAFF.DAILY_INVITATION_LIMIT`). Deadline `STAFF.INVITATION_VALIDITY` in Invited (the invitation date + SpecialistInvitationValidity, 7 days); after it Bind is refused and Expire is due. Bind goes through `Bind(staffLinkDecision)`, Apply through `Apply(application)` (`SPECIALIST.POSITION`, `SPECIALIST.CLOUD_START_DATE`, `SPECIALIST.CERTIFICATES`). Reject needs a reason.", PartnerRules.SpecialistInvitations.SpecialistInvitationTable.Build().ToMermaid());
        Section(text, "Customer association", "`CustomerAssociationLifecycle`: Associate goes through `Associate(account, registrations)`; the account must be created within the policy's NewAccountWindow (7 days), else `ASSOCIATION.NEW_ACCOUNT`, and another partner's registration within CustomerRegistrationReservation (15 days) refuses it with `ASSOCIATION.REGISTRATION_RESERVED`. Undo goes through `Undo(earlierUndos)`: an association or a mode switch is undone at most once within AssociationUndoInterval (3 months), else `ASSOCIATION.UNDO_INTERVAL`.", PartnerRules.Associations.CustomerAssociationTable.Build().ToMermaid());
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, string description, string mermaid) =>
        text.Append("\n## ").Append(title).Append("\n\n").Append(description).Append("\n\n```mermaid\n").Append(mermaid).Append("```\n");
}
