using System.Text.Json;

namespace Vigil.Web.Tests.Api;

/// <summary>The OpenAPI document is a contract client generators can rely on: Redocly's recommended rules pass.</summary>
public sealed class OpenApiDocumentTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public OpenApiDocumentTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Redocly_lint_finds_no_errors()
    {
        var client = await _factory.ClientAsync("viewer");
        var document = await client.GetStringAsync("/api/v1/openapi.json");
        var folder = await NodeTools.EnsureInstalledAsync();
        var file = Path.Combine(_factory.DataDirectory, "openapi.json");
        await File.WriteAllTextAsync(file, document);

        var (code, output) = await NodeTools.RunAsync("node", [Path.Combine(folder, "node_modules", "@redocly", "cli", "bin", "cli.js"), "lint", file, "--config", Path.Combine(folder, "redocly.yaml"), "--format", "stylish"], TimeSpan.FromMinutes(2));

        Assert.True(code == 0, "redocly lint reported errors:\n" + output);
    }

    [Fact]
    public async Task Every_operation_has_an_id_and_the_bearer_scheme()
    {
        var client = await _factory.ClientAsync("viewer");
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json"));
        var root = document.RootElement;

        Assert.Equal("http", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("type").GetString());
        var ids = root.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Select(operation => operation.Value.GetProperty("operationId").GetString())
            .ToList();
        Assert.Contains("listIncidents", ids);
        Assert.Contains("getIncident", ids);
        Assert.Contains("listPersons", ids);
        Assert.Contains("getPerson", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Query_parameters_are_documented_by_the_lower_case_names_the_docs_use()
    {
        var client = await _factory.ClientAsync("viewer");
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json"));
        var paths = document.RootElement.GetProperty("paths");

        static IEnumerable<string> QueryNames(JsonElement operation) =>
            operation.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!)
                : [];

        Assert.Equal(
            ["type", "from", "to", "province", "source", "status", "corroboration", "q", "page", "after", "before"],
            QueryNames(paths.GetProperty("/api/v1/incidents").GetProperty("get")));
        Assert.Equal(
            ["from", "to", "type", "province", "status", "corroboration", "bom"],
            QueryNames(paths.GetProperty("/api/v1/exports/incidents.csv").GetProperty("get")));
        Assert.All(
            paths.EnumerateObject().SelectMany(path => path.Value.EnumerateObject()).SelectMany(operation => QueryNames(operation.Value)),
            name => Assert.False(char.IsUpper(name[0]), $"query parameter '{name}' is not lower case"));
    }

    [Fact]
    public async Task The_incident_list_documents_its_cursors_beside_the_page_number()
    {
        var client = await _factory.ClientAsync("viewer");
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/openapi.json"));
        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/v1/incidents").GetProperty("get");
        var reference = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
        var schema = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(reference.Split('/')[^1]);

        Assert.Equal(["total", "more", "page", "pageSize", "items", "next", "previous"], schema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Contains("`after=` the `next` value of a page gives the page after it", operation.GetProperty("description").GetString());
        Assert.Contains("`page=` (1-based, at most 200) still reads a page by number", operation.GetProperty("description").GetString());
    }
}
