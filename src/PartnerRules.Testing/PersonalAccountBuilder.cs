using System.Collections.Generic;
using NodaTime;

namespace PartnerRules.Testing;

/// <summary>
/// Builds a <see cref="PersonalAccount"/>: by default account "A-0001" on the China site,
/// real-name verified as an individual, not a partner account, with no links — an account any
/// partner may link.
/// </summary>
/// <remarks>Mutable and not thread-safe; <see cref="Build"/> returns an immutable record.</remarks>
public sealed class PersonalAccountBuilder
{
    private readonly List<PartnerLink> _links = [];
    private AccountId _id = TestDefaults.Account;
    private Site _site = Site.China;
    private bool _realName = true;
    private bool _enterprise;
    private bool _partnerAccount;

    /// <summary>Sets the account id.</summary>
    /// <param name="id">The account id's text.</param>
    public PersonalAccountBuilder WithId(string id)
    {
        _id = new AccountId(id);
        return this;
    }

    /// <summary>Sets the site.</summary>
    /// <param name="site">China or International.</param>
    public PersonalAccountBuilder OnSite(Site site)
    {
        _site = site;
        return this;
    }

    /// <summary>Sets real-name verification.</summary>
    /// <param name="verified">Whether the account is real-name verified.</param>
    public PersonalAccountBuilder RealNameVerified(bool verified = true)
    {
        _realName = verified;
        return this;
    }

    /// <summary>Marks the account as real-name verified as an enterprise user.</summary>
    /// <param name="verified">Whether it is enterprise-verified.</param>
    public PersonalAccountBuilder EnterpriseVerified(bool verified = true)
    {
        _enterprise = verified;
        return this;
    }

    /// <summary>Marks the account as a partner account itself.</summary>
    /// <param name="isPartner">Whether it is a partner account.</param>
    public PersonalAccountBuilder PartnerAccount(bool isPartner = true)
    {
        _partnerAccount = isPartner;
        return this;
    }

    /// <summary>Adds a link to <paramref name="partner"/> from <paramref name="linkedAt"/>, ended at <paramref name="unlinkedAt"/> (null: still active).</summary>
    /// <param name="partner">The partner id's text.</param>
    /// <param name="linkedAt">When the link became active.</param>
    /// <param name="unlinkedAt">When it ended; null while active.</param>
    public PersonalAccountBuilder LinkedTo(string partner, Instant linkedAt, Instant? unlinkedAt = null)
    {
        _links.Add(new PartnerLink(new PartnerId(partner), linkedAt) { UnlinkedAt = unlinkedAt });
        return this;
    }

    /// <summary>The account.</summary>
    public PersonalAccount Build() => new(_id, _site)
    {
        IsRealNameVerified = _realName,
        IsEnterpriseVerified = _enterprise,
        IsPartnerAccount = _partnerAccount,
        Links = _links.ToArray(),
    };
}
