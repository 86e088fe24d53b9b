using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace PartnerRules.WebTests;

public sealed class RoundTripTests(ServiceFixture service)
{
    private static readonly Assembly[] Libraries = [typeof(PartnerId).Assembly, typeof(ProgramPolicy).Assembly];

    public static TheoryData<string> RecordNames => new(Samples.All.Keys.Select(Samples.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_public_record_of_both_libraries_has_a_round_trip_sample()
    {
        var covered = Samples.All.Keys.Select(t => t.IsGenericType ? t.GetGenericTypeDefinition() : t).ToHashSet();
        var records = Libraries.SelectMany(a => a.GetExportedTypes()).Where(IsRecord).ToList();

        Assert.Empty(records.Where(t => !covered.Contains(t)).Select(t => t.FullName));
        Assert.Equal(covered.Where(t => t != typeof(PolicySchedule)).Select(t => t.FullName).Order(StringComparer.Ordinal), records.Select(t => t.FullName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_schedule_is_covered_too_though_it_is_a_class() => Assert.Contains(typeof(PolicySchedule), Samples.All.Keys);

    [Theory]
    [MemberData(nameof(RecordNames))]
    public async Task A_record_posted_to_the_service_comes_back_equal_and_written_alike(string name)
    {
        var (type, sample) = Samples.All.Single(s => Samples.Name(s.Key) == name);
        var sent = JsonSerializer.Serialize(sample, type, service.Json);

        using var response = await service.Client.PostAsync(PartnerService.EchoRoute(type), new StringContent(sent, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var received = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(sent), JsonNode.Parse(received)), $"sent {sent}\nreceived {received}");
        Assert.Equal(sample, JsonSerializer.Deserialize(received, type, service.Json));
    }

    // A record (class or struct) is the type the compiler gave a PrintMembers method; no hand-written type has one.
    private static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(StringBuilder)]) is not null;
}
