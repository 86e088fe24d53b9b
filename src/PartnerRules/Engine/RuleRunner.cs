using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using NRules;

namespace PartnerRules.Engine;

/// <summary>
/// Runs a compiled rule set over one context and its subjects, and turns NRules' action errors
/// into <see cref="PartnerRulesException"/>s naming the rule (a criterion rule's only condition is a
/// type test, which cannot throw: every evaluation error comes from the action that decides).
/// </summary>
/// <remarks>
/// Sessions are not thread-safe, and creating one allocates most of a decision's memory, so each rule
/// set keeps a small pool: a session is used by one thread at a time, its facts are retracted after
/// <c>Fire()</c>, and a session that threw is dropped rather than reused.
/// </remarks>
internal sealed class RuleRunner
{
    private const int MaxPooledSessions = 32;

    private readonly ISessionFactory _factory;
    private readonly ConcurrentBag<ISession> _pool = new();

    public RuleRunner(ISessionFactory factory, RuleSetInfo ruleSet)
    {
        _factory = factory;
        RuleSet = ruleSet;
    }

    public RuleSetInfo RuleSet { get; }

    public void Run(object context, RuleSubject subject)
    {
        var session = Rent();
        subject.Bind(context);
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

        Return(session);
    }

    public void Run(object context, IReadOnlyList<RuleSubject> subjects)
    {
        // A batch session holds many facts: a fresh one, left to the collector afterwards.
        var session = _factory.CreateSession();
        foreach (var subject in subjects)
        {
            subject.Bind(context);
        }

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

    private ISession Rent() => _pool.TryTake(out var session) ? session : _factory.CreateSession();

    private void Return(ISession session)
    {
        if (_pool.Count < MaxPooledSessions)
        {
            _pool.Add(session);
        }
    }

    /// <summary>The sessions kept for reuse (for tests: each must hold no facts).</summary>
    internal IEnumerable<ISession> PooledSessions => _pool;

    private static PartnerRulesException Wrap(RuleRhsExpressionEvaluationException e) =>
        new($"Rule '{e.RuleName}' failed to evaluate: {e.InnerException?.Message}", e);
}
