using System;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PartnerRules;

namespace PartnerOps;

/// <summary>
/// Answers the library's exceptions with problem details (RFC 9457), by whose fault they are (docs/embedding.md): the
/// client's input 400, a stale revision 409, a refused step 409 or 422 with its findings, a reused idempotency key 422.
/// Anything else is left to the default handler (500, logged).
/// </summary>
/// <param name="problems">Writes the problem in the format the client accepts.</param>
public sealed class LifecycleProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            LifecycleNotFoundException e => Problem(StatusCodes.Status404NotFound, "No such lifecycle", e),
            ConcurrencyConflictException e => Problem(StatusCodes.Status409Conflict, "Changed by someone else", e, ("currentRevision", e.ActualRevision)),
            IdempotencyKeyReusedException e => Problem(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused for another command", e),
            LifecycleAlreadyStoredException e => Problem(StatusCodes.Status409Conflict, "Already stored", e),
            InvalidTransitionException { Findings.Count: > 0 } e => Problem(StatusCodes.Status422UnprocessableEntity, $"{e.Trigger} refused", e,
                ("findings", e.Findings.Select(f => new { f.Code, f.Message })), ("permittedTriggers", e.PermittedTriggers)),
            InvalidTransitionException e => Problem(StatusCodes.Status409Conflict, $"{e.Trigger} not permitted in {e.State}", e, ("permittedTriggers", e.PermittedTriggers)),
            ArgumentException e => Problem(StatusCodes.Status400BadRequest, "Bad request", e),
            BadHttpRequestException { InnerException: JsonException json } => Problem(StatusCodes.Status400BadRequest, "Unreadable body", json, ("path", json.Path)),
            BadHttpRequestException e => Problem(e.StatusCode, e.StatusCode == StatusCodes.Status428PreconditionRequired ? "If-Match required" : "Bad request", e),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, Exception exception, params (string Name, object? Value)[] extensions)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        foreach (var (name, value) in extensions)
        {
            problem.Extensions[name] = value;
        }

        return problem;
    }
}
