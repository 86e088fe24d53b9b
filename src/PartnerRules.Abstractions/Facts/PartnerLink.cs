using NodaTime;

namespace PartnerRules;

/// <summary>A link, past or present, between a personal account and a partner (as project specialist).</summary>
/// <param name="Partner">The partner the account was linked to.</param>
/// <param name="LinkedAt">When the link became active.</param>
public sealed record PartnerLink(PartnerId Partner, Instant LinkedAt)
{
    /// <summary>When the link ended; null while it is active.</summary>
    public Instant? UnlinkedAt { get; init; }
}
