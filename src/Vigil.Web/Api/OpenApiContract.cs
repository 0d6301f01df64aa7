using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Vigil.Web.Api;

/// <summary>
/// What the generated OpenAPI document needs to be a contract client generators can rely on (Redocly's recommended
/// rules pass: <c>tests/Vigil.Web.Tests/Api/OpenApiDocumentTests</c>): a description and licence, the two ways to
/// authenticate (a bearer API token; the browser's session cookie), every operation's 401 and 403, a 400 with
/// ProblemDetails wherever a parameter can be malformed, and query parameters named in lower case.
/// </summary>
internal static class OpenApiContract
{
    /// <summary>The licence the API document states (the project's).</summary>
    public const string Licence = "AGPL-3.0-or-later";

    public static void Configure(OpenApiOptions options)
    {
        options.AddDocumentTransformer((document, context, cancellationToken) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Vigil API",
                Version = "v1",
                Description = "Reports, incidents (deduplicated across reports, every figure attributed to its source), statements, sources, evidence and exports. " +
                    "Every list answers {total, more, page, pageSize, items} and takes page (1-based). Errors are RFC 9457 ProblemDetails; a malformed parameter answers 400 naming it.",
                License = new OpenApiLicense { Name = Licence, Identifier = Licence },
            };

            // Relative: the document is served by the instance it describes, whatever its address.
            document.Servers = [new OpenApiServer { Url = "/", Description = "this Vigil instance" }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API token made on /account/tokens: acts as its user, with the user's role.",
            };
            document.Components.SecuritySchemes["session"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "vigil_session",
                Description = "The browser's session cookie (the web app's own scripts).",
            };
            document.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("session", document)] = [] },
            ];
            return Task.CompletedTask;
        });

        options.AddOperationTransformer((operation, context, cancellationToken) =>
        {
            operation.Responses ??= new OpenApiResponses();
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Not signed in: no valid token or session." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Signed in, but the role may not do this." });

            // [AsParameters] records bind query names case-insensitively, but the document took their property names
            // ("Type", "Corroboration", "Page") while the other lists document "page" and "q": the contract's names are
            // lower case (docs/web.md), so a generated client sends what the documentation shows.
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter is { In: ParameterLocation.Query, Name: [var first, ..] name } && char.IsUpper(first))
                {
                    parameter.Name = char.ToLowerInvariant(first) + name[1..];
                }
            }

            return Task.CompletedTask;
        });
    }
}
