using System.Globalization;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// No policy version is in force on a date: it lies before the first version's effective date. The
/// library never guesses a version for it (docs/programme-rules.md §9).
/// </summary>
/// <remarks>
/// In <c>PartnerRules.Abstractions</c>, beside the other library exceptions, because it surfaces through
/// <see cref="IPartnerRulesEngine"/>: code written against the contracts can catch it.
/// </remarks>
public sealed class PolicyNotInForceException : PartnerRulesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="date">The local date (programme zone) that no version covers.</param>
    /// <param name="firstEffectiveFrom">The first version's effective date.</param>
    public PolicyNotInForceException(LocalDate date, LocalDate firstEffectiveFrom)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "No programme policy is in force on {0:uuuu-MM-dd}: the schedule's first version takes effect on {1:uuuu-MM-dd}. Add a version that takes effect on or before {0:uuuu-MM-dd}, or decide on a later date.",
            date,
            firstEffectiveFrom))
    {
        Date = date;
        FirstEffectiveFrom = firstEffectiveFrom;
    }

    /// <summary>The local date that no version covers.</summary>
    public LocalDate Date { get; }

    /// <summary>The effective date of the schedule's first version.</summary>
    public LocalDate FirstEffectiveFrom { get; }
}
