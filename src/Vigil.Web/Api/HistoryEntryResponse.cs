namespace Vigil.Web.Api;

/// <summary>One audit-log entry about a subject: its place in the chain, when, who and what.</summary>
internal sealed record HistoryEntryResponse(long Sequence, DateTime At, string Actor, string Action);
