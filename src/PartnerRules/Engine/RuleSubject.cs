using System;

namespace PartnerRules.Engine;

/// <summary>
/// A per-subject fact (one partner, one account, one claim) that collects what its criterion rules
/// yield, one slot per criterion in the decision's code order.
/// </summary>
/// <remarks>
/// A class with reference identity: two equal inputs in one session stay two facts (ENGINE.md,
/// "Identity"). Results are recorded by the rules' actions rather than inserted as facts, which
/// saves a query per decision; the engine checks every slot afterwards and fails closed.
/// </remarks>
internal abstract class RuleSubject
{
    private readonly CriterionResult?[] _results;

    protected RuleSubject(int criteria) => _results = new CriterionResult?[criteria];

    /// <summary>The evaluation context the rules match (their rule set's context type) and read; set by <see cref="RuleRunner"/> before insertion.</summary>
    public object? Context { get; private set; }

    /// <summary>Attaches the evaluation context before the subject is inserted.</summary>
    public void Bind(object context) => Context = context;

    /// <summary>Records the result of the criterion in <paramref name="slot"/>; a second result for one slot is a rule error.</summary>
    public void Record(int slot, CriterionResult result)
    {
        if (_results[slot] is not null)
        {
            throw new InvalidOperationException($"The criterion in slot {slot} gave two results for one subject; each criterion must match its subject once.");
        }

        _results[slot] = result;
    }

    /// <summary>The results in slot order; throws naming the first rule that yielded nothing (fail closed).</summary>
    public CriterionResult[] TakeResults(RuleSetInfo ruleSet)
    {
        var results = new CriterionResult[_results.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = _results[i] ?? throw new PartnerRulesException(
                $"Rule '{ruleSet.RuleNames[i]}' ({ruleSet.Codes[i]}) gave no result for {Describe()}; the decision is refused rather than approved by omission. This is a defect of the rule set: please report it.");
        }

        return results;
    }

    /// <summary>The subject for error messages (identifiers only, no personal data).</summary>
    protected abstract string Describe();
}
