using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using NodaTime;

namespace PartnerRules.Engine;

/// <summary>A date on which a criterion's verdict changes to <see cref="Passed"/> if nothing but time passes.</summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct VerdictChange(LocalDate Date, bool Passed);

/// <summary>
/// What a criterion rule yields: its finding at the evaluation instant and the dates on which its
/// verdict changes as time passes (ascending, alternating; empty when time never changes it).
/// </summary>
internal sealed class CriterionResult
{
    public CriterionResult(Finding finding, IReadOnlyList<VerdictChange>? changes = null)
    {
        Finding = finding;
        Changes = changes ?? Array.Empty<VerdictChange>();
    }

    public Finding Finding { get; }

    public IReadOnlyList<VerdictChange> Changes { get; }
}
