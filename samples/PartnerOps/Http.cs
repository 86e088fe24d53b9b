using System;
using System.Globalization;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PartnerRules;

namespace PartnerOps;

/// <summary>Creates a partner-originated opportunity as a draft.</summary>
/// <param name="Id">The opportunity's id in your CRM.</param>
public sealed record NewOpportunity(OpportunityId Id);

/// <summary>Offers a Huawei-originated opportunity to the partner in the route.</summary>
/// <param name="Opportunity">The opportunity's id.</param>
public sealed record NewOffer(OpportunityId Opportunity);

/// <summary>Requests the return of an invoice.</summary>
/// <param name="Invoice">The invoice.</param>
/// <param name="Kind">Special VAT, electronic or paper ordinary: it decides the steps and deadlines.</param>
public sealed record NewInvoiceReturn(InvoiceId Invoice, InvoiceKind Kind);

/// <summary>The optional body of a trigger: rejections, declines and losses need a reason.</summary>
/// <param name="Reason">Why.</param>
public sealed record Because(string? Reason);

/// <summary>
/// The revision a write expects, from the <c>If-Match</c> header (the <c>ETag</c> a read returned): a write without
/// one is refused with 428, and a write whose revision is no longer stored with 409 and nothing written.
/// </summary>
/// <param name="Revision">The lifecycle's revision as the client read it.</param>
public readonly record struct IfMatch(long Revision)
{
    private static readonly JsonSerializerOptions Json = PartnerRulesJson.CreateOptions();

    /// <summary>Reads the header; minimal APIs call it for every parameter of this type.</summary>
    /// <param name="http">The request.</param>
    public static ValueTask<IfMatch> BindAsync(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (header.Length == 0)
        {
            throw new BadHttpRequestException("This write needs an If-Match header: the ETag of the lifecycle as you last read it.", StatusCodes.Status428PreconditionRequired);
        }

        if (header.Length < 3 || header[0] != '"' || header[^1] != '"'
            || !long.TryParse(header.AsSpan(1, header.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var revision))
        {
            throw new BadHttpRequestException("If-Match must hold one ETag as a read returned it, such as \"3\".", StatusCodes.Status400BadRequest);
        }

        return ValueTask.FromResult(new IfMatch(revision));
    }

    /// <summary>The edit as a command name for its idempotency key: the same key with another form is refused (the store hashes it).</summary>
    /// <param name="form">The form sent.</param>
    public static string Edit(OpportunityForm form) => "edit:" + JsonSerializer.Serialize(form, Json);
}

/// <summary>Reading and answering lifecycle requests: who asks, and the revision as the <c>ETag</c>.</summary>
public static class LifecycleHttp
{
    /// <summary>Who makes the change (<c>X-Actor</c>), the request that carried it, and the client's <c>Idempotency-Key</c>.</summary>
    /// <param name="http">The request.</param>
    public static CommandContext Command(this HttpContext http) =>
        new(Header(http, "X-Actor"), http.TraceIdentifier, Header(http, "Idempotency-Key"));

    /// <summary>The same, for a write that names the revision its client read: the store refuses it (409) when it holds another.</summary>
    /// <param name="http">The request.</param>
    /// <param name="expected">The <c>If-Match</c> revision.</param>
    public static CommandContext Command(this HttpContext http, IfMatch expected) =>
        http.Command() with { ExpectedRevision = expected.Revision };

    /// <summary>201 with the new lifecycle's <c>Location</c> and <c>ETag</c>.</summary>
    /// <param name="http">The request.</param>
    /// <param name="collection">The path of the lifecycle's collection.</param>
    /// <param name="outcome">What the store kept.</param>
    public static IResult Created(this HttpContext http, string collection, CommandOutcome outcome) =>
        Results.Created($"{collection}/{outcome.Key}", Stamp(http, outcome));

    /// <summary>200 with the new revision as the <c>ETag</c>.</summary>
    /// <param name="http">The request.</param>
    /// <param name="outcome">What the store kept.</param>
    public static IResult Written(this HttpContext http, CommandOutcome outcome) => Results.Ok(Stamp(http, outcome));

    /// <summary>200 with the lifecycle's snapshot and its revision as the <c>ETag</c>.</summary>
    /// <param name="http">The request.</param>
    /// <param name="lifecycle">The lifecycle.</param>
    public static IResult Read(this HttpContext http, ILifecycle lifecycle)
    {
        http.Response.Headers.ETag = ETag(lifecycle.Revision);
        return Results.Ok<object>(lifecycle.ToSnapshot());
    }

    private static CommandOutcome Stamp(HttpContext http, CommandOutcome outcome)
    {
        http.Response.Headers.ETag = ETag(outcome.Revision);
        if (outcome.Replayed)
        {
            http.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return outcome;
    }

    private static string ETag(long revision) => string.Create(CultureInfo.InvariantCulture, $"\"{revision}\"");

    private static string? Header(HttpContext http, string name) =>
        http.Request.Headers[name].ToString() is { Length: > 0 } value ? value : null;
}
