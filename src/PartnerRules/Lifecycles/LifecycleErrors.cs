using System.Globalization;
using NodaTime;

namespace PartnerRules.Lifecycles;

/// <summary>
/// The texts of the exceptions the lifecycles and <see cref="Obligations"/> throw for bad input (in the manner
/// of NodaTime's <c>TextErrorMessages</c>): one place to read and word them, and the constants the tests assert
/// against. English only, like .NET's own argument exceptions; refusals, which consumers show, come from the
/// message catalogue instead (<see cref="LifecycleMessages"/>).
/// </summary>
internal static class LifecycleErrors
{
    public const string OfferNeedsDecision = "An HO offer needs the partner's HO-eligibility decision (IPartnerRulesEngine.EvaluateHoEligibility).";
    public const string SettlementNeedsDecision = "A settlement needs the approved incentive decision (IPartnerRulesEngine.EvaluateIncentive).";
    public const string PayableNotValid = "The decision's Payable must be a non-negative amount with a currency.";
    public const string BindNeedsDecision = "Binding needs the account's staff-link decision (IPartnerRulesEngine.EvaluateStaffLink).";
    public const string InvoiceKindUndefined = "The invoice kind is not a defined InvoiceKind.";
    public const string AssociationModeUndefined = "The association mode is not a defined AssociationMode.";
    public const string PaymentMethodUndefined = "The payment method is not a defined PaymentMethod.";
    public const string AmountPaidDefault = "default(Money) holds no currency: pass the amount paid, for example Money.Cny(50000m).";
    public const string InvitationsSentTodayNegative = "The count of invitations already sent today cannot be negative.";
    public const string AccountIdDefault = "The account's id is default(AccountId), which holds no value.";

    /// <summary>A trigger that needs a reason was fired without one.</summary>
    public static string ReasonRequired(string trigger) =>
        $"'{trigger}' needs a reason: pass a non-empty, non-whitespace reason (it is kept in the history).";

    /// <summary>The clock reads an instant before the lifecycle's latest recorded event.</summary>
    public static string ClockOutOfRange(Instant now) => Invariant(
        "The clock reads {0}, outside the dates a lifecycle supports: its local date, moved a year and the policy's windows and deadlines either way, must stay within -9998-01-01 and 9999-12-31. Check the clock passed to the lifecycle.",
        now);

    public static string ClockWentBackwards(Instant now, Instant latest) => Invariant(
        "The clock reads {0}, before this lifecycle's latest recorded event at {1}: a history must be in time order. Check the clock passed to the lifecycle.",
        now,
        latest);

    /// <summary>An identifier was <c>default</c>.</summary>
    public static string IdentifierDefault(string typeName) =>
        $"default({typeName}) holds no value: pass an identifier created with new {typeName}(value).";

    /// <summary>The associated account was created after the clock's now.</summary>
    public static string AccountFromTheFuture(Instant createdAt, Instant now) => Invariant(
        "The account was created at {0}, after the clock's now ({1}): an account cannot come from the future. Check the clock and the account data.",
        createdAt,
        now);

    /// <summary>An item of a list argument (an earlier undo, a registration) lies after the clock's now.</summary>
    public static string ItemFromTheFuture(string what, int index, Instant at, Instant now) => Invariant(
        "{0} {1} is at {2}, after the clock's now ({3}): it cannot have happened yet. Check the clock and the data.",
        what,
        index,
        at,
        now);

    /// <summary>A registration names a default partner or account, or another account than the one being associated.</summary>
    public static string RegistrationInvalid(int index, string problem) => Invariant("Registration {0} {1}.", index, problem);

    /// <summary>The invoice's received date lies after the clock's local date.</summary>
    public static string ReceivedAfterToday(LocalDate receivedOn, LocalDate today) => Invariant(
        "The invoice cannot be received on {0:uuuu-MM-dd}, after today ({1:uuuu-MM-dd} in the programme's zone). Check the date and the clock.",
        receivedOn,
        today);

    /// <summary>The invoice's received date lies before the local date it was last submitted.</summary>
    public static string ReceivedBeforeSubmitted(LocalDate receivedOn, LocalDate submitted) => Invariant(
        "The invoice cannot be received on {0:uuuu-MM-dd}, before it was submitted ({1:uuuu-MM-dd}).",
        receivedOn,
        submitted);

    /// <summary>An item passed to <see cref="Obligations.Running(System.Collections.Generic.IEnumerable{IObligationSource}, Instant, ProgramPolicy?)"/> is null.</summary>
    public static string ObligationItemNull(int index) => Invariant("Item {0} is null.", index);

    private static string Invariant(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
