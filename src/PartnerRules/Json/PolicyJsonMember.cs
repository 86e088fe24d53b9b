using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Utility;

namespace PartnerRules;

/// <summary>
/// One property of a policy document: its name, what it must hold, and how it is read and written.
/// The one table the reader, the writer and the document validator share (a test holds it to every
/// public property of <see cref="ProgramPolicy"/>).
/// </summary>
internal abstract class PolicyJsonMember(string name, string expected)
{
    private const string PeriodText = "an ISO 8601 period such as \"P12M\", \"P90D\" or \"P1Y\" (years, months, weeks or days)";
    private const string WholeNumber = "a whole number";
    private const string MoneyText = "money as { \"amount\": 300000, \"currency\": \"CNY\" }";

    /// <summary>Every member, in the order a policy is written (the declaration order of <see cref="ProgramPolicy"/>).</summary>
    public static IReadOnlyList<PolicyJsonMember> All { get; } =
    [
        new Typed<string>(nameof(ProgramPolicy.Version), "a version name such as \"2027\"", p => p.Version, (p, v) => p with { Version = v }),
        new Typed<DateTimeZone>(nameof(ProgramPolicy.TimeZone), "a TZDB time zone id such as \"Asia/Shanghai\"", p => p.TimeZone, (p, v) => p with { TimeZone = v }),
        new CalendarMember(),
        new Typed<string>(nameof(ProgramPolicy.Currency), "an ISO 4217 currency code such as \"CNY\"", p => p.Currency, (p, v) => p with { Currency = v }),
        new Typed<int>(nameof(ProgramPolicy.RequiredDeliveredPos), WholeNumber, p => p.RequiredDeliveredPos, (p, v) => p with { RequiredDeliveredPos = v }),
        new Typed<Period>(nameof(ProgramPolicy.DeliveredPoWindow), PeriodText, p => p.DeliveredPoWindow, (p, v) => p with { DeliveredPoWindow = v }),
        new Typed<Period>(nameof(ProgramPolicy.OpportunityUpdateWindow), PeriodText, p => p.OpportunityUpdateWindow, (p, v) => p with { OpportunityUpdateWindow = v }),
        new Typed<Period>(nameof(ProgramPolicy.StaffLinkWindow), PeriodText, p => p.StaffLinkWindow, (p, v) => p with { StaffLinkWindow = v }),
        new Typed<int>(nameof(ProgramPolicy.StaffLinkPartnerLimit), WholeNumber, p => p.StaffLinkPartnerLimit, (p, v) => p with { StaffLinkPartnerLimit = v }),
        new Typed<Period>(nameof(ProgramPolicy.SpecialistInvitationValidity), PeriodText, p => p.SpecialistInvitationValidity, (p, v) => p with { SpecialistInvitationValidity = v }),
        new Typed<int>(nameof(ProgramPolicy.SpecialistInvitationsPerDay), WholeNumber, p => p.SpecialistInvitationsPerDay, (p, v) => p with { SpecialistInvitationsPerDay = v }),
        new Typed<int>(nameof(ProgramPolicy.FirstProjectNewCustomerSpendMonths), WholeNumber, p => p.FirstProjectNewCustomerSpendMonths, (p, v) => p with { FirstProjectNewCustomerSpendMonths = v }),
        new Typed<Money>(nameof(ProgramPolicy.FirstProjectNewCustomerCap), MoneyText, p => p.FirstProjectNewCustomerCap, (p, v) => p with { FirstProjectNewCustomerCap = v }),
        new Typed<Money>(nameof(ProgramPolicy.FirstProjectExistingCustomerAmount), MoneyText, p => p.FirstProjectExistingCustomerAmount, (p, v) => p with { FirstProjectExistingCustomerAmount = v }),
        new Typed<int>(nameof(ProgramPolicy.AccelerationNewCustomerSpendMonths), WholeNumber, p => p.AccelerationNewCustomerSpendMonths, (p, v) => p with { AccelerationNewCustomerSpendMonths = v }),
        new Typed<Money>(nameof(ProgramPolicy.AccelerationNewCustomerCap), MoneyText, p => p.AccelerationNewCustomerCap, (p, v) => p with { AccelerationNewCustomerCap = v }),
        new Typed<Money>(nameof(ProgramPolicy.AccelerationExistingCustomerCap), MoneyText, p => p.AccelerationExistingCustomerCap, (p, v) => p with { AccelerationExistingCustomerCap = v }),
        new Typed<Money>(nameof(ProgramPolicy.NewCustomerPriorCashLimit), MoneyText, p => p.NewCustomerPriorCashLimit, (p, v) => p with { NewCustomerPriorCashLimit = v }),
        new Typed<int>(nameof(ProgramPolicy.IncentivePaymentDays), WholeNumber, p => p.IncentivePaymentDays, (p, v) => p with { IncentivePaymentDays = v }),
        new Typed<int>(nameof(ProgramPolicy.RedLetterIssueFromBusinessDays), WholeNumber, p => p.RedLetterIssueFromBusinessDays, (p, v) => p with { RedLetterIssueFromBusinessDays = v }),
        new Typed<int>(nameof(ProgramPolicy.RedLetterIssueDueBusinessDays), WholeNumber, p => p.RedLetterIssueDueBusinessDays, (p, v) => p with { RedLetterIssueDueBusinessDays = v }),
        new Typed<int>(nameof(ProgramPolicy.ElectronicReturnDays), WholeNumber, p => p.ElectronicReturnDays, (p, v) => p with { ElectronicReturnDays = v }),
        new Typed<int>(nameof(ProgramPolicy.PaperReturnFromBusinessDays), WholeNumber, p => p.PaperReturnFromBusinessDays, (p, v) => p with { PaperReturnFromBusinessDays = v }),
        new Typed<int>(nameof(ProgramPolicy.PaperReturnDueBusinessDays), WholeNumber, p => p.PaperReturnDueBusinessDays, (p, v) => p with { PaperReturnDueBusinessDays = v }),
        new Typed<Duration>(nameof(ProgramPolicy.RedLetterConfirmationValidity), "a duration in hours as \"H:mm:ss\", such as \"72:00:00\"", p => p.RedLetterConfirmationValidity, (p, v) => p with { RedLetterConfirmationValidity = v }),
        new Typed<Period>(nameof(ProgramPolicy.NewAccountWindow), PeriodText, p => p.NewAccountWindow, (p, v) => p with { NewAccountWindow = v }),
        new Typed<Period>(nameof(ProgramPolicy.AssociationUndoInterval), PeriodText, p => p.AssociationUndoInterval, (p, v) => p with { AssociationUndoInterval = v }),
        new Typed<Period>(nameof(ProgramPolicy.CustomerRegistrationReservation), PeriodText, p => p.CustomerRegistrationReservation, (p, v) => p with { CustomerRegistrationReservation = v }),
        new Typed<Period?>(nameof(ProgramPolicy.HoOfferResponseTime), PeriodText, p => p.HoOfferResponseTime, (p, v) => p with { HoOfferResponseTime = v }) { OmittedWhenNull = true },
    ];

