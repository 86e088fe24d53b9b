using System.Collections.Generic;

namespace PartnerRules.Criteria;

/// <summary>One rule set: its tag, its finding codes in decision order, and the rule deciding each code.</summary>
internal sealed class RuleSetInfo
{
    public RuleSetInfo(string tag, IReadOnlyList<string> codes, IReadOnlyList<string> ruleNames)
    {
        Tag = tag;
        Codes = codes;
        RuleNames = ruleNames;
    }

    /// <summary>The NRules tag that selects the set's rules.</summary>
    public string Tag { get; }

    /// <summary>The finding codes in decision order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>The name of the rule that decides each code, by slot.</summary>
    public IReadOnlyList<string> RuleNames { get; }
}
