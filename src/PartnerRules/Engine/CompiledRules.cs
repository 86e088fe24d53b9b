using System;
using System.Linq;
using System.Threading;
using NRules;
using NRules.Fluent;

namespace PartnerRules.Engine;

/// <summary>
/// The rule sets compiled once per process: one <see cref="ISessionFactory"/> per set, loaded by tag.
/// The rules read every policy figure from the context fact, so one compilation serves every engine
/// and every policy. Session factories are thread-safe; sessions are not, so each evaluation creates its own.
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
        HoEligibility = new RuleRunner(compiler.Compile(new[] { sets[RuleSets.HoEligibility] }), Info(RuleSets.HoEligibility));
        StaffLink = new RuleRunner(compiler.Compile(new[] { sets[RuleSets.StaffLink] }), Info(RuleSets.StaffLink));
        Incentive = new RuleRunner(compiler.Compile(new[] { sets[RuleSets.Incentive] }), Info(RuleSets.Incentive));
    }

    public static CompiledRules Instance => Shared.Value;

    public RuleRunner HoEligibility { get; }

    public RuleRunner StaffLink { get; }

    public RuleRunner Incentive { get; }

    private static RuleSetInfo Info(string tag)
    {
        var entries = RuleCatalogue.Entries.Where(e => e.RuleSet == tag).ToArray();
        return new RuleSetInfo(tag, RuleSets.CodesOf(tag), entries.Select(e => e.Name).ToArray());
    }
}
