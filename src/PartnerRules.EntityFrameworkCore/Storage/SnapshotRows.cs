using System;
using System.Collections.Generic;
using System.Text.Json;
using NodaTime;

namespace PartnerRules.EntityFrameworkCore.Storage;

/// <summary>Between lifecycles, snapshots and rows: the columns, the JSON and the transitions to append.</summary>
internal static class SnapshotRows
{
    /// <summary>The snapshot format this library writes; it reads this one and every older one.</summary>
    public const int CurrentFormat = 1;

    public static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();

    public static long Ticks(Instant instant) => instant.ToUnixTimeTicks();

    public static Instant Instant(long ticks) => NodaTime.Instant.FromUnixTimeTicks(ticks);

    public static DateOnly Date(LocalDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>Fills every column of <paramref name="row"/> from <paramref name="lifecycle"/>: the deadline is the lifecycle's own, under its policy.</summary>
    public static ILifecycleSnapshot Fill(LifecycleRow row, ILifecycle lifecycle)
    {
        var snapshot = lifecycle.ToSnapshot();
        var (natural, partner, account) = Ids(snapshot);
        row.Key = snapshot.Key.Value;
        row.Kind = snapshot.Kind.ToString();
        row.State = snapshot.StateName;
        row.Revision = snapshot.Revision;
        row.Version = snapshot.Version;
        row.PolicyVersion = snapshot.PolicyVersion;
        row.CreatedAt = Ticks(snapshot.CreatedAt);
        row.LastChangedAt = Ticks(snapshot.LastChangedAt);
        row.NaturalId = natural;
        row.PartnerId = partner;
        row.AccountId = account;
        var deadline = lifecycle.Deadline;
        row.Obligation = deadline?.Obligation;
        row.ExpectedFrom = deadline is null ? null : Date(deadline.ExpectedFrom);
        row.DueOn = deadline is null ? null : Date(deadline.DueOn);
        row.OverdueFrom = deadline is null ? null : Ticks(deadline.OverdueFrom);
        row.Format = CurrentFormat;
        row.Snapshot = JsonSerializer.Serialize(snapshot, snapshot.GetType(), Json);
        return snapshot;
    }

    /// <summary>The snapshot a row holds.</summary>
    /// <exception cref="JsonException">The JSON does not read as the row's kind.</exception>
    /// <exception cref="StoreSchemaException">The row's kind or format is unknown to this library.</exception>
    public static ILifecycleSnapshot Read(LifecycleRow row)
    {
        if (row.Format > CurrentFormat)
        {
            throw new StoreSchemaException($"Row {row.Key} holds snapshot format {row.Format}, written by a newer PartnerRules; this one reads formats up to {CurrentFormat}.");
        }

        var type = row.Kind switch
        {
            nameof(LifecycleKind.Opportunity) => typeof(OpportunitySnapshot),
            nameof(LifecycleKind.InvoiceReturn) => typeof(InvoiceReturnSnapshot),
            nameof(LifecycleKind.CustomerAssociation) => typeof(CustomerAssociationSnapshot),
            nameof(LifecycleKind.IncentiveSettlement) => typeof(IncentiveSettlementSnapshot),
            nameof(LifecycleKind.SpecialistInvitation) => typeof(SpecialistInvitationSnapshot),
            _ => throw new StoreSchemaException($"Row {row.Key} has kind \"{row.Kind}\", which this PartnerRules does not know."),
        };
        var snapshot = (ILifecycleSnapshot)(JsonSerializer.Deserialize(row.Snapshot, type, Json)
            ?? throw new JsonException($"Row {row.Key} holds a null snapshot."));
        if (snapshot.Key.Value != row.Key)
        {
            throw new JsonException($"Row {row.Key} holds the snapshot of another lifecycle ({snapshot.Key}).");
        }

        return snapshot;
    }

    /// <summary>The natural ids of a snapshot: the opportunity, invoice or project; the partner; the account.</summary>
    public static (string? Natural, string? Partner, string? Account) Ids(ILifecycleSnapshot snapshot) => snapshot switch
    {
        OpportunitySnapshot o => (o.Id.Value, o.Partner?.Value, null),
        InvoiceReturnSnapshot i => (i.Id.Value, null, null),
        CustomerAssociationSnapshot a => (null, a.Partner.Value, a.Customer?.Value),
        IncentiveSettlementSnapshot s => (s.Project.Value, s.Partner.Value, null),
        SpecialistInvitationSnapshot s => (null, s.Partner.Value, s.Account.Value),
        _ => throw new ArgumentException($"{snapshot.GetType().Name} is not a PartnerRules snapshot.", nameof(snapshot)),
    };

    /// <summary>The snapshot with <paramref name="account"/> replaced by <paramref name="pseudonym"/> wherever it appears; null when it does not.</summary>
    public static ILifecycleSnapshot? Erase(ILifecycleSnapshot snapshot, AccountId account, AccountId pseudonym) => snapshot switch
    {
        CustomerAssociationSnapshot a when a.Customer == account => a with { Customer = pseudonym },
        SpecialistInvitationSnapshot s when s.Account == account => s with { Account = pseudonym },
        _ => null,
    };

    /// <summary>The transitions after the first <paramref name="storedVersion"/>, as rows.</summary>
    public static IEnumerable<TransitionRow> NewTransitions(ILifecycleSnapshot snapshot, long storedVersion, CommandContext context) => snapshot switch
    {
        OpportunitySnapshot o => Rows(o.History, snapshot.Key, storedVersion, context),
        InvoiceReturnSnapshot i => Rows(i.History, snapshot.Key, storedVersion, context),
        CustomerAssociationSnapshot a => Rows(a.History, snapshot.Key, storedVersion, context),
        IncentiveSettlementSnapshot s => Rows(s.History, snapshot.Key, storedVersion, context),
        SpecialistInvitationSnapshot s => Rows(s.History, snapshot.Key, storedVersion, context),
        _ => [],
    };

    private static IEnumerable<TransitionRow> Rows<TState, TTrigger>(IReadOnlyList<Transition<TState, TTrigger>> history, LifecycleKey key, long storedVersion, CommandContext context)
        where TState : struct, Enum
        where TTrigger : struct, Enum
    {
        for (var i = (int)storedVersion; i < history.Count; i++)
        {
            var step = history[i];
            yield return new TransitionRow
            {
                LifecycleKey = key.Value,
                Sequence = i + 1,
                At = Ticks(step.At),
                From = step.From.ToString(),
                To = step.To.ToString(),
                Trigger = step.Trigger.ToString(),
                Reason = step.Reason,
                Actor = context.Actor,
                CorrelationId = context.CorrelationId,
            };
        }
    }
}
