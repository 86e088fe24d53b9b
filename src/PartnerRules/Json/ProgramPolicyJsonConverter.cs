using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnerRules;

/// <summary>
/// A policy document: every property optional (the rest from <see cref="ProgramPolicy.Default"/>), an
/// unknown or repeated property refused with its name (a typo in a policy file must never be silently
/// ignored), null refused; written completely, in declaration order. Values are not validated here: a
/// policy is validated where it is used, and <see cref="PolicyDocuments.Validate"/> lists every problem.
/// </summary>
internal sealed class ProgramPolicyJsonConverter : JsonConverter<ProgramPolicy>
{
    public override ProgramPolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A programme policy must be a JSON object, not {reader.TokenType}.");
        }

        var policy = ProgramPolicy.Default;
        var seen = new HashSet<PolicyJsonMember>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            var member = PolicyJsonMember.Find(name, options) ?? throw new JsonException(UnknownProperty("programme policy", name, PolicyJsonMember.All.Select(m => m.Name), options));
            if (!seen.Add(member))
            {
                throw new JsonException($"\"{name}\" appears twice in the programme policy: give each property once.");
            }

            reader.Read();
            policy = member.Read(policy, name, ref reader, options);
        }

        return policy;
    }

    public override void Write(Utf8JsonWriter writer, ProgramPolicy value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var member in PolicyJsonMember.All)
        {
            member.Write(writer, value, options);
        }

        writer.WriteEndObject();
    }

    /// <summary>"The programme policy has no property "x" (did you mean "y"?)", or the known names when none is close.</summary>
    internal static string UnknownProperty(string what, string name, IEnumerable<string> known, JsonSerializerOptions options)
    {
        var names = known.Select(k => PolicyJsonMember.JsonName(k, options)).ToList();
        // Stryker disable once Linq : the list of names is never empty
        var closest = names.OrderBy(k => Distance(name.ToUpperInvariant(), k.ToUpperInvariant())).First();
        var hint = Distance(name.ToUpperInvariant(), closest.ToUpperInvariant()) <= Math.Max(2, closest.Length / 4)
            ? $" (did you mean \"{closest}\"?)"
            : $"; its properties are {string.Join(", ", names.Select(n => $"\"{n}\""))}";
        return $"The {what} has no property \"{name}\"{hint}.";
    }

    // Levenshtein distance: enough to point at the property a typo meant.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
