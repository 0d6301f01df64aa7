using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Vigil.Core;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Incidents;
using Vigil.Core.Reports;
using Vigil.Storage.Audit;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Evidence;
using Vigil.Storage.Extractions;
using Vigil.Storage.Incidents;
using Vigil.Storage.Media;
using Vigil.Storage.Mentions;
using Vigil.Storage.Persons;
using Vigil.Storage.Postgres;
using Vigil.Storage.Reports;
using Vigil.Storage.Sources;
using Vigil.Storage.Statements;

namespace Vigil.Storage.Ingest;

/// <summary>
/// Stores reports and evidence files: original bytes to the blob store, text and metadata to the
/// database, one audit entry per stored row. Files are read, hashed and parsed in parallel, then
/// written in order in batches; a batch is one transaction, so a process killed at any point
/// leaves each report whole or absent. A file that cannot be ingested is reported and skipped;
/// the others still go in.
/// </summary>
public sealed class IngestFiles
{
    private readonly VigilDbContext _db;
    private readonly BlobStore _blobs;
    private readonly TimeProvider _clock;
    private readonly IngestOptions _options;
    private readonly AuditLog _audit;
    private readonly GroupMedia _grouping;
    private readonly List<string> _newFingerprints = [];
    private readonly Dictionary<string, Guid> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reportsByStem = new(StringComparer.Ordinal);
    private readonly BatchRows _rows = new();
    private int _unclustered;

    // Whether this store's reports are written with their words (ReportWordsCheck), asked before the first batch's write.
    private bool? _reportWords;
    private long _clustered;

    /// <summary>Creates the operation over one database and blob store.</summary>
    public IngestFiles(VigilDbContext db, BlobStore blobs, TimeProvider clock, IngestOptions? options = null)
    {
        _db = db;
        _blobs = blobs;
        _clock = clock;
        _options = options ?? new IngestOptions();
        _audit = new AuditLog(db, clock);
        _grouping = new GroupMedia(db, clock);
    }

    /// <summary>
    /// Ingests the files and folders in <paramref name="paths"/>. <paramref name="onPlanned"/> hears how
    /// many files were found; <paramref name="onOutcome"/> hears about each file, in order.
    /// </summary>
    public async Task<IngestSummary> RunAsync(IEnumerable<string> paths, string actor, Action<IngestOutcome>? onOutcome = null, Action<int>? onPlanned = null, CancellationToken cancellationToken = default)
    {
        var (files, problems) = IngestPlan.Collect(paths, _options.FollowSymlinks);
        onPlanned?.Invoke(files.Count + problems.Count);
        return await RunAsync(files, problems, actor, onOutcome, cancellationToken);
    }

    /// <summary>
    /// Ingests reports and evidence held in memory (reports first, in the order given), on the same path as files:
    /// an item whose name is neither a report nor evidence fails with the reason. <paramref name="onOutcome"/> hears
    /// about each item; its <see cref="IngestOutcome.Path"/> is the item's file name.
    /// </summary>
    public async Task<IngestSummary> RunAsync(IReadOnlyList<IngestItem> items, string actor, Action<IngestOutcome>? onOutcome = null, CancellationToken cancellationToken = default)
    {
        var files = new List<IngestFile>(items.Count);
        var problems = new List<IngestOutcome>();
        foreach (var item in items)
        {
            var name = Path.GetFileName(item.FileName);
            var kind = IngestPlan.KindOf(name);
            if (kind == IngestPlan.OtherKind)
            {
                problems.Add(new IngestOutcome(name, kind, IngestStatus.Failed, null, IngestPlan.Unsupported(name), item.Content.Length));
                continue;
            }

            files.Add(new IngestFile(name, kind, item.Content, item.Metadata, item.ReportId));
        }

        return await RunAsync([.. files.Where(f => f.Kind == IngestPlan.ReportKind), .. files.Where(f => f.Kind != IngestPlan.ReportKind)], problems, actor, onOutcome, cancellationToken);
    }

