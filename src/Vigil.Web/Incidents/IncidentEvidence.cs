using Vigil.Storage.Incidents;
using Vigil.Web.Spans;

namespace Vigil.Web.Incidents;

/// <summary>An incident's detail with each mention's evidence laid out in its report's text (for the incident page and the review queue).</summary>
public sealed record IncidentEvidence(IncidentDetail Detail, IReadOnlyDictionary<Guid, EvidenceExcerpt> Excerpts)
{
    /// <summary>Lays out every listed mention's evidence, with the field spans stored with its report's extraction inside it.</summary>
    public static async Task<IncidentEvidence> OfAsync(IncidentDetail detail, ReportSpans spans, CancellationToken cancellationToken = default)
    {
        var fields = new Dictionary<string, List<Highlight>>();
        var excerpts = new Dictionary<Guid, EvidenceExcerpt>();
        foreach (var m in detail.Mentions)
        {
            var body = detail.Bodies[m.ReportId];
            if (!fields.TryGetValue(m.ReportId, out var found))
            {
                found = fields[m.ReportId] = (await spans.FieldsAsync(m.ReportId, body, m.Published, null, cancellationToken)).Fields;
            }

            excerpts[m.Mention.Id] = EvidenceExcerpt.Around(body, m.Mention.EvidenceStart, m.Mention.EvidenceEnd, $"evidence of this incident ({m.Mention.Type}, {m.Source ?? "unattributed"})", found);
        }

        return new IncidentEvidence(detail, excerpts);
    }
}
