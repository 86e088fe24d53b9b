using System;
using System.Globalization;

namespace PartnerRules;

/// <summary>
/// A save expected a revision the store no longer holds: someone else changed the lifecycle since it was loaded (a lost
/// update prevented). Nothing was written: reload the lifecycle and decide again (HTTP 409 or 412). Thrown by every <c>ILifecycleStore</c>.
/// </summary>
public sealed class ConcurrencyConflictException : PartnerRulesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The lifecycle.</param>
    /// <param name="expectedRevision">The revision the caller loaded.</param>
    /// <param name="actualRevision">The revision stored now; null when the lifecycle is no longer stored.</param>
    public ConcurrencyConflictException(LifecycleKey key, long expectedRevision, long? actualRevision)
        : base(string.Format(CultureInfo.InvariantCulture,
            "Lifecycle {0} was changed by someone else: the save expected revision {1}, the store holds {2}. Nothing was written: reload it and try again.",
            key, expectedRevision, actualRevision is { } actual ? actual.ToString(CultureInfo.InvariantCulture) : "none"))
    {
        Key = key;
        ExpectedRevision = expectedRevision;
        ActualRevision = actualRevision;
    }

    /// <summary>The lifecycle.</summary>
    public LifecycleKey Key { get; }

    /// <summary>The revision the caller loaded.</summary>
    public long ExpectedRevision { get; }

    /// <summary>The revision stored now; null when the lifecycle is no longer stored.</summary>
    public long? ActualRevision { get; }
}

/// <summary>An idempotency key came back with a different command than the one it was first used for. Nothing was written (HTTP 422).</summary>
public sealed class IdempotencyKeyReusedException : PartnerRulesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="idempotencyKey">The key.</param>
    public IdempotencyKeyReusedException(string idempotencyKey)
        : base($"Idempotency key \"{idempotencyKey}\" was first used for a different command; a new command needs a new key. Nothing was written.") =>
        IdempotencyKey = idempotencyKey;

    /// <summary>The key.</summary>
    public string IdempotencyKey { get; }
}

/// <summary>No lifecycle is stored under the key (HTTP 404).</summary>
public sealed class LifecycleNotFoundException : PartnerRulesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The key asked for.</param>
    public LifecycleNotFoundException(LifecycleKey key)
        : base($"No lifecycle is stored under key {key}.") => Key = key;

    /// <summary>The key asked for.</summary>
    public LifecycleKey Key { get; }
}

/// <summary>A lifecycle with this key is already stored: <c>AddAsync</c> adds new lifecycles only (save changes with <c>SaveAsync</c>). Nothing was written.</summary>
public sealed class LifecycleAlreadyStoredException : PartnerRulesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The key.</param>
    public LifecycleAlreadyStoredException(LifecycleKey key)
        : base($"A lifecycle with key {key} is already stored: save changes to it with SaveAsync. Nothing was written.") => Key = key;

    /// <summary>The key.</summary>
    public LifecycleKey Key { get; }
}

