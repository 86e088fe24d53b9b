using System;

namespace PartnerRules;

/// <summary>The base of every exception that PartnerRules throws on its own account (bad arguments are <see cref="ArgumentException"/>s).</summary>
public class PartnerRulesException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PartnerRulesException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
