using System;
using System.Collections.Generic;
using NodaTime;
using PartnerRules.Lifecycles;

namespace PartnerRules.Settlements;

/// <summary>The incentive settlement's checks of its arguments and snapshots, and its payment deadline.</summary>
internal static class IncentiveSettlementChecks
{
    /// <summary>Every problem of <paramref name="snapshot"/> (empty when it can be restored).</summary>
    public static List<string> Problems(IncentiveSettlementSnapshot snapshot, ProgramPolicy? policy)
    {
        var problems = new List<string>();
        if (snapshot.Project.IsDefault)
        {
            problems.Add("Project is default(OpportunityId)");
        }

        if (snapshot.Partner.IsDefault)
        {
            problems.Add("Partner is default(PartnerId)");
        }

        if (snapshot.Payable.IsDefault || snapshot.Payable.Amount < 0m)
        {
            problems.Add("Payable must be a non-negative amount with a currency");
        }

        if (snapshot.PaidBy is { } method)
        {
            SnapshotChecks.Defined(method, nameof(snapshot.PaidBy), problems);
        }

        SnapshotChecks.History(IncentiveSettlementTable.Table, 0, snapshot.State, snapshot.Version, snapshot.CreatedAt, snapshot.History, problems);
        if (snapshot.History is not null)
        {
            var qualified = false;
            var paid = false;
            Instant? qualifiedAt = null;
            foreach (var step in snapshot.History)
            {
                qualified |= step is { Trigger: SettlementTrigger.Qualify };
                paid |= step is { Trigger: SettlementTrigger.Pay };
                qualifiedAt = step is { Trigger: SettlementTrigger.Qualify } ? step.At : qualifiedAt;
            }

            // A received date after the day the invoice was qualified would push the payment deadline out.
            var zone = (policy ?? ProgramPolicy.Default).TimeZone;
            if (zone is not null && snapshot.InvoiceReceivedOn is { } received && qualifiedAt is { } at && received > at.InZone(zone).Date)
            {
                problems.Add(SnapshotChecks.Invariant($"InvoiceReceivedOn {received:uuuu-MM-dd} is after the day the invoice was qualified ({at.InZone(zone).Date:uuuu-MM-dd})"));
            }

            if (qualified != snapshot.InvoiceReceivedOn.HasValue)
            {
                problems.Add(qualified
                    ? "InvoiceReceivedOn is null, but the history qualified the invoice"
                    : "InvoiceReceivedOn is set, but the history never qualified an invoice");
            }

            if (paid != snapshot.PaidBy.HasValue)
            {
                problems.Add(paid ? "PaidBy is null, but the history paid the incentive" : "PaidBy is set, but the history never paid the incentive");
            }
        }

        return problems;
    }

    /// <summary>
    /// In Qualified, <c>INCENTIVE.PAYMENT</c>: expected from the received date, due on that date plus
    /// <see cref="ProgramPolicy.IncentivePaymentDays"/> natural days, overdue from the programme's midnight after it.
    /// </summary>
    public static Deadline? PaymentDeadline(SettlementState state, LocalDate? invoiceReceivedOn, ProgramPolicy policy)
    {
        if (state != SettlementState.Qualified || invoiceReceivedOn is not { } received)
        {
            return null;
        }

        var due = received.PlusDays(policy.IncentivePaymentDays);
        return new Deadline(IncentiveSettlementTable.PaymentCode, received, due, policy.TimeZone.AtStartOfDay(due.PlusDays(1)).ToInstant());
    }

    /// <summary>Refuses default identifiers and a null clock, then resolves the policy.</summary>
    public static ProgramPolicy Arguments(OpportunityId project, PartnerId partner, IClock clock, ProgramPolicy? policy)
    {
        LifecycleArguments.Identifier(project.IsDefault, nameof(OpportunityId), nameof(project));
        LifecycleArguments.Identifier(partner.IsDefault, nameof(PartnerId), nameof(partner));
        return LifecycleArguments.ClockAndPolicy(clock, policy);
    }

    /// <summary>Refuses a received date after the clock's local date or before the local date the invoice was last submitted.</summary>
    /// <exception cref="ArgumentException">The date is out of range (parameter <c>receivedOn</c>).</exception>
    public static void ReceivedOn(LocalDate receivedOn, Instant now, IReadOnlyList<Transition<SettlementState, SettlementTrigger>> history, Instant createdAt, DateTimeZone zone)
    {
        var today = now.InZone(zone).Date;
        if (receivedOn > today)
        {
            throw new ArgumentException(LifecycleErrors.ReceivedAfterToday(receivedOn, today), nameof(receivedOn));
        }

        var submitted = createdAt.InZone(zone).Date;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Trigger == SettlementTrigger.SubmitInvoice)
            {
                submitted = history[i].At.InZone(zone).Date;
                break;
            }
        }

        if (receivedOn < submitted)
        {
            throw new ArgumentException(LifecycleErrors.ReceivedBeforeSubmitted(receivedOn, submitted), nameof(receivedOn));
        }
    }

    /// <summary>Refuses a default amount or an undefined payment method (bad input, checked before the amount is compared).</summary>
    /// <exception cref="ArgumentException">The amount is default (parameter <c>amount</c>) or the method undefined (parameter <c>method</c>).</exception>
    public static void Payment(Money amount, PaymentMethod method)
    {
        if (amount.IsDefault)
        {
            throw new ArgumentException(LifecycleErrors.AmountPaidDefault, nameof(amount));
        }

        if (!EnumInfo<PaymentMethod>.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, LifecycleErrors.PaymentMethodUndefined);
        }
    }
}
