using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Vigil.Storage;

namespace Vigil.Web.Api;

/// <summary>
/// The one place where the API's expected failures become RFC 9457 ProblemDetails: a query or body value that
/// does not bind (400, naming the parameter), an invalid value (400), something that is not there (404), a
/// conflict (409). Bare status codes (401, 403, 405) get a ProblemDetails body from the status-code pages.
/// </summary>
internal static partial class ApiProblems
{
    /// <summary>404 for <paramref name="what"/> ("incident 0190…").</summary>
    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no {what}");

    /// <summary>409 with the reason.</summary>
    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    /// <summary>400 naming the parameter (as the API spells it) and what is wrong with its value.</summary>
    public static ValidationProblem Invalid(string parameter, string problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [problem] }, detail: $"{parameter}: {problem}", title: "Invalid request");

    /// <summary>
    /// The one mapping of an operation's refusal (<see cref="Outcome"/>) to ProblemDetails: Invalid → 400 with
    /// <c>errors</c> naming the field (the same body as <see cref="Invalid"/>), NotFound → 404, Conflict → 409.
    /// Only for refusals: a succeeded outcome is the endpoint's own answer.
    /// </summary>
    public static ProblemHttpResult Of(Outcome outcome) => outcome.Kind switch
    {
        OutcomeKind.Invalid => TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid request",
            detail: outcome.ToString(),
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [outcome.Field ?? "request"] = [outcome.Message] } }),
        OutcomeKind.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: outcome.Message),
        OutcomeKind.Conflict => Conflict(outcome.Message),
        _ => throw new ArgumentException("a succeeded outcome is not a problem", nameof(outcome)),
    };

    /// <summary>Documents the answers <see cref="Of"/> gives (400, 404, 409 as ProblemDetails) on an endpoint that maps an outcome.</summary>
    public static RouteHandlerBuilder ProducesOutcomeProblems(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>400 when <paramref name="page"/> is given and below 1; null when it is fine.</summary>
    public static ValidationProblem? InvalidPage(int? page) => page is < 1 ? Invalid("page", "must be 1 or more") : null;

    /// <summary>
    /// Turns a value that does not bind (<c>from=2024-13-45</c>, <c>page=two</c>, a malformed JSON body) into a 400
    /// ProblemDetails naming the parameter, instead of an empty 400. Nothing is logged: the value is the caller's own
    /// and may be a name someone searched for.
    /// </summary>
    public static async Task HandleBindingFailuresAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted && context.Request.Path.StartsWithSegments("/api"))
        {
            var match = BindFailure().Match(e.Message);
            var parameter = match.Success ? char.ToLowerInvariant(match.Groups["name"].Value[0]) + match.Groups["name"].Value[1..] : "request";
            var problem = match.Success && match.Groups["value"].Success
                ? $"'{match.Groups["value"].Value}' is not a valid {Describe(match.Groups["type"].Value)}"
                : parameter == "body" ? "the body is not the JSON object this operation takes" : "missing or not valid";
            context.Response.Clear();
            await Invalid(parameter, problem).ExecuteAsync(context);
        }
    }

    // The type as the message spells it: "DateOnly?", "Nullable<DateOnly>", "int" or "Int32".
    private static string Describe(string type) =>
        type.Contains("DateOnly", StringComparison.Ordinal) ? "date (YYYY-MM-DD)"
        : type.Contains("Guid", StringComparison.Ordinal) ? "id (a UUID)"
        : type.Contains("Int", StringComparison.OrdinalIgnoreCase) ? "whole number"
        : type.Contains("Bool", StringComparison.OrdinalIgnoreCase) ? "true or false"
        : "value";

    // ASP.NET Core's messages: 'Failed to bind parameter "DateOnly? From" from "2024-13-45".',
    // 'Required parameter "string Text" was not provided from …', 'Failed to read parameter "X body" from the request body as JSON.'
    [GeneratedRegex("""parameter "(?<type>[^" ]+) (?<name>[A-Za-z_][A-Za-z0-9_]*)"(?: from "(?<value>[^"]*)")?""")]
    private static partial Regex BindFailure();
}
