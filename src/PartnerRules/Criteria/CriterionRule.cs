using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;
using NRules.Fluent.Dsl;
using PartnerRules.Resources;

namespace PartnerRules.Criteria;

/// <summary>
/// A rule that states one criterion of a decision. It matches every subject of its rule set (the
/// subject carries the input fact and the evaluation context, so "now" needs no join) and always
/// yields a result, pass or fail, so a refusal can name every unmet criterion.
/// </summary>
/// <typeparam name="TContext">The rule set's evaluation context: "now", the policy figures, the culture.</typeparam>
/// <typeparam name="TFact">The input the rule set decides on (a partner profile, an account, a claim).</typeparam>
internal abstract class CriterionRule<TContext, TFact> : Rule, ICriterionRule
    where TContext : class
    where TFact : class
{
    /// <summary>The finding code this rule decides.</summary>
    public abstract string Code { get; }

    /// <summary>The <see cref="ProgramPolicy"/> properties this rule reads (for the rule catalogue).</summary>
    public abstract IReadOnlyList<string> PolicyValues { get; }

    /// <summary>The <see cref="Finding"/> figures this rule sets (for the rule catalogue); none by default.</summary>
    public virtual IReadOnlyList<string> Figures => Array.Empty<string>();

    /// <summary>The codes of the rule set, in decision order; the rule's slot is its code's index.</summary>
    protected abstract IReadOnlyList<string> Codes { get; }

    /// <inheritdoc />
    public override void Define()
    {
        Subject<TContext, TFact> subject = null!;
        var slot = IndexOf(Codes, Code);
        Func<TContext, TFact, CriterionResult> evaluate = Evaluate;

        When()
            .Match(() => subject);
        Then()
            .Do(_ => subject.Record(slot, evaluate(subject.Context, subject.Fact)));
    }

    /// <summary>Decides the criterion for one input at the context's instant: which facts count, and whether enough do.</summary>
    protected abstract CriterionResult Evaluate(TContext context, TFact fact);

    internal static int IndexOf(IReadOnlyList<string> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (string.Equals(codes[i], code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException(EngineErrors.Format(EngineErrors.CodeNotInRuleSet, code));
    }
}

/// <summary>What the rule catalogue reads from a criterion rule besides its NRules metadata.</summary>
internal interface ICriterionRule
{
    /// <summary>The finding code the rule decides.</summary>
    string Code { get; }

    /// <summary>The <see cref="ProgramPolicy"/> properties the rule reads.</summary>
    IReadOnlyList<string> PolicyValues { get; }

    /// <summary>The <see cref="Finding"/> figures the rule sets.</summary>
    IReadOnlyList<string> Figures { get; }
}

/// <summary>A date on which a criterion's verdict changes to <see cref="Passed"/> if nothing but time passes.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct VerdictChange(LocalDate Date, bool Passed);

/// <summary>
/// What a criterion rule yields: its finding at the evaluation instant and the dates on which its
/// verdict changes as time passes (ascending, alternating; empty when time never changes it).
/// </summary>
internal sealed class CriterionResult
{
    public CriterionResult(Finding finding, IReadOnlyList<VerdictChange>? changes = null, bool permanent = false)
    {
        Finding = finding;
        Changes = changes ?? Array.Empty<VerdictChange>();
        Permanent = permanent;
    }

    public Finding Finding { get; }

    public IReadOnlyList<VerdictChange> Changes { get; }

    /// <summary>
    /// True when the verdict reads no policy figure and no date (a PCE membership, a stage that always or never
    /// qualifies): it is the same under every policy version on every day. A refusal with such a failed criterion
    /// stays a refusal under every later version, so the engine need not evaluate them.
    /// </summary>
    public bool Permanent { get; }
}

/// <summary>
/// The one fact of a decision: the input and its evaluation context, with one slot per criterion
/// (in the decision's code order) and one outcome slot for a rule set that also decides an amount.
/// </summary>
/// <remarks>
/// A class with reference identity: two equal inputs in one session stay two facts (NRules treats
/// equal objects as one fact). Results are recorded by the rules' actions rather than inserted as facts, which
/// saves a query per decision; <see cref="RuleRunner{TContext, TFact}"/> reads every slot afterwards and fails closed.
/// </remarks>
internal sealed class Subject<TContext, TFact>
    where TContext : class
    where TFact : class
{
    public Subject(TContext context, TFact fact, int criteria)
    {
        Context = context;
        Fact = fact;
        Results = new CriterionResult?[criteria];
    }

    public TContext Context { get; }

    public TFact Fact { get; }

    /// <summary>The results by slot; null where no rule has recorded one.</summary>
    public CriterionResult?[] Results { get; }

    /// <summary>The outcome a rule yielded besides the criteria (an incentive row's amount), if any.</summary>
    public object? Outcome { get; private set; }

    /// <summary>Records the result of the criterion in <paramref name="slot"/>; a second result for one slot is a rule error.</summary>
    public void Record(int slot, CriterionResult result)
    {
        if (Results[slot] is not null)
        {
            throw new InvalidOperationException(EngineErrors.Format(EngineErrors.TwoResultsForOneSlot, slot));
        }

        Results[slot] = result;
    }

    /// <summary>Records the rule set's outcome; a second outcome (two rules of one table both matched) is a rule error.</summary>
    public void Yield(object outcome)
    {
        if (Outcome is not null)
        {
            throw new InvalidOperationException(EngineErrors.TwoOutcomes);
        }

        Outcome = outcome;
    }
}
