using System;

namespace PartnerRules.Lifecycles;

/// <summary>The policy a lifecycle runs on: the caller's, validated, or the default.</summary>
internal static class LifecyclePolicy
{
    /// <summary>Returns <paramref name="policy"/> (or <see cref="ProgramPolicy.Default"/>) once it is known to be valid.</summary>
    /// <exception cref="ArgumentException">The policy is invalid (parameter <c>policy</c>, every problem listed).</exception>
    public static ProgramPolicy Resolve(ProgramPolicy? policy)
    {
        // The default policy is immutable and validated by its own tests: skip the work on the hot path.
        if (policy is null || ReferenceEquals(policy, ProgramPolicy.Default))
        {
            return ProgramPolicy.Default;
        }

        policy.Validate();
        return policy;
    }
}
