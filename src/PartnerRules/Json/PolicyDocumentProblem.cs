namespace PartnerRules;

/// <summary>One problem of a policy or schedule document.</summary>
/// <param name="Path">Where: a JSON path such as <c>$.versions[1].policy.requiredDeliveredPos</c> (<c>$</c> is the whole document).</param>
/// <param name="Message">What is wrong and, where it helps, what to write instead.</param>
public sealed record PolicyDocumentProblem(string Path, string Message)
{
    /// <summary>"path: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
