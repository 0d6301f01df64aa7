using Vigil.Storage.Mentions;

namespace Vigil.Web.Api;

/// <summary>A statement as one report quotes it, with the clustered statement it belongs to.</summary>
internal sealed record ReportStatementResponse(Guid Id, Guid? StatementId, string Speaker, string? SpeakerRole, string? Date, string? Source, string Quote, SpanResponse Evidence)
{
    public static ReportStatementResponse Of(StatementMention s, string body) =>
        new(s.Id, s.StatementId, s.Speaker, s.SpeakerRole, s.Date, s.Outlet, s.Quote, ReportMentionResponse.Span(body, s.EvidenceStart, s.EvidenceEnd));
}
