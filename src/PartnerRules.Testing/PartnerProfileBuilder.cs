using System.Collections.Generic;
using NodaTime;

namespace PartnerRules.Testing;

/// <summary>
/// Builds a <see cref="PartnerProfile"/>: by default partner "P-0001", Certified, a PCE member,
/// with no opportunities. Opportunity ids are numbered "O-0001", "O-0002", ... in order of adding.
/// </summary>
/// <remarks>Mutable and not thread-safe; <see cref="Build"/> returns an immutable record.</remarks>
public sealed class PartnerProfileBuilder
{
    private readonly List<OpportunityRecord> _opportunities = [];
    private PartnerId _id = TestDefaults.Partner;
    private PartnerStage _stage = PartnerStage.Certified;
    private bool _isPceMember = true;

    /// <summary>Sets the partner id.</summary>
    /// <param name="id">The partner id's text.</param>
    public PartnerProfileBuilder WithId(string id)
    {
        _id = new PartnerId(id);
        return this;
    }

    /// <summary>Sets the development-path stage.</summary>
    /// <param name="stage">The stage.</param>
    public PartnerProfileBuilder AtStage(PartnerStage stage)
    {
        _stage = stage;
        return this;
    }

    /// <summary>Sets PCE membership.</summary>
    /// <param name="isMember">Whether the partner has joined the PCE programme.</param>
    public PartnerProfileBuilder PceMember(bool isMember = true)
    {
        _isPceMember = isMember;
        return this;
    }

    /// <summary>Adds a PO last updated at <paramref name="at"/>, neither signed nor delivered.</summary>
    /// <param name="at">The PO's last update.</param>
    public PartnerProfileBuilder WithPoUpdatedAt(Instant at) =>
        With(b => b.UpdatedAt(at));

    /// <summary>Adds a PO signed a day before <paramref name="deliveredAt"/> and delivered then.</summary>
    /// <param name="deliveredAt">When delivery completed.</param>
    public PartnerProfileBuilder WithDeliveredPo(Instant deliveredAt) =>
        With(b => b.UpdatedAt(deliveredAt).DeliveredAt(deliveredAt));

    /// <summary>Adds an opportunity configured by <paramref name="configure"/> (its id is preset to the next number).</summary>
    /// <param name="configure">Sets the opportunity up.</param>
    public PartnerProfileBuilder With(System.Func<OpportunityRecordBuilder, OpportunityRecordBuilder> configure)
    {
        var builder = new OpportunityRecordBuilder().WithId($"O-{_opportunities.Count + 1:D4}");
        _opportunities.Add((configure ?? throw new System.ArgumentNullException(nameof(configure)))(builder).Build());
        return this;
    }

    /// <summary>The profile.</summary>
    public PartnerProfile Build() => new(_id, _stage, _isPceMember) { Opportunities = _opportunities.ToArray() };
}
