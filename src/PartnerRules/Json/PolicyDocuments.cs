using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime;

namespace PartnerRules;

/// <summary>
/// Checks a whole policy or schedule document at once, for tools such as a <c>policy validate</c>
/// command: where reading (<c>JsonSerializer.Deserialize</c> with <see cref="PartnerRulesJson.CreateOptions"/>)
/// stops at the first problem with a <see cref="JsonException"/>, this lists every problem with its JSON path.
/// </summary>
/// <remarks>Thread-safe. The document is read as <see cref="PartnerRulesJson.CreateOptions"/> reads it.</remarks>
public static class PolicyDocuments
{
    private static readonly JsonSerializerOptions Options = PartnerRulesJson.CreateOptions();

    /// <summary>
    /// Every problem of a policy document (<c>{ "version": "2027", "requiredDeliveredPos": 4, ... }</c>) or a
    /// schedule document (<c>{ "versions": [ { "effectiveFrom": ..., "policy": { ... } } ] }</c>, recognised by
    /// its <c>versions</c> property): JSON syntax, unknown or repeated properties, nulls, values of the
    /// wrong type or format, each policy's own problems (<see cref="ProgramPolicy.GetProblems"/>) and the
    /// schedule's (order of effective dates, repeated version names, mixed time zones or currencies).
    /// </summary>
    /// <param name="json">The document's text.</param>
    /// <returns>The problems in document order (a schedule's cross-version problems last); empty when the document reads and is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static IReadOnlyList<PolicyDocumentProblem> Validate(string json)
    {
        // Stryker disable once Statement,Block : JsonDocument.Parse(null) throws the same ArgumentNullException naming "json"; the check states it
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var problems = new List<PolicyDocumentProblem>();
        JsonDocument document;
        try
        {
            // Stryker disable once all : Options are CreateOptions(), whose reading settings are JsonDocumentOptions' defaults
            document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                AllowTrailingCommas = Options.AllowTrailingCommas,
                CommentHandling = Options.ReadCommentHandling,
                MaxDepth = Options.MaxDepth,
            });
        }
        catch (JsonException ex)
        {
            problems.Add(new PolicyDocumentProblem("$", $"The document is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): {ex.Message}"));
            return problems;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Any(p => PolicyJsonMember.Matches(p.Name, nameof(PolicySchedule.Versions), Options)))
            {
                ValidateSchedule(root, problems);
            }
            else
            {
                ValidatePolicy(root, "$", problems);
            }
        }

        return problems;
    }

    private static void ValidateSchedule(JsonElement root, List<PolicyDocumentProblem> problems)
    {
        JsonElement? versions = null;
        // Stryker disable once String : read only after a "versions" property set it
        string versionsPath = "$";
        foreach (var property in root.EnumerateObject())
        {
            var path = Child("$", property.Name);
            if (!PolicyJsonMember.Matches(property.Name, nameof(PolicySchedule.Versions), Options))
            {
                problems.Add(new PolicyDocumentProblem(path, ProgramPolicyJsonConverter.UnknownProperty("policy schedule", property.Name, [nameof(PolicySchedule.Versions)], Options)));
            }
            else if (versions is not null)
            {
                problems.Add(new PolicyDocumentProblem(path, $"\"{property.Name}\" appears twice in the policy schedule: give each property once."));
            }
            else
            {
                versions = property.Value;
                versionsPath = path;
            }
        }

        if (versions is not { ValueKind: JsonValueKind.Array } array)
        {
            problems.Add(new PolicyDocumentProblem(versionsPath, $"\"versions\" must be a list of versions, not {versions?.ValueKind}."));
            return;
        }

        var read = new List<(int, ScheduledPolicy?)>();
        var entries = new List<(string Path, JsonElement? Policy)>();
        foreach (var entry in array.EnumerateArray())
        {
            var path = $"{versionsPath}[{entries.Count}]";
            var version = ValidateEntry(entry, path, problems, out var policyElement);
            entries.Add((path, policyElement));
            if (version is not null || entry.ValueKind == JsonValueKind.Null)
            {
                read.Add((entries.Count - 1, version));
            }
        }

        foreach (var problem in ScheduleProblems.Find(read, entries.Count, includePolicyProblems: false))
        {
            problems.Add(new PolicyDocumentProblem(PathOf(problem, versionsPath, entries), problem.Text));
        }
    }

    private static ScheduledPolicy? ValidateEntry(JsonElement entry, string path, List<PolicyDocumentProblem> problems, out JsonElement? policyElement)
    {
        policyElement = null;
        if (entry.ValueKind != JsonValueKind.Object)
        {
            // A null entry is the schedule's own problem ("version [i] is null"), reported with the others.
            if (entry.ValueKind != JsonValueKind.Null)
            {
                problems.Add(new PolicyDocumentProblem(path, $"A scheduled version must be a JSON object {{ \"effectiveFrom\", \"policy\" }}, not {entry.ValueKind}."));
            }

            return null;
        }

        LocalDate? effectiveFrom = null;
        ProgramPolicy? policy = null;
        bool sawDate = false, sawPolicy = false;
        foreach (var property in entry.EnumerateObject())
        {
            var propertyPath = Child(path, property.Name);
            var isDate = PolicyJsonMember.Matches(property.Name, nameof(ScheduledPolicy.EffectiveFrom), Options);
            var isPolicy = PolicyJsonMember.Matches(property.Name, nameof(ScheduledPolicy.Policy), Options);
            if (!isDate && !isPolicy)
            {
                problems.Add(new PolicyDocumentProblem(propertyPath, ProgramPolicyJsonConverter.UnknownProperty("scheduled version", property.Name, [nameof(ScheduledPolicy.EffectiveFrom), nameof(ScheduledPolicy.Policy)], Options)));
            }
            else if ((isDate && sawDate) || (isPolicy && sawPolicy))
            {
                problems.Add(new PolicyDocumentProblem(propertyPath, $"\"{property.Name}\" appears twice in the scheduled version: give each property once."));
            }
            else if (isDate)
            {
                sawDate = true;
                effectiveFrom = ReadDate(property, propertyPath, problems);
            }
            else
            {
                sawPolicy = true;
                policyElement = property.Value;
                policy = ValidatePolicy(property.Value, propertyPath, problems);
            }
        }

        if (!sawDate || !sawPolicy)
        {
            problems.Add(new PolicyDocumentProblem(path, $"A scheduled version needs {(sawDate ? "" : "\"effectiveFrom\" (a date such as \"2027-01-01\")")}{(sawDate || sawPolicy ? "" : " and ")}{(sawPolicy ? "" : "\"policy\"")}."));
        }

        return effectiveFrom is { } date && policy is not null ? new ScheduledPolicy(date, policy) : null;
    }

    private static LocalDate? ReadDate(JsonProperty property, string path, List<PolicyDocumentProblem> problems)
    {
        try
        {
            return property.Value.ValueKind == JsonValueKind.String ? property.Value.Deserialize<LocalDate>(Options) : throw new JsonException();
        }
        catch (JsonException)
        {
            problems.Add(new PolicyDocumentProblem(path, $"\"{property.Name}\" must be an ISO date such as \"2027-01-01\" (was {property.Value.GetRawText()})."));
            return null;
        }
    }

    /// <summary>Validates one policy object; returns the policy read from its readable properties, or null when it is not an object.</summary>
    private static ProgramPolicy? ValidatePolicy(JsonElement element, string path, List<PolicyDocumentProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new PolicyDocumentProblem(path, $"A programme policy must be a JSON object, not {element.ValueKind}."));
            return null;
        }

        var policy = ProgramPolicy.Default;
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = Child(path, property.Name);
            var member = PolicyJsonMember.Find(property.Name, Options);
            if (member is null)
            {
                problems.Add(new PolicyDocumentProblem(propertyPath, ProgramPolicyJsonConverter.UnknownProperty("programme policy", property.Name, PolicyJsonMember.All.Select(m => m.Name), Options)));
            }
            else if (given.ContainsKey(member.Name))
            {
                problems.Add(new PolicyDocumentProblem(propertyPath, $"\"{property.Name}\" appears twice in the programme policy: give each property once."));
            }
            else
            {
                given[member.Name] = propertyPath;
                try
                {
                    policy = member.Read(policy, property.Name, property.Value, Options);
                }
                catch (JsonException ex)
                {
                    problems.Add(new PolicyDocumentProblem(propertyPath, ex.Message));
                }
            }
        }

        foreach (var problem in policy.FindProblems())
        {
            problems.Add(new PolicyDocumentProblem(given.TryGetValue(problem.Property, out var at) ? at : path, problem.Text));
        }

        return policy;
    }

    private static string PathOf(ScheduleProblem problem, string versionsPath, List<(string Path, JsonElement? Policy)> entries)
    {
        if (problem.Index < 0)
        {
            return versionsPath;
        }

        var (path, policy) = entries[problem.Index];
        return problem.Member switch
        {
            null => path,
            "effectiveFrom" => path + ".effectiveFrom",
            _ => policy is { } p && p.EnumerateObject().Any(x => PolicyJsonMember.Matches(x.Name, problem.Member.Substring("policy.".Length), Options))
                ? path + "." + problem.Member
                : path + ".policy",
        };
    }

    private static string Child(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c == '_') ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'")}']";
}
