using System;
using System.Runtime.CompilerServices;
using NodaTime;
using PartnerRules.Criteria;

namespace PartnerRules.Lifecycles;

/// <summary>
/// The instants a lifecycle can work at: its local date in the programme zone, moved a year plus each of the
/// policy's windows (new account, invitation validity, undo interval, reservation) and a bound on its deadlines
/// (natural and business days, the red-letter hours) either way, stays inside NodaTime's calendar. Deadlines and
/// windows counted from a clock at the ends of time would otherwise overflow inside NodaTime.
/// </summary>
internal static class LifecycleClock
{
    /// <summary>
    /// One range per policy instance, built on first use: every factory, restore and clock read checks an instant,
    /// and building the range (five windows, the calendar's bounds) costs far more than the check. Keyed by reference,
    /// so a policy made with <c>with</c> gets its own range.
    /// </summary>
    private static readonly ConditionalWeakTable<ProgramPolicy, DateRange> Ranges = new();

    /// <summary>The clock's instant for a factory, refused naming <c>clock</c> when outside the supported dates.</summary>
    /// <exception cref="ArgumentException">The clock reads an unsupported instant (parameter <c>clock</c>).</exception>
    public static Instant Read(IClock clock, ProgramPolicy policy)
    {
        var now = clock.GetCurrentInstant();
        if (!Supported(now, policy))
        {
            throw new ArgumentException(LifecycleErrors.ClockOutOfRange(now), nameof(clock));
        }

        return now;
    }

    /// <summary>
    /// <paramref name="clock"/> read through a check: an unsupported instant read during an operation is a
    /// <see cref="PartnerRulesException"/> (the clock is not that operation's argument), as a clock that went back is.
    /// </summary>
    public static IClock Checked(IClock clock, ProgramPolicy policy) => new CheckedClock(clock, policy);

    public static bool Supported(Instant now, ProgramPolicy policy) => Ranges.GetValue(policy, RangeOf).Supports(now);

    private static DateRange RangeOf(ProgramPolicy policy)
    {
        var year = Period.FromYears(1);
        var days = (long)policy.IncentivePaymentDays + policy.ElectronicReturnDays
            + 7L * (Math.Max(policy.RedLetterIssueDueBusinessDays, 0) + Math.Max(policy.PaperReturnDueBusinessDays, 0))
            + policy.RedLetterConfirmationValidity.Days + 1;
        var deadlines = Period.FromDays((int)Math.Min(Math.Max(days, 0), 4_000_000));
        // Stryker disable once Arithmetic : a year minus a window reaches as far as a year plus it (the range measures each unit's size and checks both directions)
        return new DateRange(policy.TimeZone, year + deadlines, year + policy.NewAccountWindow, year + policy.SpecialistInvitationValidity,
            year + policy.AssociationUndoInterval, year + policy.CustomerRegistrationReservation, year + (policy.HoOfferResponseTime ?? Period.Zero));
    }

    private sealed class CheckedClock(IClock clock, ProgramPolicy policy) : IClock
    {
        private Instant? _lastSupported;

        public Instant GetCurrentInstant()
        {
            var now = clock.GetCurrentInstant();
            if (now != _lastSupported)
            {
                if (!Supported(now, policy))
                {
                    throw new PartnerRulesException(LifecycleErrors.ClockOutOfRange(now));
                }

                _lastSupported = now;
            }

            return now;
        }
    }
}
