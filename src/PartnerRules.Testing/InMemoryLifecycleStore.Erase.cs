using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PartnerRules.Testing;

// Erasure of a personal account: the pseudonym replaces it in every snapshot that holds it, one revision up.
public sealed partial class InMemoryLifecycleStore
{
    /// <inheritdoc />
    public Task<int> EraseAccountAsync(AccountId account, AccountId pseudonym, CancellationToken cancellationToken = default)
    {
        if (account.IsDefault || pseudonym.IsDefault)
        {
            throw new ArgumentException("Both the account and its pseudonym need a value.", account.IsDefault ? nameof(account) : nameof(pseudonym));
        }

        if (account == pseudonym)
        {
            throw new ArgumentException("The pseudonym must differ from the account it replaces.", nameof(pseudonym));
        }

        lock (_gate)
        {
            var changed = 0;
            foreach (var row in _rows.Values.Where(r => r.Account == account.Value).ToList())
            {
                ILifecycleSnapshot? erased = row.Read() switch
                {
                    CustomerAssociationSnapshot a when a.Customer == account => a with { Customer = pseudonym, Revision = a.Revision + 1 },
                    SpecialistInvitationSnapshot s when s.Account == account => s with { Account = pseudonym, Revision = s.Revision + 1 },
                    _ => null,
                };
                if (erased is not null)
                {
                    _rows[row.Key] = row.With(erased, pseudonym.Value);
                    changed++;
                }
            }

            return Task.FromResult(changed);
        }
    }
}
