using System;
using System.Collections.Generic;
using NRules;

namespace PartnerRules.Engine;

/// <summary>Runs one session of a compiled rule set and turns NRules' evaluation errors into <see cref="PartnerRulesException"/>s naming the rule.</summary>
internal static class RuleRunner
{
    public static void Run(ISessionFactory factory, RuleSetInfo ruleSet, object context, RuleSubject subject)
    {
        var session = factory.CreateSession();
        try
        {
            session.Insert(context);
            session.Insert(subject);
            session.Fire();
        }
        catch (RuleLhsExpressionEvaluationException e)
        {
            throw new PartnerRulesException($"A condition of the {ruleSet.Tag} rules failed to evaluate ({e.Expression}): {e.InnerException?.Message}", e);
        }
        catch (RuleRhsExpressionEvaluationException e)
        {
            throw new PartnerRulesException($"Rule '{e.RuleName}' failed to evaluate: {e.InnerException?.Message}", e);
        }
    }

    public static void Run(ISessionFactory factory, RuleSetInfo ruleSet, object context, IReadOnlyList<RuleSubject> subjects)
    {
        var session = factory.CreateSession();
        try
        {
            session.Insert(context);
            session.InsertAll(subjects);
            session.Fire();
        }
        catch (RuleLhsExpressionEvaluationException e)
        {
            throw new PartnerRulesException($"A condition of the {ruleSet.Tag} rules failed to evaluate ({e.Expression}): {e.InnerException?.Message}", e);
        }
        catch (RuleRhsExpressionEvaluationException e)
        {
            throw new PartnerRulesException($"Rule '{e.RuleName}' failed to evaluate: {e.InnerException?.Message}", e);
        }
    }
}
