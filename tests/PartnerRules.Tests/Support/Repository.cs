using System;
using System.IO;

namespace PartnerRules.Tests.Support;

/// <summary>The repository checkout the tests run in (for generated docs and committed snapshots).</summary>
internal static class Repository
{
    /// <summary>The folder holding PartnerRules.sln above the test binaries.</summary>
    public static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnerRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PartnerRules.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
