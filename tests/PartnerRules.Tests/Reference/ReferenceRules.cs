using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace PartnerRules.Tests.Reference;

/// <summary>What the reference decides: the verdict, each criterion's code, pass and message, and when time flips it.</summary>
internal sealed record ReferenceDecision(bool IsApproved, string[] Codes, bool[] Passed, LocalDate? ChangesOn)
{
    /// <summary>Each criterion's message, from the reference's own literal templates (<see cref="ReferenceTexts"/>) with figures it computed itself.</summary>
    public string[] Messages { get; init; } = [];

    public Money Payable { get; init; }

    public Money? Cap { get; init; }

    public bool IsCapped { get; init; }
}

/// <summary>
/// A hand-written, deliberately naive plain-C# statement of DOMAIN.md §3–§5 to test the engine
/// against: each criterion evaluated at an instant straight from its definition, and ChangesOn by
/// re-evaluating the whole verdict at the end of every candidate date in order. Messages come from
/// its own literal en and zh-CN templates (<see cref="ReferenceTexts"/>), never the library's resources, so a
/// word or a placeholder changed in a translation is a disagreement; every figure and date in them is computed here.
/// Linked into the benchmarks as their baseline.
/// </summary>
internal sealed class ReferenceRules
{
    private readonly ProgramPolicy _policy;
    private readonly CultureInfo _culture;

    public ReferenceRules(ProgramPolicy? policy = null, CultureInfo? culture = null)
    {
        _policy = policy ?? ProgramPolicy.Default;
        _culture = culture ?? CultureInfo.GetCultureInfo("en-US");
    }

    private DateTimeZone Zone => _policy.TimeZone;

    public ReferenceDecision HoEligibility(PartnerProfile partner, Instant asOf)
    {
        var codes = new[] { "HO.PCE_MEMBER", "HO.SHARES_OPPORTUNITIES", "HO.DEVELOPMENT_PATH" };
        bool[] At(Instant t)
        {
            var day = LocalOf(t);
            var pos = partner.Opportunities.Where(o => o.Origin == OpportunityOrigin.PartnerOriginated).ToList();
            var shares = pos.Any(o => o.LastUpdatedAt <= t && LocalOf(o.LastUpdatedAt) >= day.Minus(_policy.OpportunityUpdateWindow));
            var delivered = pos.Count(o => o.SignedAt is { } s && s <= t && o.DeliveredAt is { } d && d <= t
                && LocalOf(d) >= day.Minus(_policy.DeliveredPoWindow));
            var path = partner.Stage switch
            {
                PartnerStage.Differentiated => true,
                PartnerStage.Certified => delivered >= _policy.RequiredDeliveredPos,
                _ => false,
            };
            return new[] { partner.IsPceMember, shares, path };
        }

        var candidates = new List<LocalDate>();
        foreach (var o in partner.Opportunities)
        {
            AddFact(candidates, o.LastUpdatedAt, _policy.OpportunityUpdateWindow);
            if (o.SignedAt is { } s)
            {
                candidates.Add(LocalOf(s));
            }

            if (o.DeliveredAt is { } d)
            {
                AddFact(candidates, d, _policy.DeliveredPoWindow);
            }
        }

        var decision = Decide(codes, At, asOf, candidates);
        return decision with { Messages = HoMessages(partner, asOf, decision.Passed) };
    }

    public ReferenceDecision StaffLink(PartnerId inviting, PersonalAccount account, Instant asOf)
    {
        var codes = new[] { "STAFF.NOT_ENTERPRISE_VERIFIED", "STAFF.NOT_LINKED_ELSEWHERE", "STAFF.REAL_NAME_VERIFIED", "STAFF.NOT_PARTNER_ACCOUNT", "STAFF.LINK_LIMIT" };
        bool[] At(Instant t)
        {
            var day = LocalOf(t);
            var elsewhere = account.Links.Any(l => l.Partner != inviting && l.LinkedAt <= t && (l.UnlinkedAt is null || l.UnlinkedAt > t));
            var partners = account.Links
                .Where(l => l.LinkedAt <= t && (l.UnlinkedAt is null || LocalOf(l.UnlinkedAt.Value) >= day.Minus(_policy.StaffLinkWindow)))
                .Select(l => l.Partner)
                .Distinct()
                .Count();
            return new[]
            {
                !account.IsEnterpriseVerified,
                !elsewhere,
                account.Site != Site.China || account.IsRealNameVerified,
                !account.IsPartnerAccount,
                partners < _policy.StaffLinkPartnerLimit,
            };
        }

        var candidates = new List<LocalDate>();
        foreach (var link in account.Links)
        {
            candidates.Add(LocalOf(link.LinkedAt));
            if (link.UnlinkedAt is { } u)
            {
                AddFact(candidates, u, _policy.StaffLinkWindow);
            }
        }

        var decision = Decide(codes, At, asOf, candidates);
        return decision with { Messages = StaffMessages(inviting, account, asOf, decision.Passed, candidates, t => At(t)[4]) };
    }

