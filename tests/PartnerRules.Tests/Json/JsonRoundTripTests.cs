using System;
using System.Text.Json;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Json;

public sealed class JsonRoundTripTests
{
    private static readonly JsonSerializerOptions Options = PartnerRulesJson.CreateOptions();
    private static readonly Instant At = Instant.FromUtc(2026, 2, 28, 16, 0);

    [Fact]
    public void Instants_dates_and_enums_are_written_as_text()
    {
        var record = new OpportunityRecord(new OpportunityId("O-1"), OpportunityOrigin.HuaweiOriginated, At) { SignedAt = At };

        var json = JsonSerializer.Serialize(record, Options);

        Assert.Equal("""{"id":"O-1","origin":"HuaweiOriginated","lastUpdatedAt":"2026-02-28T16:00:00Z","signedAt":"2026-02-28T16:00:00Z","deliveredAt":null}""", json);
    }

    [Fact]
    public void Money_is_an_amount_and_a_currency()
    {
        Assert.Equal("""{"amount":300000.50,"currency":"CNY"}""", JsonSerializer.Serialize(Money.Cny(300_000.50m), Options));
        Assert.Equal(Money.Cny(1.5m), JsonSerializer.Deserialize<Money>("""{"currency":"CNY","amount":1.5}""", Options));
    }

    [Fact]
    public void Partner_profiles_round_trip()
    {
        var profile = new PartnerProfile(new PartnerId("P-1"), PartnerStage.Certified, true)
        {
            Opportunities =
            [
                new(new OpportunityId("O-1"), OpportunityOrigin.PartnerOriginated, At) { SignedAt = At - Duration.FromDays(30), DeliveredAt = At },
                new(new OpportunityId("O-2"), OpportunityOrigin.HuaweiOriginated, At),
            ],
        };

        Assert.Equal(profile, RoundTrip(profile));
    }

    [Fact]
    public void Personal_accounts_round_trip()
    {
        var account = new PersonalAccount(new AccountId("A-1"), Site.International)
        {
            IsRealNameVerified = true,
            IsPartnerAccount = true,
            Links = [new PartnerLink(new PartnerId("P-1"), At) { UnlinkedAt = At + Duration.FromDays(3) }],
        };

        Assert.Equal(account, RoundTrip(account));
    }

    [Fact]
    public void Claims_and_decisions_round_trip()
    {
        var claim = new IncentiveClaim(new PartnerId("P-1"), IncentiveKind.Acceleration, CustomerType.Existing)
        {
            MonthlySpend = [Money.Cny(10m), Money.Cny(20.25m)],
            CommitteeApprovedAmount = Money.Cny(0m),
        };
        var decision = new Decision(false, [new Finding("HO.PCE_MEMBER", false, "不是 PCE 成员")]) { ChangesOn = new LocalDate(2024, 2, 29) };
        var incentive = new IncentiveDecision(true, [new Finding("INCENTIVE.COMMITTEE_APPROVAL", true, "ok")], Money.Cny(20_000m), Money.Cny(20_000m), true);

        Assert.Equal(claim, RoundTrip(claim));
        Assert.Equal(decision, RoundTrip(decision));
        Assert.Equal(incentive, RoundTrip(incentive));
        Assert.Equal(new CustomerAccount(new AccountId("C-1"), At), RoundTrip(new CustomerAccount(new AccountId("C-1"), At)));
    }

    [Fact]
    public void Lifecycle_records_round_trip()
    {
        var transition = new Transition<OpportunityState, OpportunityTrigger>(OpportunityState.Submitted, OpportunityState.Rejected, OpportunityTrigger.Reject, At) { Reason = "No budget" };
        var deadline = new Deadline("INVOICE.PAPER_RETURN", new LocalDate(2026, 10, 9), new LocalDate(2026, 10, 10), Instant.FromUtc(2026, 10, 10, 16, 0));

        Assert.Equal(transition, RoundTrip(transition));
        Assert.Equal(deadline, RoundTrip(deadline));
    }

    [Fact]
    public void The_default_policy_round_trips_with_its_calendar()
    {
        var back = RoundTrip(ProgramPolicy.Default);

        Assert.Equal(ProgramPolicy.Default.TimeZone, back.TimeZone);
        Assert.Equal(BusinessCalendar.China, back.Calendar);
        Assert.Equal(ProgramPolicy.Default, back with { Calendar = BusinessCalendar.China });
    }

    [Theory]
    [InlineData("""{"id":"O-1","origin":1,"lastUpdatedAt":"2026-02-28T16:00:00Z"}""")]
    [InlineData("""{"id":"O-1","origin":"Sideways","lastUpdatedAt":"2026-02-28T16:00:00Z"}""")]
    [InlineData("""{"id":" ","origin":"HuaweiOriginated","lastUpdatedAt":"2026-02-28T16:00:00Z"}""")]
    [InlineData("""{"id":"O-1","origin":"HuaweiOriginated","lastUpdatedAt":"yesterday"}""")]
    [InlineData("""{"id":"O-1","origin":"HuaweiOriginated","lastUpdatedAt":"2026-02-28T16:00:00Z" """)]
    public void Malformed_json_is_a_JsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<OpportunityRecord>(json, Options));

    [Theory]
    [InlineData("""{"amount":1}""")]
    [InlineData("""{"amount":1,"currency":"cny"}""")]
    [InlineData("""[1,"CNY"]""")]
    public void Malformed_money_is_a_JsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Money>(json, Options));

    [Fact]
    public void Default_values_cannot_be_written()
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(default(Money), Options));
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Serialize(default(PartnerId), Options));
    }

    [Fact]
    public void Each_call_returns_fresh_options() => Assert.NotSame(PartnerRulesJson.CreateOptions(), PartnerRulesJson.CreateOptions());

    private static T RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options) ?? throw new InvalidOperationException("null");
}
