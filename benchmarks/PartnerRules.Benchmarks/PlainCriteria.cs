using System;
using System.Globalization;
using System.Reflection;
using NodaTime;
using PartnerRules.Eligibility;
using PartnerRules.Engine;

namespace PartnerRules.Benchmarks;

/// <summary>
/// The engine's own HO criterion code called directly, without NRules: the same precomputed subject,
/// the same three rules' <c>Evaluate</c> methods, the same decision assembly. Not a way to run the
/// rules (the engine must go through NRules); it is the yardstick that isolates what NRules adds.
/// </summary>
internal sealed class PlainCriteria
{
    private readonly ProgramPolicy _policy;
    private readonly CultureInfo _culture;
    private readonly Func<HoContext, HoSubject, CriterionResult>[] _criteria;

    public PlainCriteria(ProgramPolicy policy, CultureInfo culture)
    {
        _policy = policy;
        _culture = culture;
        _criteria = new[] { Bind(new PceMemberRule()), Bind(new SharesAndRegularlyUpdatesOpportunitiesRule()), Bind(new DifferentiatedOrCertifiedWithDeliveredPosRule()) };
    }

    public Decision Decide(PartnerProfile partner, Instant asOf)
    {
        var context = new HoContext(_policy, asOf, _culture);
        var subject = HoSubject.Create(partner, context, _policy);
        var results = new CriterionResult[_criteria.Length];
        var findings = new Finding[_criteria.Length];
        var approved = true;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = _criteria[i](context, subject);
            findings[i] = results[i].Finding;
            approved &= findings[i].Passed;
        }

        return new Decision(approved, findings) { ChangesOn = Timeline.FirstFlip(results) };
    }

    private static Func<HoContext, HoSubject, CriterionResult> Bind(HoEligibilityRule rule) =>
        (Func<HoContext, HoSubject, CriterionResult>)Delegate.CreateDelegate(
            typeof(Func<HoContext, HoSubject, CriterionResult>),
            rule,
            rule.GetType().GetMethod("Evaluate", BindingFlags.Instance | BindingFlags.NonPublic)!);
}
