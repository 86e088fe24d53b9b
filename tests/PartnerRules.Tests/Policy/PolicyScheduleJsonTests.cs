using System;
using System.Text.Json;
using NodaTime;
using PartnerRules;

namespace PartnerRules.Tests.Policy;

public sealed class PolicyScheduleJsonTests
{
    private static readonly JsonSerializerOptions Options = PartnerRulesJson.CreateOptions();

    private static PolicySchedule Read(string json) => JsonSerializer.Deserialize<PolicySchedule>(json, Options)!;

    [Fact]
    public void A_schedule_reads_its_versions_each_over_the_default_policy()
    {
        var schedule = Read("""
            { "versions": [
                { "effectiveFrom": "2026-01-01", "policy": { "version": "2026" } },
                { "effectiveFrom": "2027-01-01", "policy": { "version": "2027", "requiredDeliveredPos": 4 } } ] }
            """);

        Assert.Equal(PolicyScheduleTests.TwoVersions, schedule);
        Assert.Equal(4, schedule.InForceOn(new LocalDate(2027, 1, 1)).RequiredDeliveredPos);
    }

    [Fact]
    public void A_schedule_round_trips_including_one_in_force_from_the_earliest_date()
    {
        var json = JsonSerializer.Serialize(PolicyScheduleTests.TwoVersions, Options);

        Assert.StartsWith("""{"versions":[{"effectiveFrom":"2026-01-01","policy":{"version":"2026",""", json, StringComparison.Ordinal);
        Assert.Equal(PolicyScheduleTests.TwoVersions, Read(json));
        Assert.Equal(PolicySchedule.Always(ProgramPolicy.Default), Read(JsonSerializer.Serialize(PolicySchedule.Always(ProgramPolicy.Default), Options)));
    }

    [Fact]
    public void An_invalid_schedule_is_a_JsonException_carrying_every_problem()
    {
        var ex = Assert.Throws<JsonException>(() => Read("""
            { "versions": [
                { "effectiveFrom": "2027-01-01", "policy": { "version": "2027" } },
                { "effectiveFrom": "2026-01-01", "policy": { "version": "2027", "staffLinkPartnerLimit": 0 } } ] }
            """));

        Assert.StartsWith("Invalid policy schedule: The policy schedule is invalid (3 problems): ", ex.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(ex.InnerException);
    }

    [Theory]
    [InlineData("""{ "version": [] }""", "The policy schedule has no property \"version\" (did you mean \"versions\"?).")]
    [InlineData("""{ }""", "A policy schedule needs \"versions\".")]
    [InlineData("""{ "versions": [ { "effectiveFrom": "2026-01-01" } ] }""", "A scheduled version needs \"effectiveFrom\" (a date such as \"2027-01-01\") and \"policy\".")]
    [InlineData("""{ "versions": [ { "effectiveFrom": "2026-01-01", "policy": {}, "note": "x" } ] }""", "The scheduled version has no property \"note\"; its properties are \"effectiveFrom\", \"policy\".")]
    [InlineData("""{ "versions": [ { "effectiveFrom": "2026-01-01", "polcy": {} } ] }""", "The scheduled version has no property \"polcy\" (did you mean \"policy\"?).")]
    [InlineData("""{ "versions": [ { "effectiveFrom": "2026-01-01", "policy": { "requiredDeliveredPoss": 4 } } ] }""", "The programme policy has no property \"requiredDeliveredPoss\" (did you mean \"requiredDeliveredPos\"?).")]
    [InlineData("""{ "versions": null }""", "\"versions\" of a policy schedule must not be null.")]
    public void A_malformed_schedule_document_is_refused_naming_what_is_wrong(string json, string message) =>
        Assert.Equal(message, Assert.Throws<JsonException>(() => Read(json)).Message);
}
