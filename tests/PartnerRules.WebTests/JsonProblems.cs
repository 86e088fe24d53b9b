using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace PartnerRules.WebTests;

/// <summary>
/// The host's own answer to a request minimal APIs could not bind (docs/embedding.md): by default they answer a
/// bare 400; with <c>RouteHandlerOptions.ThrowOnBadRequest</c> and this exception handler, a JSON error is a
/// validation problem keyed by its path, as MVC answers it.
/// </summary>
internal static class JsonProblems
{
    public static Task WriteAsync(HttpContext context)
    {
        var result = context.Features.Get<IExceptionHandlerFeature>()?.Error switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                Results.ValidationProblem(new Dictionary<string, string[]> { [json.Path ?? "$"] = [json.Message] }),
            // A route or query value that is no valid id: the value may be personal data, so it is not repeated.
            BadHttpRequestException bad => Results.Problem(statusCode: bad.StatusCode),
            _ => Results.Problem(),
        };
        return result.ExecuteAsync(context);
    }
}
