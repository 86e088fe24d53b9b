using System;
using System.Collections.Generic;

namespace PartnerRules.Cli.Input;

/// <summary>
/// Incentive claims from a JSON array of <see cref="IncentiveClaim"/>, or from CSV with the columns
/// partner, kind, customer, monthlySpend (amounts separated by ';'), committeeApprovedAmount, currency, projectStartedOn.
/// </summary>
internal static class ClaimInput
{
    internal static readonly string[] Columns = ["partner", "kind", "customer"];
    internal static readonly string[] Optional = ["monthlySpend", "committeeApprovedAmount", "currency", "projectStartedOn"];

    internal static List<(IncentiveClaim Claim, string Where)> Read(string path, string defaultCurrency, List<InputProblem> problems)
    {
        var claims = new List<(IncentiveClaim, string)>();
        if (!PartnerInput.IsCsv(path))
        {
            return JsonRecords.Read<IncentiveClaim>(path, PartnerRulesJson.CreateOptions(), problems);
        }

        CsvTable.Read(path, Columns, Optional, problems, row =>
        {
            var partner = Fields.Partner(row, "partner");
            var kind = Fields.Enum<IncentiveKind>(row, "kind");
            var customer = Fields.Enum<CustomerType>(row, "customer");
            var currency = row.Get("currency") ?? defaultCurrency;
            var spend = new List<Money>();
            foreach (var part in (row.Get("monthlySpend") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (Fields.Amount(row, "monthlySpend", part) is { } amount && ToMoney(row, "currency", amount, currency) is { } money)
                {
                    spend.Add(money);
                }
            }

            Money? approved = null;
            if (row.Get("committeeApprovedAmount") is { } text && Fields.Amount(row, "committeeApprovedAmount", text) is { } value)
            {
                approved = ToMoney(row, "currency", value, currency);
            }

            // Under a schedule of several versions the project's start date chooses the version that decides the claim.
            var started = Fields.Date(row, "projectStartedOn");
            if (!row.Invalid)
            {
                claims.Add((new IncentiveClaim(partner, kind, customer) { MonthlySpend = spend, CommitteeApprovedAmount = approved, ProjectStartedOn = started }, row.Where));
            }
        });
        return claims;
    }

    private static Money? ToMoney(CsvRow row, string column, decimal amount, string currency)
    {
        try
        {
            return new Money(amount, currency);
        }
        catch (ArgumentException)
        {
            row.Problem(column, $"'{currency}' is not an ISO 4217 currency code (three upper-case letters).");
            return null;
        }
    }
}
