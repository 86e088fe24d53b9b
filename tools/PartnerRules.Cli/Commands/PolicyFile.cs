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
    /// The versions of <c>--policy FILE</c> (a single policy is one version in force on every date), or null without
    /// the option. An invalid document is a usage error naming every problem: nothing should be decided under a
    /// policy that is not the one meant.
    /// </summary>
    internal static PolicySchedule? ForEngine(string? path, string option = "--policy")
    {
        if (path is null)
        {
            return null;
        }

        var read = Valid(path, option);
        var options = PartnerRulesJson.CreateOptions();
        return read.IsSchedule
            ? JsonSerializer.Deserialize<PolicySchedule>(read.Text, options)
            : PolicySchedule.Always(JsonSerializer.Deserialize<ProgramPolicy>(read.Text, options)!);
    }

    /// <summary>
    /// The single policy of <c>--proposal FILE</c>: what-if compares the population under one proposed policy in force
    /// on every date, so a schedule is a usage error, as is an invalid document.
    /// </summary>
    internal static ProgramPolicy Proposal(string path, string option)
    {
        var read = Valid(path, option);
        if (read.IsSchedule)
        {
            throw new UsageException($"{option}: '{path}' is a policy schedule; a proposal is one policy document (the version that would be in force on every date).");
        }

        return JsonSerializer.Deserialize<ProgramPolicy>(read.Text, PartnerRulesJson.CreateOptions())!;
    }

    private static PolicyFileRead Valid(string path, string option)
    {
        var read = Check(path, option);
        if (read.Problems.Count > 0)
        {
            var message = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{option}: '{path}' is not a valid {read.Kind} document ({read.Problems.Count} problem{(read.Problems.Count == 1 ? "" : "s")}):");
            foreach (var problem in read.Problems)
            {
                message.Append(CultureInfo.InvariantCulture, $"\n  {problem.Path}: {problem.Message}");
            }

            throw new UsageException(message.ToString());
        }

        return read;
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