    public ReferenceDecision Incentive(IncentiveClaim claim)
    {
        var codes = new[] { "INCENTIVE.SPEND_PERIOD_COMPLETE", "INCENTIVE.COMMITTEE_APPROVAL", "INCENTIVE.NEW_CUSTOMER_PRIOR_CASH" };
        var isNew = claim.Customer == CustomerType.New;
        var months = claim.Kind == IncentiveKind.FirstCommercialProject
            ? _policy.FirstProjectNewCustomerSpendMonths
            : _policy.AccelerationNewCustomerSpendMonths;
        var needsApproval = claim.Kind == IncentiveKind.Acceleration && !isNew;
        var priorCashChecked = isNew && claim.CustomerPriorCash is not null;
        var passed = new[]
        {
            !isNew || claim.MonthlySpend.Count >= months,
            !needsApproval || claim.CommitteeApprovedAmount is not null,
            !priorCashChecked || claim.CustomerPriorCash!.Value.Amount <= _policy.NewCustomerPriorCashLimit.Amount,
        };
        Money? cap = (claim.Kind, isNew) switch
        {
            (IncentiveKind.FirstCommercialProject, true) => _policy.FirstProjectNewCustomerCap,
            (IncentiveKind.FirstCommercialProject, false) => null,
            (_, true) => _policy.AccelerationNewCustomerCap,
            _ => _policy.AccelerationExistingCustomerCap,
        };
        var approved = passed.All(p => p);
        var payable = Money.Zero(_policy.Currency);
        var capped = false;
        if (approved)
        {
            var amount = (claim.Kind, isNew) switch
            {
                (_, true) => claim.MonthlySpend.Take(months).Sum(m => m.Amount),
                (IncentiveKind.FirstCommercialProject, false) => _policy.FirstProjectExistingCustomerAmount.Amount,
                _ => claim.CommitteeApprovedAmount!.Value.Amount,
            };
            capped = cap is { } c && amount > c.Amount;
            payable = new Money(capped ? cap!.Value.Amount : amount, _policy.Currency);
        }

        var spendMessage = !isNew
            ? Text(ReferenceTexts.IncentiveSpendNotApplicable)
            : Text(passed[0] ? ReferenceTexts.IncentiveSpendPassed : ReferenceTexts.IncentiveSpendFailed, Math.Min(claim.MonthlySpend.Count, months), months);
        var committeeMessage = !needsApproval
            ? Text(ReferenceTexts.IncentiveCommitteeNotApplicable)
            : claim.CommitteeApprovedAmount is { } approvedAmount
                ? Text(ReferenceTexts.IncentiveCommitteePassed, approvedAmount.ToString())
                : Text(ReferenceTexts.IncentiveCommitteeFailed);
        var priorCashMessage = !isNew
            ? Text(ReferenceTexts.IncentivePriorCashNotApplicable)
            : claim.CustomerPriorCash is { } priorCash
                ? Text(passed[2] ? ReferenceTexts.IncentivePriorCashPassed : ReferenceTexts.IncentivePriorCashFailed, priorCash.ToString(), _policy.NewCustomerPriorCashLimit.ToString())
                : Text(ReferenceTexts.IncentivePriorCashNotChecked, _policy.NewCustomerPriorCashLimit.ToString());
        return new ReferenceDecision(approved, codes, passed, null)
        {
            Messages = [spendMessage, committeeMessage, priorCashMessage],
            Payable = payable,
            Cap = cap,
            IsCapped = capped,
        };
    }

