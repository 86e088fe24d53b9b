using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules;

/// <summary>
/// An employee's application to become a project specialist: the employment information they maintain (position,
/// start date on Huawei Cloud) and their certificates. <see cref="SpecialistInvitationLifecycle.Apply"/> needs all
/// three (findings <c>SPECIALIST.POSITION</c>, <c>SPECIALIST.CLOUD_START_DATE</c>, <c>SPECIALIST.CERTIFICATES</c>).
/// </summary>
/// <remarks>Immutable and thread-safe: <see cref="Certificates"/> is copied. Equality compares the certificates by content.</remarks>
public sealed record SpecialistApplication
{
    private readonly IReadOnlyList<string> _certificates = [];

    /// <summary>The employee's position at the partner; Apply needs it non-blank.</summary>
    public string? Position { get; init; }

    /// <summary>The local date the employee started working on Huawei Cloud; Apply needs it, not after today.</summary>
    public LocalDate? StartedOnHuaweiCloud { get; init; }

    /// <summary>The employee's certificates (names or numbers); Apply needs at least one, none blank. Default: empty.</summary>
    /// <exception cref="ArgumentNullException">Set to null (use an empty list for none).</exception>
    /// <exception cref="ArgumentException">The list holds null.</exception>
    public IReadOnlyList<string> Certificates
    {
        get => _certificates;
        init => _certificates = Copy(value, nameof(Certificates));
    }

    /// <summary>The application with an ISO start date, whatever the current culture.</summary>
    public override string ToString() => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        "SpecialistApplication {{ Position = {0}, StartedOnHuaweiCloud = {1}, Certificates = [ {2} ] }}",
        Position ?? "null",
        StartedOnHuaweiCloud?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "null",
        string.Join(", ", Certificates));

    /// <inheritdoc />
    public bool Equals(SpecialistApplication? other) =>
        other is not null && Position == other.Position && StartedOnHuaweiCloud == other.StartedOnHuaweiCloud
        && LifecycleLists.Equal(Certificates, other.Certificates);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,NullCoalescing : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked(((Position?.GetHashCode() ?? 0) * 397) ^ StartedOnHuaweiCloud.GetHashCode() ^ LifecycleLists.Hash(Certificates));

    private static IReadOnlyList<string> Copy(IReadOnlyList<string> value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName, "Certificates must be a list (use an empty list for none), not null.");
        }

        for (var i = 0; i < value.Count; i++)
        {
            if (value[i] is null)
            {
                throw new ArgumentException($"Certificates holds null at index {i}; every certificate needs a name.", paramName);
            }
        }

        return LifecycleLists.CopyOrNull(value);
    }
}
