using System;
using System.Globalization;
using System.Reflection;
using NodaTime;
using PartnerRules.Criteria;
using PartnerRules.Eligibility;

namespace PartnerRules.Benchmarks;

/// <summary>
/// The engine's own HO criterion code called directly, without NRules: the same context, the same
/// three rules' <c>Evaluate</c> methods (each gathering its own evidence), the same decision assembly. Not a way to run the
/// rules (the engine must go through NRules); it is the yardstick that isolates what NRules adds.
/// </summary>
internal sealed class PlainCriteria
{
    private readonly ProgramPolicy _policy;
    private readonly CultureInfo _culture;
    private readonly Func<HoContext, PartnerProfile, CriterionResult>[] _criteria;

    public PlainCriteria(ProgramPolicy policy, CultureInfo culture)
    {
        _policy = policy;
        _culture = culture;
        _criteria = new[] { Bind(new PceMemberRule()), Bind(new SharesAndRegularlyUpdatesOpportunitiesRule()), Bind(new DifferentiatedOrCertifiedWithDeliveredPosRule()) };
    }

    public Decision Decide(PartnerProfile partner, Instant asOf)
    {
        var context = new HoContext(_policy, asOf, _culture);
        var results = new CriterionResult?[_criteria.Length];
        var findings = new Finding[_criteria.Length];
        var approved = true;
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = _criteria[i](context, partner);
            findings[i] = results[i]!.Finding;
            approved &= findings[i].Passed;
        }

        return new Decision(approved, findings) { ChangesOn = RuleRunner<HoContext, PartnerProfile>.ChangesOn(results) };
    }

    private static Func<HoContext, PartnerProfile, CriterionResult> Bind(HoEligibilityRule rule) =>
        (Func<HoContext, PartnerProfile, CriterionResult>)Delegate.CreateDelegate(
            typeof(Func<HoContext, PartnerProfile, CriterionResult>),
            rule,
            rule.GetType().GetMethod("Evaluate", BindingFlags.Instance | BindingFlags.NonPublic)!);
}