    /// <summary>The first date a fact leaves a window, by walking day by day (no formula: month clamping).</summary>
    public static LocalDate WindowExit(LocalDate factDate, Period window)
    {
        var day = factDate;
        while (day.Minus(window) <= factDate)
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    private string[] HoMessages(PartnerProfile partner, Instant asOf, bool[] passed)
    {
        var today = LocalOf(asOf);
        var updateStart = today.Minus(_policy.OpportunityUpdateWindow);
        var deliveryStart = today.Minus(_policy.DeliveredPoWindow);
        var pos = partner.Opportunities.Where(o => o.Origin == OpportunityOrigin.PartnerOriginated && o.LastUpdatedAt <= asOf).ToList();
        var updated = pos.Count(o => LocalOf(o.LastUpdatedAt) >= updateStart);
        LocalDate? newest = pos.Count == 0 ? null : pos.Max(o => LocalOf(o.LastUpdatedAt));
        var shares = passed[1]
            ? Text(ReferenceTexts.HoSharesPassed, updated, Iso(updateStart), Iso(newest!.Value))
            : newest is { } n
                ? Text(ReferenceTexts.HoSharesFailedStale, Iso(updateStart), Iso(n))
                : Text(ReferenceTexts.HoSharesFailedNone, Iso(updateStart));
        var delivered = partner.Opportunities.Count(o => o.Origin == OpportunityOrigin.PartnerOriginated
            && o.SignedAt is { } s && s <= asOf && o.DeliveredAt is { } d && d <= asOf && LocalOf(d) >= deliveryStart);
        var path = partner.Stage switch
        {
            PartnerStage.Differentiated => Text(ReferenceTexts.HoPathDifferentiated),
            PartnerStage.Certified => Text(ReferenceTexts.HoPathCertified, delivered, _policy.RequiredDeliveredPos, Iso(deliveryStart)),
            _ => Text(ReferenceTexts.HoPathRegistered, _policy.RequiredDeliveredPos),
        };
        return [Text(passed[0] ? ReferenceTexts.HoPceMemberPassed : ReferenceTexts.HoPceMemberFailed), shares, path];
    }

    private string[] StaffMessages(PartnerId inviting, PersonalAccount account, Instant asOf, bool[] passed, List<LocalDate> candidates, Func<Instant, bool> limitPasses)
    {
        var today = LocalOf(asOf);
        var windowStart = today.Minus(_policy.StaffLinkWindow);
        var limit = _policy.StaffLinkPartnerLimit;
        var elsewhere = account.Links
            .Where(l => l.Partner != inviting && l.LinkedAt <= asOf && (l.UnlinkedAt is null || l.UnlinkedAt > asOf))
            .Select(l => l.Partner.Value)
            .Distinct();
        var partners = account.Links
            .Where(l => l.LinkedAt <= asOf && (l.UnlinkedAt is null || LocalOf(l.UnlinkedAt.Value) >= windowStart))
            .Select(l => l.Partner)
            .Distinct()
            .Count();
        string linkLimit;
        if (passed[4])
        {
            linkLimit = Text(ReferenceTexts.StaffLinkLimitPassed, partners, Iso(windowStart), limit);
        }
        else
        {
            LocalDate? again = null;
            foreach (var day in candidates.Where(c => c >= today).Append(today).Distinct().OrderBy(c => c))
            {
                if (limitPasses(EndOf(day)))
                {
                    again = day;
                    break;
                }
            }

            linkLimit = again is { } a
                ? Text(ReferenceTexts.StaffLinkLimitFailed, partners, Iso(windowStart), limit, Iso(a))
                : Text(ReferenceTexts.StaffLinkLimitFailedOpen, partners, Iso(windowStart), limit);
        }

        return
        [
            Text(passed[0] ? ReferenceTexts.StaffNotEnterprisePassed : ReferenceTexts.StaffNotEnterpriseFailed),
            passed[1] ? Text(ReferenceTexts.StaffNotLinkedElsewherePassed) : Text(ReferenceTexts.StaffNotLinkedElsewhereFailed, string.Join(", ", elsewhere)),
            account.Site != Site.China
                ? Text(ReferenceTexts.StaffRealNameNotApplicable)
                : Text(passed[2] ? ReferenceTexts.StaffRealNamePassed : ReferenceTexts.StaffRealNameFailed),
            Text(passed[3] ? ReferenceTexts.StaffNotPartnerPassed : ReferenceTexts.StaffNotPartnerFailed),
            linkLimit,
        ];
    }

    private string Text(ReferenceText text, params object[] args) => text.Format(_culture, args);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private ReferenceDecision Decide(string[] codes, Func<Instant, bool[]> at, Instant asOf, List<LocalDate> candidates)
    {
        var now = at(asOf);
        var approved = now.All(p => p);
        var today = LocalOf(asOf);
        LocalDate? changesOn = null;
        foreach (var day in candidates.Where(c => c >= today).Append(today).Distinct().OrderBy(c => c))
        {
            if (at(EndOf(day)).All(p => p) != approved)
            {
                changesOn = day;
                break;
            }
        }

        return new ReferenceDecision(approved, codes, now, changesOn);
    }

    private void AddFact(List<LocalDate> candidates, Instant fact, Period window)
    {
        var date = LocalOf(fact);
        candidates.Add(date);
        candidates.Add(WindowExit(date, window));
    }

    private LocalDate LocalOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The last instant of <paramref name="date"/> in the programme zone: evaluating "on" that date.</summary>
    private Instant EndOf(LocalDate date) => Zone.AtStartOfDay(date.PlusDays(1)).ToInstant() - Duration.Epsilon;
}
