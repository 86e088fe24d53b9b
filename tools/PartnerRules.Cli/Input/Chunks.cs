using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace PartnerRules.Cli.Input;

/// <summary>Work over a list's chunks on every core, with the results in the list's order.</summary>
internal static class Chunks
{
    /// <summary>Calls <paramref name="work"/> with each chunk's range [from, to) of the <paramref name="count"/> items, in parallel.</summary>
    internal static List<TResult> Map<TResult>(int count, int chunkSize, Func<int, int, TResult> work)
    {
        var results = new TResult[(count + chunkSize - 1) / chunkSize];
        Unwrapped(() => Parallel.For(0, results.Length, c => results[c] = work(c * chunkSize, Math.Min(count, (c + 1) * chunkSize))));
        return [.. results];
    }

    /// <summary>
    /// Runs <paramref name="parallel"/> and rethrows the first exception of its workers as it was thrown (not inside an
    /// <see cref="AggregateException"/>), so the entry point reports it as a sequential run would have.
    /// </summary>
    internal static void Unwrapped(Action parallel)
    {
        try
        {
            parallel();
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }
}
