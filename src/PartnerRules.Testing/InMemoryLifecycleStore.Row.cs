using System;
using System.Text.Json;
using NodaTime;

namespace PartnerRules.Testing;

// The stored row: the columns a database would index, and the snapshot's JSON.
public sealed partial class InMemoryLifecycleStore
{
    /// <summary>One stored lifecycle: the columns a database would index, and the snapshot's JSON.</summary>
    private sealed class Row
    {
        public string Key { get; private set; } = "";
        public LifecycleKind Kind { get; private set; }
        public string State { get; private set; } = "";
        public long Revision { get; private set; }
        public long Version { get; private set; }
        public Instant CreatedAt { get; private set; }
        public string? NaturalId { get; private set; }
        public string? Partner { get; private set; }
        public string? Account { get; private set; }
        public Instant? OverdueFrom { get; private set; }
        public string Json { get; set; } = "";

        public static Row Of(ILifecycle lifecycle)
        {
            var snapshot = lifecycle.ToSnapshot();
            var row = From(snapshot);
            row.OverdueFrom = lifecycle.Deadline?.OverdueFrom;
            return row;
        }

        public Row With(ILifecycleSnapshot snapshot, string account)
        {
            var row = From(snapshot);
            row.OverdueFrom = OverdueFrom;
            row.Account = account;
            return row;
        }

        public ILifecycleSnapshot Read()
        {
            var type = Kind switch
            {
                LifecycleKind.Opportunity => typeof(OpportunitySnapshot),
                LifecycleKind.InvoiceReturn => typeof(InvoiceReturnSnapshot),
                LifecycleKind.CustomerAssociation => typeof(CustomerAssociationSnapshot),
                LifecycleKind.IncentiveSettlement => typeof(IncentiveSettlementSnapshot),
                _ => typeof(SpecialistInvitationSnapshot),
            };
            return (ILifecycleSnapshot)(JsonSerializer.Deserialize(Json, type, InMemoryLifecycleStore.Json) ?? throw new JsonException($"Row {Key} holds a null snapshot."));
        }

        private static Row From(ILifecycleSnapshot snapshot)
        {
            var (natural, partner, account) = snapshot switch
            {
                OpportunitySnapshot o => (o.Id.Value, o.Partner?.Value, (string?)null),
                InvoiceReturnSnapshot i => (i.Id.Value, null, null),
                CustomerAssociationSnapshot a => (null, a.Partner.Value, a.Customer?.Value),
                IncentiveSettlementSnapshot s => (s.Project.Value, s.Partner.Value, null),
                SpecialistInvitationSnapshot s => ((string?)null, (string?)s.Partner.Value, (string?)s.Account.Value),
                _ => throw new ArgumentException($"{snapshot.GetType().Name} is not a PartnerRules snapshot.", nameof(snapshot)),
            };
            return new Row
            {
                Key = snapshot.Key.Value,
                Kind = snapshot.Kind,
                State = snapshot.StateName,
                Revision = snapshot.Revision,
                Version = snapshot.Version,
                CreatedAt = snapshot.CreatedAt,
                NaturalId = natural,
                Partner = partner,
                Account = account,
                Json = JsonSerializer.Serialize(snapshot, snapshot.GetType(), InMemoryLifecycleStore.Json),
            };
        }
    }
}
