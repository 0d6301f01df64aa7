using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Extractions;
using Vigil.Storage.Mentions;
using Vigil.Storage.Persons;
using Vigil.Storage.Reports;
using Vigil.Storage.Sources;

namespace Vigil.Storage.Ingest;

/// <summary>
/// The rows one ingest batch writes, gathered while its files are turned into rows and then inserted table by table
/// (<see cref="BulkRows"/>), without EF's change tracker: about seventeen rows a news report, which through
/// <c>SaveChanges</c> cost more of the writer's time than anything else.
/// </summary>
internal sealed class BatchRows
{
    public List<Source> Sources { get; } = [];

    public List<Report> Reports { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<StatementMention> StatementMentions { get; } = [];

    public List<PersonMention> PersonMentions { get; } = [];

    public List<ReportExtraction> Extractions { get; } = [];

    /// <summary>The batch's audit entries, in chain order (<see cref="AuditLog.Collected"/>).</summary>
    public List<AuditEntry> Audit { get; } = [];

    // The reports' stored words (reports.search_vector, outside the EF model), made in the client.
    private static readonly BulkRows.ExtraColumn<Report> SearchVector = new("search_vector", r => ReportWords.Vector(r.Title, r.Body));

    public void Clear()
    {
        Sources.Clear();
        Reports.Clear();
        Mentions.Clear();
        StatementMentions.Clear();
        PersonMentions.Clear();
        Extractions.Clear();
        Audit.Clear();
    }

    /// <summary>
    /// Inserts every row but the audit entries, in the order the foreign keys need (sources, reports, then what points at
    /// them). Within a table the rows go in by primary key, the order EF's <c>SaveChanges</c> used: a later read without an
    /// ORDER BY sees rows in the order they were inserted, and person linking's choices follow that order, so the stored
    /// result stays the same as before.
    /// With <paramref name="reportWords"/> (a PostgreSQL store that passed <see cref="ReportWordsCheck"/>) the reports'
    /// <c>COPY</c> carries each report's words made by <see cref="ReportWords"/>; a report they refuse goes without, and the
    /// server's trigger makes its words.
    /// </summary>
    public async Task InsertAsync(VigilDbContext db, bool reportWords, CancellationToken cancellationToken)
    {
        await BulkRows.InsertAsync(db, [.. Sources.OrderBy(r => r.Id)], cancellationToken);
        await BulkRows.InsertAsync(db, [.. Reports.OrderBy(r => r.Id, StringComparer.Ordinal)], reportWords ? SearchVector : null, cancellationToken);
        await BulkRows.InsertAsync(db, [.. Mentions.OrderBy(r => r.Id)], cancellationToken);
        await BulkRows.InsertAsync(db, [.. StatementMentions.OrderBy(r => r.Id)], cancellationToken);
        await BulkRows.InsertAsync(db, [.. PersonMentions.OrderBy(r => r.Id)], cancellationToken);
        await BulkRows.InsertAsync(db, [.. Extractions.OrderBy(r => r.ReportId, StringComparer.Ordinal)], cancellationToken);
    }
}
