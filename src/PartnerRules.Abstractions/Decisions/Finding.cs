using NodaTime;

namespace PartnerRules;

/// <summary>
/// The verdict on one criterion of a decision, with the figures that decided it as data: the same
/// figures the <see cref="Message"/> states, for code that should not parse text.
/// </summary>
/// <param name="Code">Stable, upper-case, dotted code named for the criterion, such as <c>HO.PCE_MEMBER</c> (see <see cref="FindingCodes"/>).</param>
/// <param name="Passed">Whether the criterion is met (a criterion that does not apply passes and says so).</param>
/// <param name="Message">What decided, with the figures, in the configured culture (English or zh-CN).</param>
/// <remarks>
/// The figures are optional: each criterion sets the ones it decides on (docs/rules.md lists them) and
/// leaves the rest null. Equality compares every member; <see cref="object.ToString"/> prints the figures
/// that are set, dates as ISO <c>uuuu-MM-dd</c>, whatever the current culture.
/// </remarks>
public sealed record Finding(string Code, bool Passed, string Message)
{
    /// <summary>What the criterion counted at the evaluation instant: POs updated or signed and delivered in the window, partners linked elsewhere or in the window, months of spend reported (up to the required number).</summary>
    public int? Count { get; init; }

    /// <summary>The least <see cref="Count"/> that passes, for a criterion met by "at least".</summary>
    public int? Required { get; init; }

    /// <summary>The <see cref="Count"/> from which the criterion refuses, for a criterion met by "fewer than" (the staff link limit).</summary>
    public int? Limit { get; init; }

    /// <summary>The first local date (programme zone) of the window the criterion counted in.</summary>
    public LocalDate? WindowStart { get; init; }

    /// <summary>
    /// For a refused criterion: the first local date (programme zone) on which it passes if nothing but
    /// time passes (for a staff link refused by the link limit, the date the account can be linked again);
    /// null when it passed, or when time alone never makes it pass.
    /// </summary>
    public LocalDate? PassesOn { get; init; }

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Code = ").Append(Code).Append(", Passed = ").Append(Passed ? "True" : "False").Append(", Message = ").Append(Message);
        Figure(builder, nameof(Count), Count);
        Figure(builder, nameof(Required), Required);
        Figure(builder, nameof(Limit), Limit);
        Figure(builder, nameof(WindowStart), WindowStart);
        Figure(builder, nameof(PassesOn), PassesOn);
        return true;
    }

    private static void Figure(System.Text.StringBuilder builder, string name, int? value)
    {
        if (value is { } v)
        {
            builder.Append(", ").Append(name).Append(" = ").Append(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void Figure(System.Text.StringBuilder builder, string name, LocalDate? value)
    {
        if (value is { } v)
        {
            builder.Append(", ").Append(name).Append(" = ").Append(v.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