    private async Task<IngestSummary> RunAsync(List<IngestFile> files, List<IngestOutcome> problems, string actor, Action<IngestOutcome>? onOutcome, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        int stored = 0, already = 0, skipped = 0, failed = 0;
        long bytes = 0;

        void Report(IngestOutcome outcome)
        {
            switch (outcome.Status)
            {
                case IngestStatus.Stored: stored++; bytes += outcome.Bytes; break;
                case IngestStatus.AlreadyStored: already++; break;
                case IngestStatus.Skipped: skipped++; break;
                default: failed++; break;
            }

            onOutcome?.Invoke(outcome);
        }

        foreach (var problem in problems)
        {
            Report(problem);
        }

        // The next batch is read, hashed and extracted while this one is written: the database
        // writer and the extraction threads overlap instead of waiting for each other.
        var batches = Enumerable.Range(0, (files.Count + _options.BatchSize - 1) / _options.BatchSize)
            .Select(b => files.GetRange(b * _options.BatchSize, Math.Min(_options.BatchSize, files.Count - b * _options.BatchSize))).ToList();
        var next = batches.Count > 0 ? PrepareAsync(batches[0], cancellationToken) : null;
        if (_options.Cluster && batches.Count > 1)
        {
            // Rounds in the middle of the run grow with the store (RoundSize); counted once, before any batch is written.
            _clustered = await _db.Mentions.LongCountAsync(m => m.IncidentId != null, cancellationToken);
        }

        var storedStatements = false;
        for (var b = 0; b < batches.Count; b++)
        {
            var waited = Stopwatch.StartNew();
            var prepared = await next!;
            Timings.WaitingForExtraction += waited.Elapsed;
            next = b + 1 < batches.Count ? PrepareAsync(batches[b + 1], cancellationToken) : null;
            List<IngestOutcome> outcomes;
            try
            {
                outcomes = await WriteAsync(prepared, actor, cancellationToken);
            }
            catch (Exception ex) when (IsDatabaseUnavailable(ex))
            {
                // The transaction was rolled back with the connection: nothing of this batch is stored.
                // The run stops here; ingest again to resume (stored reports are recognised and skipped).
                if (next is not null)
                {
                    await next.ContinueWith(_ => { }, TaskScheduler.Default);
                }

                // A template with its values (not a string built here), so the submit page can say it in Persian.
                UserMessage reason = $"database unavailable ({ex.GetType().Name}): this batch of {prepared.Length} files was not written; run ingest again to resume";
                foreach (var file in prepared)
                {
                    Report(new IngestOutcome(file.File.Path, file.File.Kind, IngestStatus.Failed, file.Id, reason, file.Bytes));
                }

                foreach (var file in batches.Skip(b + 1).SelectMany(f => f))
                {
                    Report(new IngestOutcome(file.Path, file.Kind, IngestStatus.Failed, null, "not attempted: the database became unavailable; run ingest again to resume", 0));
                }

                return new IngestSummary(stored, already, skipped, failed, bytes, watch.Elapsed);
            }

            foreach (var outcome in outcomes)
            {
                storedStatements |= outcome.Status == IngestStatus.Stored && outcome.Kind == IngestPlan.ReportKind;
                Report(outcome);
            }

            var last = b == batches.Count - 1;
            if (_options.Cluster && (last || (_unclustered > 0 && _unclustered >= RoundSize)))
            {
                try
                {
                    await ClusterPendingAsync(actor, cancellationToken);
                }
                catch (Exception ex) when (IsDatabaseUnavailable(ex))
                {
                    // The batches written stay written; their mentions wait for the next ingest (or recluster) to be clustered.
                    if (next is not null)
                    {
                        await next.ContinueWith(_ => { }, TaskScheduler.Default);
                    }

                    foreach (var file in batches.Skip(b + 1).SelectMany(f => f))
                    {
                        Report(new IngestOutcome(file.Path, file.Kind, IngestStatus.Failed, null, "not attempted: the database became unavailable while clustering incidents; run ingest again to resume", 0));
                    }

                    return new IngestSummary(stored, already, skipped, failed, bytes, watch.Elapsed);
                }
            }
        }

        if (_options.Cluster && storedStatements && _options.Pipeline is not null)
        {
            // Statements are clustered once per run, not per batch: a speaker quoted in every batch would
            // otherwise be re-clustered (all of their quotes) as often as there are batches. Mentions a
            // killed run left unclustered are picked up here by the next run, or by recluster.
            OnPhase?.Invoke("clustering statements");
            var clustering = Stopwatch.StartNew();
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            _audit.Reset();
            await new ClusterStatements(_db, _clock).UpdatePendingAsync(_audit, actor, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _db.ChangeTracker.Clear();
            Timings.Statements += clustering.Elapsed;

            // Persons likewise once per run, after the incidents their mentions' incident links point to.
            OnPhase?.Invoke("linking persons");
            var persons = Stopwatch.StartNew();
            await using var linking = await _db.Database.BeginTransactionAsync(cancellationToken);
            _audit.Reset();
            await new LinkPersons(_db, _clock).UpdatePendingAsync(_audit, actor, cancellationToken);
            await linking.CommitAsync(cancellationToken);
            _db.ChangeTracker.Clear();
            Timings.Persons += persons.Elapsed;
        }

        return new IngestSummary(stored, already, skipped, failed, bytes, watch.Elapsed);
    }

    /// <summary>Where the time of the last run went (for <c>vigil bench ingest</c> and docs/scaling.md).</summary>
    public IngestTimings Timings { get; } = new();

    /// <summary>
    /// Hears what the run is doing while it stores no files ("clustering incidents", "clustering statements", "linking
    /// persons") and "ingest" when it goes back to storing them: a progress bar that would otherwise stand still says why.
    /// </summary>
    public Action<string>? OnPhase { get; set; }

    /// <summary>
    /// Mentions to gather before a clustering round in the middle of a run: at least <see cref="IngestOptions.ClusterRound"/>,
    /// and at least as many as the store already holds in incidents. A round re-clusters every stored mention its new
    /// mentions' blocks connect to, which on a store of a few places can be most of the store, so rounds of a fixed size
    /// cost the square of the run; rounds that grow with the store cost a small multiple of one pass over it.
    /// </summary>
    private long RoundSize => Math.Max(_options.ClusterRound, _clustered);

    /// <summary>
    /// Clusters every mention not yet in an incident: this run's since the last round, and any that a stopped run or an
    /// ingest with <c>--no-cluster</c> left behind. One transaction per incident family, since mentions of different
    /// families never share a block (and so never influence each other's incidents): a round holds one family's blocks
    /// in memory at a time. The incidents do not depend on how mentions are grouped into rounds (one report per run,
    /// all at once and recluster agree: IncrementalClusteringTests), so rounds change only the cost and how soon
    /// incidents appear.
    /// </summary>
    private async Task ClusterPendingAsync(string actor, CancellationToken cancellationToken)
    {
        OnPhase?.Invoke("clustering incidents");
        var clustering = Stopwatch.StartNew();
        var types = await _db.Mentions.AsNoTracking().Where(m => m.IncidentId == null && !m.Pinned).Select(m => m.Type).Distinct().ToListAsync(cancellationToken);
        var incidents = new ClusterIncidents(_db, _clock, _options.Clustering) { Timings = Timings.Clustering };
        foreach (var family in types.GroupBy(t => IncidentClusterer.FamilyOf(ExtractionJson.ParseType(t) ?? Core.Extraction.Incidents.IncidentType.Other)).OrderBy(g => g.Key))
        {
            var names = family.Order(StringComparer.Ordinal).ToList();
            await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
            _audit.Reset();

            // Our turn at the audit chain first: another writer clustering the same pending mentions waits for this commit and then finds them clustered.
            await _audit.HoldAsync(cancellationToken);
            _clustered += (await incidents.UpdateAsync(names, _audit, actor, cancellationToken)).Pending;

            var committing = Stopwatch.StartNew();
            await transaction.CommitAsync(cancellationToken);
            Timings.Clustering.Committing += committing.Elapsed;
            _db.ChangeTracker.Clear();
        }

        _unclustered = 0;
        Timings.Rounds++;
        Timings.Incidents += clustering.Elapsed;
        OnPhase?.Invoke("ingest");
    }

    private Task<PreparedFile[]> PrepareAsync(List<IngestFile> batch, CancellationToken cancellationToken) => Task.Run(() =>
    {
        var watch = Stopwatch.StartNew();
        var prepared = new PreparedFile[batch.Count];
        Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism), CancellationToken = cancellationToken },
            i => prepared[i] = Prepare(batch[i]));
        lock (Timings)
        {
            Timings.Extraction += watch.Elapsed;
        }

