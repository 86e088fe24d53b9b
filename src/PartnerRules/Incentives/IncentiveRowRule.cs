using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;
using PartnerRules.Criteria;

namespace PartnerRules.Incentives;

/// <summary>
/// One row of docs/programme-rules.md §5's incentive table: it matches the claims of its incentive and customer type
/// (an NRules condition) and yields what such a claim pays if its criteria pass, with the row's cap.
/// Exactly one row matches each claim; the engine fails closed otherwise.
/// </summary>
internal abstract class IncentiveRowRule : Rule
{
    /// <summary>The incentive of the row.</summary>
    public abstract IncentiveKind Kind { get; }

    /// <summary>The customer type of the row.</summary>
    public abstract CustomerType Customer { get; }

    /// <summary>The <see cref="ProgramPolicy"/> properties the row reads (for the rule catalogue).</summary>
    public abstract IReadOnlyList<string> PolicyValues { get; }

    /// <inheritdoc />
    public override void Define()
    {
        Subject<IncentiveContext, IncentiveClaim> subject = null!;
        var kind = Kind;
        var customer = Customer;
        Func<IncentiveContext, IncentiveClaim, IncentiveAmount> decide = Decide;

        When()
            .Match(() => subject, s => s.Fact.Kind == kind && s.Fact.Customer == customer);
        Then()
            .Do(_ => subject.Yield(decide(subject.Context, subject.Fact)));
    }

    /// <summary>What a claim of this row pays once its criteria pass, and the row's cap.</summary>
    protected abstract IncentiveAmount Decide(IncentiveContext context, IncentiveClaim claim);

    /// <summary>The sum of the first <paramref name="months"/> months of spend (later months are ignored).</summary>
    protected static Money SumOfFirstMonths(IReadOnlyList<Money> spend, int months, string currency)
    {
        var total = 0m;
        var count = Math.Min(months, spend.Count);
        for (var i = 0; i < count; i++)
        {
            total += spend[i].Amount;
        }

        return new Money(total, currency);
    }
}

/// <summary>What an approved claim of one row pays: the amount after the cap, the cap, and whether the cap lowered it.</summary>
internal sealed class IncentiveAmount
{
    private IncentiveAmount(Money payable, Money? cap, bool isCapped)
    {
        Payable = payable;
        Cap = cap;
        IsCapped = isCapped;
    }

    public Money Payable { get; }

    /// <summary>The row's cap; null for a row without one.</summary>
    public Money? Cap { get; }

    public bool IsCapped { get; }

    /// <summary><paramref name="amount"/>, lowered to <paramref name="cap"/> when it exceeds it.</summary>
    public static IncentiveAmount UpTo(Money amount, Money? cap) =>
        cap is { } c && amount > c ? new IncentiveAmount(c, c, isCapped: true) : new IncentiveAmount(amount, cap, isCapped: false);
}
