using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PartnerRules.EntityFrameworkCore.Storage;

namespace PartnerRules.EntityFrameworkCore;

// Erasure of a personal account: the pseudonym replaces it in every row, snapshot and outbox subject that holds it, one
// revision up.
public sealed partial class PartnerRulesStore
{
    /// <summary>
    /// Replaces a personal account id with a pseudonym in every stored lifecycle (the account column and the snapshot;
    /// the history keeps its shape), raising each changed lifecycle's revision so a copy loaded before cannot write the
    /// account back. Reasons typed by people are kept as given.
    /// </summary>
    /// <param name="account">The account to erase.</param>
    /// <param name="pseudonym">What replaces it, such as <c>new AccountId("erased-" + ticket)</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of lifecycles changed.</returns>
    /// <exception cref="ArgumentException">Either id is <c>default</c>, or they are equal.</exception>
    public async Task<int> EraseAccountAsync(AccountId account, AccountId pseudonym, CancellationToken cancellationToken = default)
    {
        if (account.IsDefault || pseudonym.IsDefault)
        {
            throw new ArgumentException("Both the account and its pseudonym need a value.", account.IsDefault ? nameof(account) : nameof(pseudonym));
        }

        if (account == pseudonym)
        {
            throw new ArgumentException("The pseudonym must differ from the account it replaces.", nameof(pseudonym));
        }

        using var activity = PartnerRulesTelemetry.Source.StartActivity("partnerrules.erase_account");
        await using var db = CreateContext();
        var rows = await db.Lifecycles.Where(r => r.AccountId == account.Value).ToListAsync(cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        foreach (var row in rows)
        {
            var erased = SnapshotRows.Erase(SnapshotRows.Read(row), account, pseudonym);
            if (erased is null)
            {
                continue;
            }

            var bumped = erased switch
            {
                CustomerAssociationSnapshot a => (ILifecycleSnapshot)(a with { Revision = a.Revision + 1 }),
                SpecialistInvitationSnapshot s => s with { Revision = s.Revision + 1 },
                _ => erased,
            };
            row.AccountId = pseudonym.Value;
            row.Revision = bumped.Revision;
            row.Snapshot = JsonSerializer.Serialize(bumped, bumped.GetType(), SnapshotRows.Json);
            keys.Add(row.Key);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in rows.Where(r => keys.Contains(r.Key)))
        {
            var subject = row.PartnerId + "/" + pseudonym.Value;
            await db.Outbox.Where(o => o.LifecycleKey == row.Key).ExecuteUpdateAsync(o => o.SetProperty(x => x.SubjectId, subject), cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return keys.Count;
    }
}
