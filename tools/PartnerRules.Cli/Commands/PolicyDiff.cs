using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace PartnerRules.Cli.Commands;

/// <summary>One property whose value differs; <see cref="Version"/> names the schedule version (null for two policies), a null side is absent.</summary>
internal sealed record PolicyDifference(string? Version, string Property, JsonElement? Left, JsonElement? Right);

/// <summary>Compares two complete effective documents (as <see cref="PolicyFileRead.Effective"/> writes them) property by property.</summary>
internal static class PolicyDiff
{
    internal static List<PolicyDifference> Of(JsonElement left, JsonElement right, bool schedules)
    {
        var differences = new List<PolicyDifference>();
        if (!schedules)
        {
            Compare(null, left, right, differences);
            return differences;
        }

        // Versions are paired by name (unique within a schedule): a moved effective date is then one difference, not two versions.
        var leftVersions = Versions(left);
        var rightVersions = Versions(right);
        foreach (var (name, entry) in leftVersions)
        {
            var other = rightVersions.Find(v => v.Name == name).Entry;
            if (other.ValueKind == JsonValueKind.Undefined)
            {
                differences.Add(new PolicyDifference(name, "effectiveFrom", entry.GetProperty("effectiveFrom"), null));
                continue;
            }

            AddIfDifferent(name, "effectiveFrom", entry.GetProperty("effectiveFrom"), other.GetProperty("effectiveFrom"), differences);
            Compare(name, entry.GetProperty("policy"), other.GetProperty("policy"), differences);
        }

        foreach (var (name, entry) in rightVersions.Where(r => !leftVersions.Exists(l => l.Name == r.Name)))
        {
            differences.Add(new PolicyDifference(name, "effectiveFrom", null, entry.GetProperty("effectiveFrom")));
        }

        return differences;
    }

    private static List<(string Name, JsonElement Entry)> Versions(JsonElement schedule) =>
        [.. schedule.GetProperty("versions").EnumerateArray().Select(e => (e.GetProperty("policy").GetProperty("version").GetString()!, e))];

    private static void Compare(string? version, JsonElement left, JsonElement right, List<PolicyDifference> differences)
    {
        foreach (var property in left.EnumerateObject())
        {
            AddIfDifferent(version, property.Name, property.Value, right.TryGetProperty(property.Name, out var r) ? r : null, differences);
        }

        foreach (var property in right.EnumerateObject().Where(p => !left.TryGetProperty(p.Name, out _)))
        {
            differences.Add(new PolicyDifference(version, property.Name, null, property.Value));
        }
    }

    private static void AddIfDifferent(string? version, string property, JsonElement left, JsonElement? right, List<PolicyDifference> differences)
    {
        if (right is not { } r || !JsonElement.DeepEquals(left, r))
        {
            differences.Add(new PolicyDifference(version, property, left, right));
        }
    }
}
