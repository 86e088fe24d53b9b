namespace PartnerRules.Cli.Input;

/// <summary>One invalid record: the file, where in it (line and record), the field and what was wrong.</summary>
internal sealed record InputProblem(string File, string Where, string Field, string Message)
{
    public override string ToString() => $"{File}: {Where}: {Field}: {Message}";
}
