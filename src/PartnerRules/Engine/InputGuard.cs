using System;

namespace PartnerRules.Engine;

/// <summary>Guard clauses of the engine's public entry points: bad input is an <see cref="ArgumentException"/> naming the parameter, never a refused decision.</summary>
internal static class InputGuard
{
    public static void Profile(PartnerProfile? partner, string paramName, string where = "")
    {
        if (partner is null)
        {
            throw new ArgumentNullException(paramName, $"A partner profile is required{where}.");
        }

        if (partner.Id.IsDefault)
        {
            throw new ArgumentException($"The partner profile{where} has Id default(PartnerId); set the partner's id.", paramName);
        }

        // The record refuses a null list and null elements when it is built (Guard.List), so only ids are left to check.
        var opportunities = partner.Opportunities;
        for (var i = 0; i < opportunities.Count; i++)
        {
            if (opportunities[i].Id.IsDefault)
            {
                throw new ArgumentException($"Opportunities[{i}] of partner {partner.Id}{where} has Id default(OpportunityId); set the opportunity's id.", paramName);
            }
        }
    }

    public static void Partner(PartnerId partner, string paramName)
    {
        if (partner.IsDefault)
        {
            throw new ArgumentException("The inviting partner is default(PartnerId); pass the partner's id.", paramName);
        }
    }

    public static void Account(PersonalAccount? account, string paramName)
    {
        if (account is null)
        {
            throw new ArgumentNullException(paramName, "A personal account is required.");
        }

        if (account.Id.IsDefault)
        {
            throw new ArgumentException("The account has Id default(AccountId); set the account's id.", paramName);
        }

        // As for profiles, the record has refused a null list and null elements already.
        var links = account.Links;
        for (var i = 0; i < links.Count; i++)
        {
            var link = links[i];
            if (link.Partner.IsDefault)
            {
                throw new ArgumentException($"Links[{i}] has Partner default(PartnerId); set the partner's id.", paramName);
            }

            if (link.UnlinkedAt is { } unlinked && unlinked < link.LinkedAt)
            {
                throw new ArgumentException($"Links[{i}] (partner {link.Partner}) was unlinked at {unlinked} before it was linked at {link.LinkedAt}; an unlink cannot precede its link.", paramName);
            }
        }
    }
}
