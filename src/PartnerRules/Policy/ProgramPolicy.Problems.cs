using System;
using System.Collections.Generic;
using NodaTime;

namespace PartnerRules;

// Validation of a policy: every problem at once, each tied to its property.
public sealed partial record ProgramPolicy
{
    /// <summary>Throws when the policy is unusable, listing every problem at once.</summary>
    /// <exception cref="ArgumentException">One or more values are invalid; the message lists each.</exception>
    public void Validate()
    {
        var problems = GetProblems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The programme policy is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}): " + string.Join("; ", problems) + ".",
                "policy");
        }
    }

    /// <summary>Every problem of the policy, in declaration order; empty when it is valid.</summary>
    public IReadOnlyList<string> GetProblems()
    {
        var problems = FindProblems();
        var texts = new string[problems.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = problems[i].Text;
        }

        return texts;
    }

    /// <summary>Every problem with the property it is about, so a policy document can point at it.</summary>
    internal IReadOnlyList<PolicyProblem> FindProblems()
    {
        var problems = new Problems();
        if (!IsValidVersion(Version))
        {
            problems.Add(nameof(Version), Version is null
                ? "Version is missing"
                : $"Version must be 1–{MaxVersionLength} ASCII letters, digits, '.', '-' or '_' (was '{Version}')");
        }

        if (TimeZone is null)
        {
            problems.Add(nameof(TimeZone), "TimeZone is missing");
        }

        if (Calendar is null)
        {
            problems.Add(nameof(Calendar), "Calendar is missing");
        }

        var currencyValid = Currency is { Length: 3 } && IsUpper(Currency);
        if (!currencyValid)
        {
            problems.Add(nameof(Currency), $"Currency must be an ISO 4217 code of three upper-case letters (was '{Currency}')");
        }

        AtLeast(problems, nameof(RequiredDeliveredPos), RequiredDeliveredPos, 1);
        Window(problems, nameof(DeliveredPoWindow), DeliveredPoWindow);
        Window(problems, nameof(OpportunityUpdateWindow), OpportunityUpdateWindow);
        Window(problems, nameof(StaffLinkWindow), StaffLinkWindow);
        AtLeast(problems, nameof(StaffLinkPartnerLimit), StaffLinkPartnerLimit, 1);
        Window(problems, nameof(SpecialistInvitationValidity), SpecialistInvitationValidity);
        AtLeast(problems, nameof(SpecialistInvitationsPerDay), SpecialistInvitationsPerDay, 1);
        AtLeast(problems, nameof(FirstProjectNewCustomerSpendMonths), FirstProjectNewCustomerSpendMonths, 1);
        AtLeast(problems, nameof(AccelerationNewCustomerSpendMonths), AccelerationNewCustomerSpendMonths, 1);
        Amount(problems, nameof(FirstProjectNewCustomerCap), FirstProjectNewCustomerCap, currencyValid);
        Amount(problems, nameof(FirstProjectExistingCustomerAmount), FirstProjectExistingCustomerAmount, currencyValid);
        Amount(problems, nameof(AccelerationNewCustomerCap), AccelerationNewCustomerCap, currencyValid);
        Amount(problems, nameof(AccelerationExistingCustomerCap), AccelerationExistingCustomerCap, currencyValid);
        Amount(problems, nameof(NewCustomerPriorCashLimit), NewCustomerPriorCashLimit, currencyValid);
        AtLeast(problems, nameof(IncentivePaymentDays), IncentivePaymentDays, 0);
        Range(problems, nameof(RedLetterIssueFromBusinessDays), RedLetterIssueFromBusinessDays, nameof(RedLetterIssueDueBusinessDays), RedLetterIssueDueBusinessDays);
        AtLeast(problems, nameof(ElectronicReturnDays), ElectronicReturnDays, 0);
        Range(problems, nameof(PaperReturnFromBusinessDays), PaperReturnFromBusinessDays, nameof(PaperReturnDueBusinessDays), PaperReturnDueBusinessDays);
        if (RedLetterConfirmationValidity <= Duration.Zero)
        {
            problems.Add(nameof(RedLetterConfirmationValidity), $"RedLetterConfirmationValidity must be positive (was {RedLetterConfirmationValidity.ToString("-H:mm:ss", System.Globalization.CultureInfo.InvariantCulture)})");
        }

        Window(problems, nameof(NewAccountWindow), NewAccountWindow);
        Window(problems, nameof(AssociationUndoInterval), AssociationUndoInterval);
        Window(problems, nameof(CustomerRegistrationReservation), CustomerRegistrationReservation);
        if (HoOfferResponseTime is not null)
        {
            Window(problems, nameof(HoOfferResponseTime), HoOfferResponseTime);
        }

        return problems;
    }

    private const int MaxVersionLength = 40;

    private static bool IsUpper(string code) => code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && code[2] is >= 'A' and <= 'Z';

    private static void AtLeast(Problems problems, string name, int value, int minimum)
    {
        if (value < minimum)
        {
            problems.Add(name, $"{name} must be at least {minimum} (was {value})");
        }
    }

    private static void Range(Problems problems, string fromName, int from, string dueName, int due)
    {
        AtLeast(problems, fromName, from, 0);
        if (due < from)
        {
            problems.Add(dueName, $"{dueName} must be at least {fromName} ({from}) (was {due})");
        }
    }

    private static void Window(Problems problems, string name, Period? window)
    {
        if (window is null)
        {
            problems.Add(name, $"{name} is missing");
        }
        else if (window.HasTimeComponent)
        {
            problems.Add(name, $"{name} must be in years, months, weeks or days (was {window})");
        }
        else if (window.Years < 0 || window.Months < 0 || window.Weeks < 0 || window.Days < 0)
        {
            problems.Add(name, $"{name} must not be negative (was {window})");
        }
    }

    private void Amount(Problems problems, string name, Money value, bool currencyValid)
    {
        if (value.IsDefault)
        {
            problems.Add(name, $"{name} is missing");
        }
        else if (value.Amount < 0m)
        {
            problems.Add(name, $"{name} must not be negative (was {value})");
        }
        else if (currencyValid && value.Currency != Currency)
        {
            problems.Add(name, $"{name} must be in the programme currency {Currency} (was {value})");
        }
    }

    /// <summary>Whether <paramref name="version"/> is a usable version name.</summary>
    internal static bool IsValidVersion(string? version)
    {
        if (version is null || version.Length is 0 or > MaxVersionLength)
        {
            return false;
        }

        foreach (var c in version)
        {
            // ASCII only: the name travels into logs, snapshots and file names.
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Problems : List<PolicyProblem>
    {
        public void Add(string property, string text) => Add(new PolicyProblem(property, text));
    }
}

/// <summary>One problem of a policy: the property it is about and the text that names it.</summary>
internal readonly record struct PolicyProblem(string Property, string Text);
