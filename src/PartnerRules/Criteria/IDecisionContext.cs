namespace PartnerRules.Criteria;

/// <summary>What the runner reads from every rule set's context: the policy version that decides, named on each decision.</summary>
internal interface IDecisionContext
{
    /// <summary>The <see cref="ProgramPolicy.Version"/> the context was read from.</summary>
    string PolicyVersion { get; }
}