    /// <summary>The property's .NET name.</summary>
    public string Name { get; } = name;

    /// <summary>What a document must give, for messages.</summary>
    public string Expected { get; } = expected;

    /// <summary>The name in a document under <paramref name="options"/>' naming policy.</summary>
    public static string JsonName(string name, JsonSerializerOptions options) => options.PropertyNamingPolicy?.ConvertName(name) ?? name;

    /// <summary>Whether a document's property name is <paramref name="name"/> under <paramref name="options"/>.</summary>
    public static bool Matches(string documentName, string name, JsonSerializerOptions options) =>
        string.Equals(documentName, JsonName(name, options), options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The member a document's property names; null when none does.</summary>
    public static PolicyJsonMember? Find(string documentName, JsonSerializerOptions options)
    {
        foreach (var member in All)
        {
            if (Matches(documentName, member.Name, options))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The policy with this member read from the reader's current token.</summary>
    /// <exception cref="JsonException">The value is null or not what the member holds; the message names the property.</exception>
    public ProgramPolicy Read(ProgramPolicy policy, string documentName, ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var token = reader.TokenType;
        if (token == JsonTokenType.Null)
        {
            throw new JsonException($"\"{documentName}\" is null: leave the property out to keep the default, or give {Expected}.");
        }

        var shown = token switch
        {
            JsonTokenType.String => JsonSerializer.Serialize(reader.GetString()),
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray()),
        };
        try
        {
            return ReadValue(policy, ref reader, options);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or FormatException or InvalidNodaDataException or InvalidOperationException or TimeZoneNotFoundException)
        {
            var detail = token is JsonTokenType.StartObject or JsonTokenType.StartArray ? $": {WithoutPosition(ex.Message)}" : string.Empty;
            throw new JsonException($"\"{documentName}\" must be {Expected} (was {shown}){detail}", ex);
        }
    }

    /// <summary>System.Text.Json's "Path: $ | LineNumber: …" tail counts from the member's own value, not the document: cut.</summary>
    // Stryker disable once Equality : no message System.Text.Json writes starts with its position tail
    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut < 0 ? message : message.Substring(0, cut);
    }

    /// <summary>The policy with this member read from a parsed value.</summary>
    /// <exception cref="JsonException">As <see cref="Read(ProgramPolicy, string, ref Utf8JsonReader, JsonSerializerOptions)"/>.</exception>
    public ProgramPolicy Read(ProgramPolicy policy, string documentName, JsonElement value, JsonSerializerOptions options)
    {
        // The raw text may hold what the document's parse allowed (comments, trailing commas): read it alike.
        // Stryker disable once all : its only caller parses with CreateOptions(), which allows neither, so the raw text holds neither
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(value.GetRawText()), new JsonReaderOptions
        {
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.ReadCommentHandling == JsonCommentHandling.Disallow ? JsonCommentHandling.Disallow : JsonCommentHandling.Skip,
        });
        reader.Read();
        return Read(policy, documentName, ref reader, options);
    }

