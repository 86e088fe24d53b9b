using System;
using System.Collections.Generic;
using System.Globalization;

namespace PartnerRules;

/// <summary>One problem of a schedule: the version's position, the member it is about (a JSON-style path below the version, or null) and its text.</summary>
internal readonly record struct ScheduleProblem(int Index, string? Member, string Text);

/// <summary>Every problem of a list of versions at once (docs/programme-rules.md §9), shared by the constructor and the document validator.</summary>
internal static class ScheduleProblems
{
    /// <summary>The problems of <paramref name="versions"/>, each with its index in the caller's list.</summary>
    /// <param name="versions">The versions with their indexes; a null entry is a problem.</param>
    /// <param name="givenCount">How many entries the caller gave (entries a document could not read are left out of <paramref name="versions"/>).</param>
    /// <param name="includePolicyProblems">False when the caller reports each policy's own problems itself.</param>
    public static List<ScheduleProblem> Find(IReadOnlyList<(int Index, ScheduledPolicy? Version)> versions, int givenCount, bool includePolicyProblems)
    {
        var problems = new List<ScheduleProblem>();
        if (givenCount == 0)
        {
            problems.Add(new ScheduleProblem(-1, null, "no version is given: a schedule needs at least one"));
            return problems;
        }

        ScheduledPolicy? previous = null;
        ScheduledPolicy? first = null;
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, version) in versions)
        {
            if (version is null)
            {
                problems.Add(new ScheduleProblem(index, null, $"version [{index}] is null"));
                continue;
            }

            var label = Label(version, index);
            if (previous is not null && version.EffectiveFrom <= previous.EffectiveFrom)
            {
                problems.Add(new ScheduleProblem(index, "effectiveFrom",
                    $"{label} takes effect on {Iso(version.EffectiveFrom)}, not after {Label(previous, -1)} ({Iso(previous.EffectiveFrom)}): effective dates must strictly increase, in the order given"));
            }

            var name = version.Policy.Version;
            if (name is not null)
            {
                if (names.TryGetValue(name, out var earlier))
                {
                    problems.Add(new ScheduleProblem(index, "policy.version", $"the version name '{name}' is used twice (versions [{earlier}] and [{index}])"));
                }
                else
                {
                    names.Add(name, index);
                }
            }

            first ??= version;
            SameAsFirst(problems, first, version, index, "policy.timeZone", "time zone", p => p.TimeZone?.Id);
            SameAsFirst(problems, first, version, index, "policy.currency", "currency", p => p.Currency);
            if (includePolicyProblems)
            {
                foreach (var problem in version.Policy.FindProblems())
                {
                    problems.Add(new ScheduleProblem(index, "policy." + Camel(problem.Property), $"{label}: {problem.Text}"));
                }
            }

            previous = version;
        }

        return problems;
    }

    /// <summary>"version '2027'", or "version [1]" when the name is unusable.</summary>
    public static string Label(ScheduledPolicy version, int index) =>
        ProgramPolicy.IsValidVersion(version.Policy.Version) || index < 0 ? $"version '{version.Policy.Version}'" : $"version [{index}]";

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static void SameAsFirst(List<ScheduleProblem> problems, ScheduledPolicy first, ScheduledPolicy version, int index,
        string member, string what, Func<ProgramPolicy, string?> value)
    {
        var expected = value(first.Policy);
        var actual = value(version.Policy);
        if (expected is not null && actual is not null && !string.Equals(expected, actual, StringComparison.Ordinal))
        {
            problems.Add(new ScheduleProblem(index, member,
                $"{Label(version, index)} uses the {what} {actual}, but {Label(first, -1)} uses {expected}: every version shares the programme's {what}"));
        }
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
