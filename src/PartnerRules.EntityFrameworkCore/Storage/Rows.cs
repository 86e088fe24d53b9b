using System;

namespace PartnerRules.EntityFrameworkCore.Storage;

// The tables. Instants are stored as 100-ns ticks since the Unix epoch (bigint), local dates as dates, so both
// databases compare them in indexes; names are the lifecycle's own (kind and state by enum name).

/// <summary>One lifecycle: the columns queries need, and the snapshot as JSON.</summary>
internal sealed class LifecycleRow
{
    public string Key { get; set; } = "";
    public string Kind { get; set; } = "";
    public string State { get; set; } = "";
    public long Revision { get; set; }
    public long Version { get; set; }
    public string? PolicyVersion { get; set; }
    public long CreatedAt { get; set; }
    public long LastChangedAt { get; set; }

    /// <summary>The opportunity, invoice or project.</summary>
    public string? NaturalId { get; set; }
    public string? PartnerId { get; set; }

    /// <summary>A personal account (invitations) or a customer's account (associations): erasable.</summary>
    public string? AccountId { get; set; }

    /// <summary>The running obligation's code; null when none runs.</summary>
    public string? Obligation { get; set; }
    public DateOnly? ExpectedFrom { get; set; }
    public DateOnly? DueOn { get; set; }
    public long? OverdueFrom { get; set; }

    /// <summary>The <see cref="OverdueFrom"/> whose overdue report is in the outbox: one report per deadline.</summary>
    public long? OverdueReportedFor { get; set; }

    /// <summary>The snapshot's format: 1, the records of PartnerRules as <c>PartnerRulesJson</c> writes them.</summary>
    public int Format { get; set; }
    public string Snapshot { get; set; } = "";
}

/// <summary>One transition, appended when it is saved and never changed.</summary>
internal sealed class TransitionRow
{
    public long Id { get; set; }
    public string LifecycleKey { get; set; } = "";

    /// <summary>1 for the first transition: the lifecycle's Version after it.</summary>
    public long Sequence { get; set; }
    public long At { get; set; }
    public string From { get; set; } = "";
    public string To { get; set; } = "";
    public string Trigger { get; set; } = "";
    public string? Reason { get; set; }
    public string? Actor { get; set; }
    public string? CorrelationId { get; set; }
}

/// <summary>A command's idempotency key and the outcome it had.</summary>
internal sealed class IdempotencyRow
{
    public string Key { get; set; } = "";
    public string Fingerprint { get; set; } = "";
    public string LifecycleKey { get; set; } = "";
    public long Revision { get; set; }
    public string State { get; set; } = "";
    public long CreatedAt { get; set; }
    public long ExpiresAt { get; set; }
}

/// <summary>An overdue obligation to report, written in the transaction that found it.</summary>
internal sealed class OutboxRow
{
    public long Id { get; set; }
    public string DeduplicationKey { get; set; } = "";
    public string LifecycleKey { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Obligation { get; set; } = "";
    public string SubjectId { get; set; } = "";
    public DateOnly DueOn { get; set; }
    public long OverdueFrom { get; set; }
    public long CreatedAt { get; set; }
    public long? ClaimedUntil { get; set; }
    public long? DeliveredAt { get; set; }
    public int Attempts { get; set; }
}

/// <summary>The schema's version: one row.</summary>
internal sealed class SchemaRow
{
    public int Id { get; set; }
    public int Version { get; set; }
}
