using System;
using NodaTime;

namespace PartnerRules.Lifecycles;

/// <summary>The argument checks every lifecycle's factory and <c>Restore</c> share, with one wording.</summary>
internal static class LifecycleArguments
{
    /// <summary>Refuses <c>default(<paramref name="typeName"/>)</c>, an identifier that holds no value.</summary>
    /// <exception cref="ArgumentException"><paramref name="isDefault"/> is true (parameter <paramref name="paramName"/>).</exception>
    public static void Identifier(bool isDefault, string typeName, string paramName)
    {
        if (isDefault)
        {
            throw new ArgumentException(LifecycleErrors.IdentifierDefault(typeName), paramName);
        }
    }

    /// <summary>Refuses a null clock, then resolves the policy (<see cref="LifecyclePolicy.Resolve"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy is invalid.</exception>
    public static ProgramPolicy ClockAndPolicy(IClock clock, ProgramPolicy? policy)
    {
        if (clock is null)
        {
            throw new ArgumentNullException(nameof(clock));
        }

        return LifecyclePolicy.Resolve(policy);
    }
}
