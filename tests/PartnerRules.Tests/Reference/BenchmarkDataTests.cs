using System.Linq;
using PartnerRules.Benchmarks.Data;

namespace PartnerRules.Tests.Reference;

/// <summary>
/// The benchmarks compare the engine with the reference on <see cref="BenchmarkData"/>: both must
/// decide that data identically (findings, messages, ChangesOn), or the baseline measures other work.
/// </summary>
public sealed class BenchmarkDataTests
{
    [Fact]
    public void Engine_batch_and_reference_decide_the_benchmark_partners_identically()
    {
        var partners = BenchmarkData.Partners(1024);

        var decisions = Engines.English.EvaluateHoEligibility(partners, BenchmarkData.AsOf);

        Assert.Equal(partners.Length, decisions.Count);
        for (var i = 0; i < partners.Length; i++)
        {
            AssertSame(Engines.Reference.HoEligibility(partners[i], BenchmarkData.AsOf), decisions[i]);
            Assert.Equal(decisions[i], Engines.English.EvaluateHoEligibility(partners[i], BenchmarkData.AsOf));
        }
    }

    [Fact]
    public void The_benchmark_partners_reach_every_verdict()
    {
        var decisions = Engines.English.EvaluateHoEligibility(BenchmarkData.Partners(1024), BenchmarkData.AsOf);

        Assert.Contains(decisions, d => d.IsApproved);
        Assert.Contains(decisions, d => !d.IsApproved);
        Assert.Contains(decisions, d => d.ChangesOn is not null);
        Assert.All(Enumerable.Range(0, 3), c => Assert.Contains(decisions, d => !d.Findings[c].Passed));
    }

    [Fact]
    public void Engine_and_reference_decide_the_benchmark_accounts_identically()
    {
        foreach (var account in BenchmarkData.Accounts(1024))
        {
            AssertSame(
                Engines.Reference.StaffLink(BenchmarkData.InvitingPartner, account, BenchmarkData.AsOf),
                Engines.English.EvaluateStaffLink(BenchmarkData.InvitingPartner, account, BenchmarkData.AsOf));
        }
    }

    [Fact]
    public void Engine_and_reference_decide_the_benchmark_claims_identically()
    {
        foreach (var claim in BenchmarkData.Claims(1024))
        {
            var expected = Engines.Reference.Incentive(claim);
            var actual = Engines.English.EvaluateIncentive(claim);
            AssertSame(expected, actual);
            Assert.Equal(expected.Payable, actual.Payable);
            Assert.Equal(expected.Cap, actual.Cap);
            Assert.Equal(expected.IsCapped, actual.IsCapped);
        }
    }

    private static void AssertSame(ReferenceDecision expected, Decision actual)
    {
        Assert.Equal(expected.Codes, actual.Findings.Select(f => f.Code).ToArray());
        Assert.Equal(expected.Passed, actual.Findings.Select(f => f.Passed).ToArray());
        Assert.Equal(expected.Messages, actual.Findings.Select(f => f.Message).ToArray());
        Assert.Equal(expected.IsApproved, actual.IsApproved);
        Assert.Equal(expected.ChangesOn, actual.ChangesOn);
    }
}
