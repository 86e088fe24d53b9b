using NodaTime;

namespace PartnerRules.Lifecycles;

/// <summary>A clock that always reads one instant: a snapshot restored only to read its deadline is stamped by nothing.</summary>
/// <param name="now">The instant it reads.</param>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
