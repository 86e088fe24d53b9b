using System;

namespace PartnerRules.Cli;

/// <summary>The <c>partnerrules</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // Progress bars go to the terminal only: never into a redirected stream a script reads.
        var interactive = !Console.IsErrorRedirected && !Console.IsOutputRedirected;
        return CliApp.Run(args, Console.Out, Console.Error, interactive);
    }
}
