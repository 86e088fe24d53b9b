namespace PartnerRules;

/// <summary>The verdict on one criterion of a decision.</summary>
/// <param name="Code">Stable, upper-case, dotted code named for the criterion, such as <c>HO.PCE_MEMBER</c>.</param>
/// <param name="Passed">Whether the criterion is met (a criterion that does not apply passes and says so).</param>
/// <param name="Message">What decided, with the figures, in the configured culture (English or zh-CN).</param>
public sealed record Finding(string Code, bool Passed, string Message);