        return prepared;
    }, cancellationToken);

    /// <summary>
    /// The connection to the database broke (a server restart, a network cut): the batch's transaction is gone
    /// with it. Errors about the data itself (a constraint) are not this.
    /// </summary>
    internal static bool IsDatabaseUnavailable(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case System.Net.Sockets.SocketException or IOException or TimeoutException:
                    return true;
                case System.Data.Common.DbException db when db.SqlState is { } state && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal)):
                    // connection_exception, or the server shutting down / restarting (admin_shutdown, crash_shutdown, cannot_connect_now).
                    return true;
                case System.Data.Common.DbException db when db.SqlState is null && db.GetType().Name == "NpgsqlException":
                    // Npgsql's own exception without a server error code: the connection itself failed.
                    return true;
            }
        }

        return false;
    }

    private PreparedFile Prepare(IngestFile file)
    {
        try
        {
            var length = file.Length;
            return file.Kind == IngestPlan.ReportKind ? PrepareReport(file, length) : PrepareEvidence(file, length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new PreparedFile { File = file, Error = $"cannot read: {ex.Message}" };
        }
    }

    private PreparedFile PrepareReport(IngestFile file, long length)
    {
        if (length > _options.MaxReportBytes)
        {
            return new PreparedFile { File = file, Bytes = length, Error = ReportLimits.TooLarge(length, _options.MaxReportBytes) };
        }

        var bytes = file.ReadAllBytes();
        var id = BlobStore.IdOf(bytes);
        var format = ReportReader.FormatOf(file.Path)!.Value;
        var read = ReportReader.Read(bytes, format, _options.MaxReportBytes);
        if (!read.Succeeded)
        {
            return new PreparedFile { File = file, Id = id, Bytes = bytes.Length, Error = read.Problem };
        }

        _blobs.Put(id, bytes);
        var content = file.Metadata is { } given ? read.Content with { Metadata = Over(read.Content.Metadata, given) } : read.Content;
        var extraction = _options.Pipeline?.Run(content.Body, content.Metadata.Published, content.Metadata.Language, content.Metadata.Source);
        return new PreparedFile { File = file, Id = id, Bytes = bytes.Length, Report = content, Extraction = extraction };
    }

    // Metadata given beside an in-memory report wins, value by value, over what its bytes say.
    private static ReportMetadata Over(ReportMetadata read, ReportMetadata given) => new(
        Clean(given.Title) ?? read.Title,
        Clean(given.Source) ?? read.Source,
        given.Published ?? read.Published,
        Clean(given.Url) ?? read.Url,
        Clean(given.Language)?.ToLowerInvariant() ?? read.Language);

    private static string? Clean(string? value) =>
        value?.Replace('\r', ' ').Replace('\n', ' ').Trim() is { Length: > 0 } clean ? clean : null;

    private PreparedFile PrepareEvidence(IngestFile file, long length)
    {
        if (length == 0)
        {
            return new PreparedFile { File = file, Error = "empty file" };
        }

        if (length > _options.MaxEvidenceBytes)
        {
            return new PreparedFile { File = file, Bytes = length, Error = $"too large: {length / 1048576.0:0} MB, the limit for evidence is {_options.MaxEvidenceBytes / 1048576.0:0} MB" };
        }

        string id;
        using (var stream = file.OpenRead())
        {
            id = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        if (!_blobs.Exists(id))
        {
            var bytes = file.ReadAllBytes();
            if (BlobStore.IdOf(bytes) != id)
            {
                return new PreparedFile { File = file, Error = "file changed while it was being read" };
            }

            _blobs.Put(id, bytes);
        }

        string metadata;
        if (file.Content is null)
        {
            metadata = EvidenceMetadata.Read(file.Path);
        }
        else
        {
            using var stream = file.OpenRead();
            metadata = EvidenceMetadata.Read(stream);
        }

        // From the stored blob, not the caller's file: the bytes fingerprinted are the bytes kept.
        var media = _options.Media?.ReadAsync(_blobs.PathOf(id), metadata).GetAwaiter().GetResult();
        return new PreparedFile { File = file, Id = id, Bytes = length, MetadataJson = _options.StripLocation ? LocationMetadata.Strip(metadata) : metadata, Media = media };
    }

    private async Task<List<IngestOutcome>> WriteAsync(PreparedFile[] prepared, string actor, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteBatchAsync(prepared, actor, cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException && !IsDatabaseUnavailable(ex))
        {
            // Another writer got there first (same report, or the same audit sequence number):
            // start again from what is now stored, one file per transaction.
            _db.ChangeTracker.Clear();
            _audit.Reset();
            _sources.Clear();
            _grouping.Reset();
            var outcomes = new List<IngestOutcome>();
            foreach (var file in prepared)
            {
                outcomes.AddRange(await WriteBatchAsync([file], actor, cancellationToken));
            }

            return outcomes;
        }
    }

    private async Task<List<IngestOutcome>> WriteBatchAsync(PreparedFile[] prepared, string actor, CancellationToken cancellationToken)
    {
        var ids = prepared.Where(p => p.Error is null).Select(p => p.Id!).Distinct().ToList();
        var reportIds = prepared.Where(p => p.Report is not null).Select(p => p.Id!).ToList();
        var evidenceIds = prepared.Where(p => p.MetadataJson is not null).Select(p => p.Id!).ToList();
        var existing = new HashSet<string>(StringComparer.Ordinal);
        if (reportIds.Count > 0)
        {
            existing.UnionWith(await _db.Reports.AsNoTracking().Where(r => reportIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken));
        }

        if (evidenceIds.Count > 0)
        {
            existing.UnionWith(await _db.Evidence.AsNoTracking().Where(e => evidenceIds.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken));
        }

        var rows = Stopwatch.StartNew();
        var outcomes = new List<IngestOutcome>(prepared.Length);
        var now = AuditChain.Truncate(_clock.GetUtcNow().UtcDateTime);
        _reportWords ??= await ReportWordsCheck.PassesAsync(_db, cancellationToken);
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        _audit.Reset();
        _rows.Clear();
        _audit.Collected = _rows.Audit;
        _newFingerprints.Clear();
        foreach (var file in prepared)
        {
            if (file.Error is not null)
            {
                outcomes.Add(new IngestOutcome(file.File.Path, file.File.Kind, IngestStatus.Failed, file.Id, file.Error, file.Bytes));
                continue;
            }

            var id = file.Id!;
            if (file.Report is { } content)
            {
                RememberStem(file.File.Path, id);
                if (!existing.Add(id))
                {
                    outcomes.Add(new IngestOutcome(file.File.Path, file.File.Kind, IngestStatus.AlreadyStored, id, "already stored", file.Bytes));
                    continue;
                }

                var report = new Report
                {
                    Id = id,
                    SourceId = content.Metadata.Source is { } source ? await SourceIdAsync(source, actor, now, cancellationToken) : null,
                    SubmitterId = _options.SubmitterId,
                    FileName = Path.GetFileName(file.File.Path),
                    Format = content.Format.ToString().ToLowerInvariant(),
                    Title = content.Metadata.Title,
                    Published = content.Metadata.Published,
                    Url = content.Metadata.Url,
                    Language = content.Metadata.Language,
                    Body = content.Body,
                    WordCount = content.WordCount,
                    ByteLength = file.Bytes,
                    IngestedAt = now,
                };
                _rows.Reports.Add(report);
                await _audit.AppendAsync(actor, "report.stored", "report", id, AuditPayload.HashOf(report), cancellationToken);
                UserMessage? note = null;
                if (file.Extraction is { } extraction)
                {
                    note = await StoreMentionsAsync(id, extraction, actor, cancellationToken);
                    if (extraction.Notice is { } notice)
                    {
                        // Nothing was extracted, and why ("no extraction for language ar"): never a silent "0 incidents".
                        note = $"{note} ({notice})";
                    }
                    var record = StoreExtraction.Row(id, extraction, now);
                    _rows.Extractions.Add(record);
                    await _audit.AppendAsync(actor, StoreExtraction.Action, StoreExtraction.SubjectType, id, AuditPayload.HashOf(record), cancellationToken);
                }

                outcomes.Add(new IngestOutcome(file.File.Path, file.File.Kind, IngestStatus.Stored, id, note, file.Bytes));
            }
            else
            {
                if (!existing.Add(id))
                {
                    outcomes.Add(new IngestOutcome(file.File.Path, file.File.Kind, IngestStatus.AlreadyStored, id, "already stored", file.Bytes));
                    continue;
                }

                var reportId = file.File.AttachTo ?? await ReportForEvidenceAsync(file.File.Path, cancellationToken);
                var evidence = new EvidenceFile
                {
                    Id = id,
                    ReportId = reportId,
                    FileName = Path.GetFileName(file.File.Path),
                    MediaType = EvidenceMetadata.MediaTypes[Path.GetExtension(file.File.Path)],
                    ByteLength = file.Bytes,
                    MetadataJson = file.MetadataJson!,
                    IngestedAt = now,
                };
                _db.Evidence.Add(evidence);
                await _audit.AppendAsync(actor, "evidence.stored", "evidence", id, AuditPayload.HashOf(evidence), cancellationToken);
                UserMessage note = "not attached to a report";
                if (reportId is not null)
                {
                    note = $"attached to report {reportId[..12]}";
                }

                if (file.Media is { } media)
                {
                    _db.EvidenceFingerprints.Add(FingerprintEvidence.Row(id, media, now));
                    note = $"{note}{FingerprintEvidence.Note(media)}";
                    if (media.Fingerprint is not null)
                    {
                        _newFingerprints.Add(id);
                    }
                }

                outcomes.Add(new IngestOutcome(file.File.Path, file.File.Kind, IngestStatus.Stored, id, note, file.Bytes));
            }
        }

        // The many rows of a batch (reports, mentions, statement and person mentions, extraction records, audit entries)
        // without the change tracker, in the order their foreign keys need; evidence files and fingerprints (few) through
        // EF. The audit entries are the same chain AppendAsync always made, only inserted here.
        _audit.Collected = null;
        await _rows.InsertAsync(_db, _reportWords == true, cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        await BulkRows.InsertAsync(_db, _rows.Audit, cancellationToken);

        // Each batch first asks which of its files are stored already, by id, in a statement the connection prepares: on a
        // store that started empty its generic plan was a sequential scan of the reports, kept while they grew (2.9 s of a
        // 10,000-report bulk run, growing with the store; docs/scaling.md, session 23). The key's statistics alone.
        var reports = _db.Model.FindEntityType(typeof(Report))!;
        await PostgresPlans.AnalyzeIfGrownAsync(_db, reports.GetTableName()!, reports.FindPrimaryKey()!.Properties[0].GetColumnName(), cancellationToken);
        Timings.Rows += rows.Elapsed;

        if (_newFingerprints.Count > 0)
        {
            // Into media items in the same transaction: a stored file is never left out of its item.
            await _grouping.AddAsync(_newFingerprints, cancellationToken: cancellationToken);
        }

        var commit = Stopwatch.StartNew();
        await transaction.CommitAsync(cancellationToken);
        Timings.Commit += commit.Elapsed;
        _db.ChangeTracker.Clear();
        _unclustered += _rows.Mentions.Count;
        _rows.Clear();
        return outcomes;
    }

    private async Task<UserMessage> StoreMentionsAsync(string reportId, ExtractionResult extraction, string actor, CancellationToken cancellationToken)
    {
        var mentions = MentionRows.Of(reportId, extraction.Incidents);
        var statements = MentionRows.Of(reportId, extraction.Statements);
        _rows.Mentions.AddRange(mentions);
        _rows.StatementMentions.AddRange(statements);
        await _audit.AppendAsync(actor, "mentions.extracted", "mentions", reportId, AuditPayload.HashOfMentions(reportId, mentions, statements), cancellationToken);
        var persons = PersonMentionRows.Of(reportId, extraction.PersonFates, mentions);
        if (persons.Count == 0)
        {
            return $"{Plural.Counted(mentions.Count, "incident")}, {Plural.Counted(statements.Count, "statement")}";
        }

        // Their own entry, written only when there are persons, so stores audited before person mentions existed still verify.
        _rows.PersonMentions.AddRange(persons);
        await _audit.AppendAsync(actor, "persons.extracted", "person_mentions", reportId, PersonPayload.HashOfMentions(reportId, persons), cancellationToken);
        return $"{Plural.Counted(mentions.Count, "incident")}, {Plural.Counted(statements.Count, "statement")}, {Plural.Counted(persons.Count, "named person")}";
    }

    private async Task<Guid> SourceIdAsync(string name, string actor, DateTime now, CancellationToken cancellationToken)
    {
        var key = Source.KeyOf(name);
        if (_sources.TryGetValue(key, out var id))
        {
            return id;
        }

        var existing = await _db.Sources.AsNoTracking().Where(s => s.Key == key).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } found)
        {
            _sources[key] = found;
            return found;
        }

        var source = new Source { Id = Guid.CreateVersion7(), Name = name.Trim(), Key = key, CreatedAt = now };
        _rows.Sources.Add(source);
        await _audit.AppendAsync(actor, "source.created", "source", source.Id.ToString(), AuditPayload.HashOf(source), cancellationToken);
        _sources[key] = source.Id;
        return source.Id;
    }

    private void RememberStem(string path, string reportId) => _reportsByStem[StemKey(path)] = reportId;

    private async Task<string?> ReportForEvidenceAsync(string evidencePath, CancellationToken cancellationToken)
    {
        if (_reportsByStem.TryGetValue(StemKey(evidencePath), out var id))
        {
            return id;
        }

        // A report ingested in an earlier run: attach only when exactly one report has that base name.
        var stem = Path.GetFileNameWithoutExtension(evidencePath);
        var names = ReportReader.Extensions.Select(e => stem + e).ToList();
        var matches = await _db.Reports.AsNoTracking().Where(r => names.Contains(r.FileName)).Select(r => r.Id).Take(2).ToListAsync(cancellationToken);
        return matches.Count == 1 ? matches[0] : null;
    }

    private static string StemKey(string path) => Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, Path.GetFileNameWithoutExtension(path));
}
