using System.Text.Json;

namespace Vigil.Web.Api;

/// <summary>An evidence file's record: its SHA-256 id, the report it belongs to, name, type, size and extracted metadata (an object).</summary>
internal sealed record EvidenceResponse(string Id, string? ReportId, string? FileName, string MediaType, long Bytes, JsonElement Metadata, DateTime IngestedAt);
