using System.Collections.Generic;
using NodaTime;

namespace PartnerRules.InvoiceReturns;

/// <summary>
/// The red-letter confirmation of a VAT special invoice's return (docs/programme-rules.md §6): "red-letter confirmations in
/// China's tax system void themselves after 72 hours unconfirmed" — an elapsed duration from the request, not a
/// count of programme days.
/// </summary>
internal static class RedLetterConfirmation
{
    /// <summary>The instant the red-letter confirmation voids itself: the request plus the policy's validity (elapsed time).</summary>
    public static Instant VoidsAt(Instant requestedAt, ProgramPolicy policy) => requestedAt + policy.RedLetterConfirmationValidity;

    /// <summary>Restore's check of the time guards a history of a special invoice passed when it was recorded.</summary>
    public static void CheckSteps(InvoiceReturnSnapshot snapshot, ProgramPolicy policy, List<string> problems)
    {
        if (snapshot.Kind != InvoiceKind.SpecialVat || snapshot.History is null)
        {
            return;
        }

        var voidsAt = VoidsAt(snapshot.CreatedAt, policy);
        for (var i = 0; i < snapshot.History.Count; i++)
        {
            var step = snapshot.History[i];
            if (step is null || step.From != InvoiceReturnState.Requested)
            {
                continue;
            }

            var open = step.At < voidsAt;
            if (!open && step.Trigger is InvoiceReturnTrigger.ConfirmRedLetter or InvoiceReturnTrigger.Reject)
            {
                problems.Add($"History[{i}] {step.Trigger} at {step.At} is at or after the red-letter confirmation voided itself ({voidsAt})");
            }
            else if (open && step.Trigger == InvoiceReturnTrigger.Void)
            {
                problems.Add($"History[{i}] Void at {step.At} is before the red-letter confirmation voided itself ({voidsAt})");
            }
        }
    }
}
