using System;
using System.Linq;
using System.Threading;
using NRules;
using NRules.Fluent;
using PartnerRules.Criteria;
using PartnerRules.Eligibility;
using PartnerRules.Incentives;
using PartnerRules.StaffLinks;

namespace PartnerRules.Engine;

/// <summary>
/// The rule sets compiled once per process: one <see cref="ISessionFactory"/> per set, loaded by tag.
/// The rules read every policy figure from the context, so one compilation serves every engine
/// and every policy. Session factories are thread-safe; sessions are not, so each evaluation uses its own.
/// </summary>
internal sealed class CompiledRules
{
    private static readonly Lazy<CompiledRules> Shared = new(() => new CompiledRules(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Compiles the rule sets afresh; everything but tests uses <see cref="Instance"/>.</summary>
    internal CompiledRules()
    {
        var repository = new RuleRepository();
        foreach (var tag in RuleSets.Tags)
        {
            repository.Load(spec => spec.From(typeof(CompiledRules).Assembly).PrivateTypes().Where(rule => rule.IsTagged(tag)).To(tag));
        }

        var compiler = new RuleCompiler();
        var sets = repository.GetRuleSets().ToDictionary(set => set.Name, StringComparer.Ordinal);
        ISessionFactory Compile(string tag) => compiler.Compile(new[] { sets[tag] });
        HoEligibility = new(Compile(HoEligibilityRule.Tag), Info(HoEligibilityRule.Tag), HoEligibilityRule.Describe);
        StaffLink = new(Compile(StaffLinkRule.Tag), Info(StaffLinkRule.Tag), StaffLinkRule.Describe);
        Incentive = new(Compile(IncentiveRule.Tag), Info(IncentiveRule.Tag), IncentiveRule.Describe);
    }

    public static CompiledRules Instance => Shared.Value;

    public RuleRunner<HoContext, PartnerProfile> HoEligibility { get; }

    public RuleRunner<StaffLinkContext, PersonalAccount> StaffLink { get; }

    public RuleRunner<IncentiveContext, IncentiveClaim> Incentive { get; }

    private static RuleSetInfo Info(string tag)
    {
        var entries = RuleCatalogue.Entries.Where(e => e.RuleSet == tag).ToArray();
        return new RuleSetInfo(tag, RuleSets.CodesOf(tag), entries.Select(e => e.Name).ToArray());
    }
}
