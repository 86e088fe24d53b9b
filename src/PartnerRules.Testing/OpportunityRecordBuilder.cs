using NodaTime;

namespace PartnerRules.Testing;

/// <summary>
/// Builds an <see cref="OpportunityRecord"/>: by default a PO ("O-0001") last updated a day before
/// <see cref="TestDefaults.AsOf"/>, neither signed nor delivered.
/// </summary>
/// <remarks>Mutable and not thread-safe, like every builder; <see cref="Build"/> returns an immutable record.</remarks>
public sealed class OpportunityRecordBuilder
{
    private OpportunityId _id = new("O-0001");
    private OpportunityOrigin _origin = OpportunityOrigin.PartnerOriginated;
    private Instant _lastUpdatedAt = TestDefaults.AsOf - Duration.FromDays(1);
    private Instant? _signedAt;
    private Instant? _deliveredAt;

    /// <summary>Sets the id.</summary>
    /// <param name="id">The opportunity id's text.</param>
    public OpportunityRecordBuilder WithId(string id)
    {
        _id = new OpportunityId(id);
        return this;
    }

    /// <summary>Makes it Huawei-originated (HO).</summary>
    public OpportunityRecordBuilder HuaweiOriginated()
    {
        _origin = OpportunityOrigin.HuaweiOriginated;
        return this;
    }

    /// <summary>Makes it partner-originated (PO), the default.</summary>
    public OpportunityRecordBuilder PartnerOriginated()
    {
        _origin = OpportunityOrigin.PartnerOriginated;
        return this;
    }

    /// <summary>Sets the last update.</summary>
    /// <param name="at">The instant of the latest edit or lifecycle step.</param>
    public OpportunityRecordBuilder UpdatedAt(Instant at)
    {
        _lastUpdatedAt = at;
        return this;
    }

    /// <summary>Marks it signed (won) at <paramref name="at"/>; the last update moves there if it was earlier.</summary>
    /// <param name="at">When it was signed.</param>
    public OpportunityRecordBuilder SignedAt(Instant at)
    {
        _signedAt = at;
        _lastUpdatedAt = Instant.Max(_lastUpdatedAt, at);
        return this;
    }

    /// <summary>
    /// Marks it delivered at <paramref name="at"/> (signed a day earlier unless already signed); the
    /// last update moves there if it was earlier.
    /// </summary>
    /// <param name="at">When delivery completed.</param>
    public OpportunityRecordBuilder DeliveredAt(Instant at)
    {
        _signedAt ??= at - Duration.FromDays(1);
        _deliveredAt = at;
        _lastUpdatedAt = Instant.Max(_lastUpdatedAt, at);
        return this;
    }

    /// <summary>The record.</summary>
    public OpportunityRecord Build() =>
        new(_id, _origin, _lastUpdatedAt) { SignedAt = _signedAt, DeliveredAt = _deliveredAt };
}
