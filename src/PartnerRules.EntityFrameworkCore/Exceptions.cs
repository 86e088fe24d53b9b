using System;

namespace PartnerRules.EntityFrameworkCore;

/// <summary>The database's schema was written by a newer version of this library, which this one cannot use safely.</summary>
public sealed class StoreSchemaException : PartnerRulesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public StoreSchemaException(string message)
        : base(message)
    {
    }
}