    /// <summary>Writes the property's name and value.</summary>
    public void Write(Utf8JsonWriter writer, ProgramPolicy policy, JsonSerializerOptions options)
    {
        if (IsUnset(policy))
        {
            // An optional member that is not set is left out: reading the document back leaves it unset.
            return;
        }

        writer.WritePropertyName(JsonName(Name, options));
        WriteValue(writer, policy, options);
    }

    /// <summary>True when the member is optional and not set in <paramref name="policy"/>: it is not written.</summary>
    protected virtual bool IsUnset(ProgramPolicy policy) => false;

    protected abstract ProgramPolicy ReadValue(ProgramPolicy policy, ref Utf8JsonReader reader, JsonSerializerOptions options);

    protected abstract void WriteValue(Utf8JsonWriter writer, ProgramPolicy policy, JsonSerializerOptions options);

    private sealed class Typed<T>(string name, string expected, Func<ProgramPolicy, T> get, Func<ProgramPolicy, T, ProgramPolicy> set)
        : PolicyJsonMember(name, expected)
    {
        /// <summary>An optional member (a nullable value whose default is null): left out of a document when null.</summary>
        public bool OmittedWhenNull { get; init; }

        protected override bool IsUnset(ProgramPolicy policy) => OmittedWhenNull && get(policy) is null;

        protected override ProgramPolicy ReadValue(ProgramPolicy policy, ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            set(policy, JsonSerializer.Deserialize<T>(ref reader, options)!);

        protected override void WriteValue(Utf8JsonWriter writer, ProgramPolicy policy, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, get(policy), options);
    }

    /// <summary>A calendar by name ("China", "WeekdaysOnly"), or by its data as <c>BusinessCalendarJsonConverter</c> reads it.</summary>
    private sealed class CalendarMember() : PolicyJsonMember(nameof(ProgramPolicy.Calendar),
        "\"China\", \"WeekdaysOnly\" or a calendar's data { \"start\", \"end\", \"holidays\", \"workingWeekendDays\" }")
    {
        protected override ProgramPolicy ReadValue(ProgramPolicy policy, ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return policy with { Calendar = JsonSerializer.Deserialize<IBusinessCalendar>(ref reader, options)! };
            }

            return reader.GetString() switch
            {
                "China" => policy with { Calendar = BusinessCalendar.China },
                "WeekdaysOnly" => policy with { Calendar = BusinessCalendar.WeekdaysOnly },
                _ => throw new JsonException("Unknown calendar name."),
            };
        }

        protected override void WriteValue(Utf8JsonWriter writer, ProgramPolicy policy, JsonSerializerOptions options)
        {
            // By name when it is a named calendar: China's data is long, and a name keeps a policy file short.
            if (ReferenceEquals(policy.Calendar, BusinessCalendar.China))
            {
                writer.WriteStringValue("China");
            }
            else if (ReferenceEquals(policy.Calendar, BusinessCalendar.WeekdaysOnly))
            {
                writer.WriteStringValue("WeekdaysOnly");
            }
            else
            {
                JsonSerializer.Serialize(writer, policy.Calendar, options);
            }
        }
    }
}
