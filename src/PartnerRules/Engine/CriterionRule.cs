using System;
using System.Collections.Generic;
using NRules.Fluent.Dsl;

namespace PartnerRules.Engine;

/// <summary>
/// A rule that states one criterion of a decision. It matches every subject evaluated in its rule
/// set's context ("now", carried by the subject) and always yields a result, pass or fail, so a
/// refusal can name every unmet criterion.
/// </summary>
/// <typeparam name="TContext">The evaluation context, carried by the subject (<see cref="RuleSubject.Context"/>).</typeparam>
/// <typeparam name="TSubject">The per-subject fact.</typeparam>
internal abstract class CriterionRule<TContext, TSubject> : Rule, ICriterionRule
    where TContext : class
    where TSubject : RuleSubject
{
    /// <summary>The finding code this rule decides.</summary>
    public abstract string Code { get; }

    /// <summary>The <see cref="ProgramPolicy"/> properties this rule reads (for the rule catalogue).</summary>
    public abstract IReadOnlyList<string> PolicyValues { get; }

    /// <summary>The codes of the rule set, in decision order; the rule's slot is its code's index.</summary>
    protected abstract IReadOnlyList<string> Codes { get; }

    /// <inheritdoc />
    public override void Define()
    {
        TSubject subject = null!;
        var slot = IndexOf(Codes, Code);
        Func<TContext, TSubject, CriterionResult> evaluate = Evaluate;

        When()
            .Match(() => subject, s => s.Context is TContext);
        Then()
            .Do(_ => subject.Record(slot, evaluate((TContext)subject.Context!, subject)));
    }

    /// <summary>Decides the criterion for one subject at the context's instant.</summary>
    protected abstract CriterionResult Evaluate(TContext context, TSubject subject);

    internal static int IndexOf(IReadOnlyList<string> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (string.Equals(codes[i], code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Finding code '{code}' is not in its rule set's code list.");
    }
}

/// <summary>What the rule catalogue reads from a criterion rule besides its NRules metadata.</summary>
internal interface ICriterionRule
{
    /// <summary>The finding code the rule decides.</summary>
    string Code { get; }

    /// <summary>The <see cref="ProgramPolicy"/> properties the rule reads.</summary>
    IReadOnlyList<string> PolicyValues { get; }
}
