using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PartnerRules.Cli.Commands;

/// <summary>A policy or schedule document read from a file, with every problem the library finds in it.</summary>
internal sealed record PolicyFileRead(string Path, bool IsSchedule, IReadOnlyList<PolicyDocumentProblem> Problems, string Text)
{
    internal string Kind => IsSchedule ? "schedule" : "policy";

    /// <summary>
    /// The complete effective document, defaults filled in: read with the library's options and written back,
    /// so every property appears (only for a document without problems).
    /// </summary>
    internal JsonElement Effective()
    {
        var options = PartnerRulesJson.CreateOptions();
        return IsSchedule
            ? JsonSerializer.SerializeToElement(JsonSerializer.Deserialize<PolicySchedule>(Text, options)!, options)
            : JsonSerializer.SerializeToElement(JsonSerializer.Deserialize<ProgramPolicy>(Text, options)!, options);
    }
}

/// <summary>Reads policy documents for <c>policy validate|show|diff</c> and <c>--policy</c>.</summary>
internal static class PolicyFile
{
    internal static PolicyFileRead Check(string? path, string option)
    {
        var existing = CommonOptions.ExistingFile(path, option);
        var text = File.ReadAllText(existing);
        return new PolicyFileRead(existing, IsSchedule(text), PolicyDocuments.Validate(text), text);
    }

    /// <summary>
    /// The policy of <c>--policy FILE</c>, or null without the option. An invalid document is a usage error naming
    /// every problem: nothing should be decided under a policy that is not the one meant.
    /// </summary>
    internal static ProgramPolicy? ForEngine(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var read = Check(path, "--policy");
        if (read.IsSchedule)
        {
            // The engine does not read PartnerRulesOptions.Schedule yet; deciding under one version of it would mislead.
            throw new UsageException($"--policy: '{path}' is a policy schedule; for now --policy takes a single policy document (schedules come with the engine's schedule support).");
        }

        if (read.Problems.Count > 0)
        {
            var message = new StringBuilder().Append(CultureInfo.InvariantCulture, $"--policy: '{path}' is not a valid policy document ({read.Problems.Count} problem{(read.Problems.Count == 1 ? "" : "s")}):");
            foreach (var problem in read.Problems)
            {
                message.Append(CultureInfo.InvariantCulture, $"\n  {problem.Path}: {problem.Message}");
            }

            throw new UsageException(message.ToString());
        }

        return JsonSerializer.Deserialize<ProgramPolicy>(read.Text, PartnerRulesJson.CreateOptions());
    }

    /// <summary>The library recognises a schedule by its <c>versions</c> property; the tool asks the same question.</summary>
    private static bool IsSchedule(string text)
    {
        var options = PartnerRulesJson.CreateOptions();
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = options.AllowTrailingCommas, CommentHandling = options.ReadCommentHandling });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.EnumerateObject().Any(p => string.Equals(p.Name, "versions", options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>A value for a table cell: strings bare, money as "300000 CNY", a calendar summarised (its holiday list would fill the screen), the rest as JSON.</summary>
    internal static string Cell(JsonElement? value)
    {
        if (value is not { } v)
        {
            return "(absent)";
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            return v.GetString()!;
        }

        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("holidays", out var holidays) && v.TryGetProperty("start", out var start) && v.TryGetProperty("end", out var end))
        {
            var weekend = v.TryGetProperty("workingWeekendDays", out var w) ? w.GetArrayLength() : 0;
            return $"{start.GetString()}..{end.GetString()}, {holidays.GetArrayLength()} holidays, {weekend} working weekend days";
        }

        if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("amount", out var amount) && v.TryGetProperty("currency", out var currency))
        {
            return $"{amount.GetRawText()} {currency.GetString()}";
        }

        return v.GetRawText();
    }
}
