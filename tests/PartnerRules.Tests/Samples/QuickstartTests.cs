using System;
using System.IO;
using System.Reflection;

namespace PartnerRules.Tests.Samples;

/// <summary>The README's main command tells its story: run the sample's entry point and read what it prints.</summary>
public sealed class QuickstartTests
{
    private static readonly Lazy<(int ExitCode, string Output)> Run = new(RunQuickstart);

    [Fact]
    public void The_quickstart_exits_zero() => Assert.Equal(0, Run.Value.ExitCode);

    [Theory]
    [InlineData("PO-2026-001: Submit refused while the form is incomplete:")]
    [InlineData("- OPPORTUNITY.ESTIMATED_VALUE:")]
    [InlineData("PO-2026-003: Draft -> Submitted -> Active -> Won -> Delivered; delivered 2026-09-18")]
    [InlineData("approved: True; changes on: 2026-12-18")]
    [InlineData("[pass] HO.DEVELOPMENT_PATH: Development path stage Certified: 3 of 3 required POs signed and delivered since 2025-11-29.")]
    [InlineData("HO-2026-117: Offered -> Active; now Active, version 1")]
    [InlineData("approved: False; changes on: 2027-02-28")]
    [InlineData("[FAIL] STAFF.LINK_LIMIT:")]
    [InlineData("the account can be linked again from 2027-02-28")]
    [InlineData("payable 300000.00 CNY (cap 300000.00 CNY, capped: True)")]
    [InlineData("INVOICE.PAPER_RETURN: expected from 2026-10-09, due on 2026-10-10 (a working Saturday)")]
    [InlineData("overdue on 2026-10-10 at 23:00? False; on 2026-10-11 at 00:00? True")]
    [InlineData("account created 2026-11-19 refused: ASSOCIATION.NEW_ACCOUNT")]
    [InlineData("无法进行关联,请联系您的华为云合作伙伴重新提交注册(关联合作伙伴的账号必须是7天内创建的新账号)")]
    [InlineData("the invitation is still Invited")]
    [InlineData("2026-12-31 23:59, decided by version 2026:\n  approved: True; changes on: 2027-01-01")]
    [InlineData("2027-01-01 00:00, decided by version 2027:\n  approved: False; changes on: ")]
    [InlineData("[FAIL] HO.DEVELOPMENT_PATH: Development path stage Certified: 3 of 4 required POs")]
    public void The_quickstart_tells_the_story(string line) => Assert.Contains(line, Run.Value.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);

    private static (int, string) RunQuickstart()
    {
        var entry = Assembly.Load("Quickstart").EntryPoint ?? throw new InvalidOperationException("Quickstart has no entry point.");
        var saved = Console.Out;
        using var writer = new StringWriter();
        lock (typeof(Console))
        {
            Console.SetOut(writer);
            try
            {
                var parameters = entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
                var exitCode = entry.Invoke(null, parameters) is int code ? code : 0;
                return (exitCode, writer.ToString());
            }
            finally
            {
                Console.SetOut(saved);
            }
        }
    }
}
