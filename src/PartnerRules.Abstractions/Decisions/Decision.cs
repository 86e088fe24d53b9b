using System.Collections.Generic;
using NodaTime;
using PartnerRules.Internal;

namespace PartnerRules;

/// <summary>
/// A verdict with one finding per criterion, in a fixed order; every criterion is evaluated, so a
/// refusal names every unmet criterion.
/// </summary>
/// <param name="IsApproved">True when every criterion passed.</param>
/// <param name="Findings">One finding per criterion, in the decision's documented code order.</param>
/// <remarks>Immutable: the list is copied. Equality compares the findings by content.</remarks>
public record Decision(bool IsApproved, IReadOnlyList<Finding> Findings)
{
    private readonly IReadOnlyList<Finding> _findings = Guard.List(Findings, nameof(Findings));
    private readonly string _policyVersion = "default";

    /// <summary>One finding per criterion, in the decision's documented code order (copied; null is refused, also through <c>with</c>).</summary>
    public IReadOnlyList<Finding> Findings
    {
        get => _findings;
        init => _findings = Guard.List(value, nameof(Findings));
    }

    /// <summary>
    /// The first local date (in the programme's time zone) on which the verdict flips if nothing but
    /// time passes; null when time alone never flips it.
    /// </summary>
    public LocalDate? ChangesOn { get; init; }

    /// <summary>
    /// The name of the policy version that made the decision (<c>ProgramPolicy.Version</c>);
    /// <c>"default"</c> unless set. Null is refused, also through <c>with</c>.
    /// </summary>
    /// <exception cref="System.ArgumentNullException">Set to null.</exception>
    public string PolicyVersion
    {
        get => _policyVersion;
        init => _policyVersion = value ?? throw new System.ArgumentNullException(nameof(PolicyVersion), "A decision names the policy version that made it; null was given.");
    }

    /// <summary>The findings that did not pass, in order; empty when approved.</summary>
    public IReadOnlyList<Finding> FailedFindings()
    {
        var failed = new List<Finding>();
        foreach (var finding in Findings)
        {
            if (!finding.Passed)
            {
                failed.Add(finding);
            }
        }

        return failed;
    }

    /// <summary>Prints the verdict, every finding, <see cref="ChangesOn"/> as an ISO date, whatever the current culture, and <see cref="PolicyVersion"/>.</summary>
    /// <param name="builder">Where the members are printed.</param>
    /// <returns>True: members were printed.</returns>
    protected virtual bool PrintMembers(System.Text.StringBuilder builder)
    {
        if (builder is null)
        {
            throw new System.ArgumentNullException(nameof(builder));
        }

        builder.Append("IsApproved = ").Append(IsApproved ? "True" : "False").Append(", Findings = [ ");
        for (var i = 0; i < Findings.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(Findings[i]);
        }

        builder.Append(" ], ChangesOn = ")
            .Append(ChangesOn?.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "null")
            .Append(", PolicyVersion = ").Append(PolicyVersion);
        return true;
    }

    /// <inheritdoc />
    public virtual bool Equals(Decision? other) =>
        other is not null && EqualityContract == other.EqualityContract && IsApproved == other.IsApproved
        && ChangesOn == other.ChangesOn && string.Equals(PolicyVersion, other.PolicyVersion, System.StringComparison.Ordinal)
        && SequenceEquality.Equal(Findings, other.Findings);

    /// <inheritdoc />
    // Stryker disable once Arithmetic,Bitwise,Conditional : hash mixing only; any deterministic mix keeps equal values hashing equal, which is the whole contract
    public override int GetHashCode() =>
        unchecked((IsApproved ? 1 : 0) ^ (ChangesOn.GetHashCode() * 397) ^ SequenceEquality.Hash(Findings)
            ^ System.StringComparer.Ordinal.GetHashCode(PolicyVersion));
}
