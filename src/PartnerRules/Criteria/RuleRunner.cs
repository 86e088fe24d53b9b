using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using NodaTime;
using NRules;
using PartnerRules.Resources;

namespace PartnerRules.Criteria;

/// <summary>
/// Runs a compiled rule set over inputs in one evaluation context and assembles the decision from what
/// its rules recorded: the findings in code order, the verdict, and <see cref="Decision.ChangesOn"/>.
/// A criterion that recorded nothing fails closed, naming its rule. NRules' action errors become
/// <see cref="PartnerRulesException"/>s naming the rule (a criterion rule matches by type alone, so
/// every evaluation error comes from the action that decides).
/// </summary>
/// <remarks>
/// Sessions are not thread-safe, and creating one allocates most of a decision's memory, so each rule
/// set keeps a small pool: a session is used by one thread at a time, its fact is retracted after
/// <c>Fire()</c>, and a session that threw is dropped rather than reused.
/// </remarks>
/// <typeparam name="TContext">The rule set's evaluation context.</typeparam>
/// <typeparam name="TFact">The input the rule set decides on.</typeparam>
internal sealed class RuleRunner<TContext, TFact>
    where TContext : class, IDecisionContext
    where TFact : class
{
    private const int MaxPooledSessions = 32;

    private readonly ISessionFactory _factory;
    private readonly Func<TFact, string> _describe;
    private readonly ConcurrentBag<ISession> _pool = new();

    /// <param name="factory">The compiled rule set.</param>
    /// <param name="ruleSet">Its codes and rule names, for fail-closed errors.</param>
    /// <param name="describe">Names an input in error texts by identifiers only (no personal data).</param>
    public RuleRunner(ISessionFactory factory, RuleSetInfo ruleSet, Func<TFact, string> describe)
    {
        _factory = factory;
        _describe = describe;
        RuleSet = ruleSet;
    }

    public RuleSetInfo RuleSet { get; }

    /// <summary>The sessions kept for reuse (for tests: each must hold no facts).</summary>
    internal IEnumerable<ISession> PooledSessions => _pool;

    /// <summary>Decides one input: the rules run in a pooled session, then the decision is assembled.</summary>
    public Decision Decide(TContext context, TFact fact) => ToDecision(Run(context, fact));

    /// <summary>Decides one input, and tells whether it is refused for good: a <see cref="CriterionResult.Permanent"/> criterion failed.</summary>
    public Decision Decide(TContext context, TFact fact, out bool refusedForGood)
    {
        var subject = Run(context, fact);
        var decision = ToDecision(subject);
        refusedForGood = RefusedForGood(subject.Results);
        return decision;
    }

    /// <summary>
    /// Decides <paramref name="count"/> inputs from <paramref name="first"/> in one fresh session, into <paramref name="decisions"/>
    /// and, when given, whether each is refused for good into <paramref name="refusedForGood"/> (same indices).
    /// </summary>
    public void Decide(TContext context, IReadOnlyList<TFact> facts, int first, int count, Decision[] decisions, bool[]? refusedForGood = null)
    {
        var subjects = new Subject<TContext, TFact>[count];
        for (var i = 0; i < count; i++)
        {
            subjects[i] = new Subject<TContext, TFact>(context, facts[first + i], RuleSet.Codes.Count);
        }

        Run(subjects);
        for (var i = 0; i < count; i++)
        {
            decisions[first + i] = ToDecision(subjects[i]);
            if (refusedForGood is not null)
            {
                refusedForGood[first + i] = RefusedForGood(subjects[i].Results);
            }
        }
    }

    /// <summary>Runs the rules over one input in a pooled session; the subject holds what they recorded.</summary>
    public Subject<TContext, TFact> Run(TContext context, TFact fact)
    {
        var subject = new Subject<TContext, TFact>(context, fact, RuleSet.Codes.Count);
        Run(subject);
        return subject;
    }

    /// <summary>Runs the rules over many subjects in one fresh session (a batch session holds many facts: it is left to the collector afterwards).</summary>
    internal void Run(Subject<TContext, TFact>[] subjects)
    {
        var session = _factory.CreateSession();
        try
        {
            session.InsertAll(subjects);
            session.Fire();
        }
        catch (RuleRhsExpressionEvaluationException e)
        {
            throw Wrap(e);
        }
    }

    /// <summary>Runs the rules over <paramref name="subject"/> in a pooled session.</summary>
    internal void Run(Subject<TContext, TFact> subject)
    {
        var session = _pool.TryTake(out var pooled) ? pooled : _factory.CreateSession();
        try
        {
            session.Insert(subject);
            session.Fire();
            session.Retract(subject);
        }
        catch (RuleRhsExpressionEvaluationException e)
        {
            throw Wrap(e);
        }

        if (_pool.Count < MaxPooledSessions)
        {
            _pool.Add(session);
        }
    }

    /// <summary>The findings in slot order and whether all passed; throws naming the first rule that recorded nothing (fail closed).</summary>
    public Finding[] Findings(Subject<TContext, TFact> subject, out bool approved)
    {
        approved = true;
        var findings = new Finding[subject.Results.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            var result = subject.Results[i] ?? throw new PartnerRulesException(
                EngineErrors.Format(EngineErrors.NoResult, RuleSet.RuleNames[i], RuleSet.Codes[i], _describe(subject.Fact)));
            findings[i] = result.Finding;
            approved &= findings[i].Passed;
        }

        return findings;
    }

    /// <summary>The outcome one rule of a table yielded; throws when none did (fail closed).</summary>
    public TOutcome Outcome<TOutcome>(Subject<TContext, TFact> subject, string table)
        where TOutcome : class =>
        subject.Outcome as TOutcome ?? throw new PartnerRulesException(EngineErrors.Format(EngineErrors.NoOutcome, table, _describe(subject.Fact)));

    /// <summary>
    /// The first date on which the decision's verdict (every criterion passed) differs from its
    /// verdict at the evaluation instant; null when time alone never changes it. Call after <see cref="Findings"/>.
    /// </summary>
    public static LocalDate? ChangesOn(CriterionResult?[] results)
    {
        var states = new bool[results.Length];
        var next = new int[results.Length];
        var approved = true;
        for (var i = 0; i < results.Length; i++)
        {
            states[i] = results[i]!.Finding.Passed;
            approved &= states[i];
        }

        while (true)
        {
            LocalDate? date = null;
            for (var i = 0; i < results.Length; i++)
            {
                var changes = results[i]!.Changes;
                if (next[i] < changes.Count && (date is null || changes[next[i]].Date < date.Value))
                {
                    date = changes[next[i]].Date;
                }
            }

            if (date is null)
            {
                return null;
            }

            var approvedOn = true;
            for (var i = 0; i < results.Length; i++)
            {
                var changes = results[i]!.Changes;
                if (next[i] < changes.Count && changes[next[i]].Date == date.Value)
                {
                    states[i] = changes[next[i]].Passed;
                    next[i]++;
                }

                approvedOn &= states[i];
            }

            if (approvedOn != approved)
            {
                return date;
            }
        }
    }

    /// <summary>True when a criterion failed whose verdict is the same under every policy on every day (call after <see cref="Findings"/>).</summary>
    private static bool RefusedForGood(CriterionResult?[] results)
    {
        foreach (var result in results)
        {
            if (result!.Permanent && !result.Finding.Passed)
            {
                // Stryker disable once Boolean : a refusal for good only spares looking across later versions, which find it refused on every day alike
                return true;
            }
        }

        return false;
    }

    private Decision ToDecision(Subject<TContext, TFact> subject)
    {
        var findings = Findings(subject, out var approved);
        return new Decision(approved, findings) { ChangesOn = ChangesOn(subject.Results), PolicyVersion = subject.Context.PolicyVersion };
    }

    private static PartnerRulesException Wrap(RuleRhsExpressionEvaluationException e) =>
        new(EngineErrors.Format(EngineErrors.RuleFailed, e.RuleName, e.InnerException?.Message), e);
}
