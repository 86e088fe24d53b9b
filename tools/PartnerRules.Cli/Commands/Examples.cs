using System.Collections.Generic;

namespace PartnerRules.Cli.Commands;

/// <summary>The examples printed at the end of each command's --help (a test checks every command has them).</summary>
internal static class Examples
{
    internal static readonly IReadOnlyDictionary<string, string[]> ByCommand = new Dictionary<string, string[]>
    {
        ["partnerrules"] =
        [
            "partnerrules ho --partners samples/data/partners.json --as-of 2026-11-29 --report report.html",
            "partnerrules <command> --help",
        ],
        ["ho"] =
        [
            "partnerrules ho --partners samples/data/partners.json --as-of 2026-11-29",
            "partnerrules ho --partners samples/data/partners.csv --opportunities samples/data/opportunities.csv --as-of 2026-11-29T10:00:00+08:00 --out decisions.csv --report report.html --lang zh-CN",
            "partnerrules ho --partners samples/data/partners.json --as-of 2026-11-29 --policy policy-2027.json",
        ],
        ["incentives"] =
        [
            "partnerrules incentives --claims samples/data/claims.csv",
            "partnerrules incentives --claims samples/data/claims.json --format json",
            "partnerrules incentives --claims samples/data/claims.csv --policy policy-2027.json",
        ],
        ["what-if"] =
        [
            "partnerrules what-if --partners samples/data/partners.json --as-of 2026-11-29 --proposal samples/policies/proposal-2027.json",
            "partnerrules what-if --partners samples/data/partners.json --claims samples/data/claims.json --as-of 2026-11-29 --proposal samples/policies/proposal-2027.json --report impact.html",
            "partnerrules what-if --partners samples/data/partners.json --as-of 2027-02-01 --policy samples/policies/schedule.json --proposal samples/policies/proposal-2027.json --format json",
        ],
        ["policy"] =
        [
            "partnerrules policy validate samples/policies/schedule.json",
            "partnerrules policy show policy-2027.json --format table",
            "partnerrules policy diff schedule.json proposed-schedule.json",
        ],
        // Keyed by the subcommand's own name, which is what --help reports.
        ["validate"] =
        [
            "partnerrules policy validate samples/policies/schedule.json",
            "partnerrules policy validate policy-2027.json --format json",
        ],
        ["show"] =
        [
            "partnerrules policy show policy-2027.json",
            "partnerrules policy show samples/policies/schedule.json --format table",
        ],
        ["diff"] =
        [
            "partnerrules policy diff policy-2026.json policy-2027.json",
            "partnerrules policy diff schedule.json proposed-schedule.json --format json",
        ],
        ["diagram"] =
        [
            "partnerrules diagram opportunity",
            "partnerrules diagram invoice-return --format dot | dot -Tsvg > invoice-return.svg",
        ],
        ["sample"] =
        [
            "partnerrules sample --partners 10000 --seed 1 --out partners.json",
            "partnerrules sample --partners 50 --out partners.csv --opportunities opportunities.csv",
        ],
    };
}
