using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Statements;
using Vigil.Storage.Tests.Database;
using Vigil.Storage.Tests.Incidents;

namespace Vigil.Storage.Tests.Statements;

/// <summary>The same remark quoted by several reports is one Statement under one Speaker (the sample reports, end to end).</summary>
public abstract class ClusterStatementsTests : IncidentStoreTest
{
    private const string Raefipoor = "Ali Akbar Raefipoor";

    private static string Sample(string name) => Path.Combine(Samples, name);

    [StoreFact]
    public async Task Raefipoors_remark_quoted_by_two_sample_reports_is_one_statement_with_two_sources()
    {
        await IngestExtractingAsync([.. Directory.GetFiles(Samples, "*.txt").Order(StringComparer.Ordinal)]);

        await AssertOneRaefipoorStatementAsync();
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task The_remark_becomes_one_statement_when_the_reports_arrive_in_separate_runs_and_after_recluster()
    {
        await IngestExtractingAsync(Sample("seed-04.txt"));
        await IngestExtractingAsync(Sample("seed-02.txt"));

        var statementId = await AssertOneRaefipoorStatementAsync();
        await ReclusterAsync();

        Assert.Equal(statementId, await AssertOneRaefipoorStatementAsync());
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task The_sources_of_a_speakers_quotes_are_read_by_the_speaker_keyed_by_the_pools_report_ids()
    {
        await IngestExtractingAsync([Sample("seed-04.txt"), Sample("seed-02.txt")]);
        await using var db = OpenDb();
        var reports = await db.Reports.AsNoTracking().OrderBy(r => r.FileName).Select(r => new { r.Id, r.FileName }).ToListAsync();
        var pool = new Vigil.Storage.Incidents.RecordPool();
        var quoted = pool.Share(reports.Single(r => r.FileName == "seed-04.txt").Id);

        var names = await ClusterStatements.SourceNamesAsync(db, db.StatementMentions.AsNoTracking().Where(m => m.SpeakerKey == "ali akbar raefipoor"), pool);

        Assert.Equal([("seed-02.txt", "PMOI/MEK"), ("seed-04.txt", "unattributed")],
            names.Select(n => (reports.Single(r => r.Id == n.Key).FileName, n.Value)).Order());
        Assert.Same(quoted, names.Keys.Single(k => k == quoted));
    }

    [StoreFact]
    public async Task A_speakers_quotes_are_read_when_more_take_or_leave_its_key_than_a_query_may_have_parameters()
    {
        await IngestExtractingAsync([Sample("seed-04.txt"), Sample("seed-02.txt")]);
        await using var db = OpenDb();
        var quoted = await db.StatementMentions.AsNoTracking().Where(m => m.SpeakerKey == "ali akbar raefipoor").Select(m => m.Id).ToListAsync();
        var keys = new SpeakerKeys();

        // 40,000 quotes moving from one key to another: more ids than SQLite takes parameters in one statement (32,766).
        foreach (var id in quoted.Concat(Enumerable.Range(0, 40_000).Select(_ => Guid.NewGuid())))
        {
            keys.Rekey(id, "ali akbar raefipoor", "another speaker");
        }

        var taking = await keys.Quoting(db.StatementMentions.AsNoTracking(), "another speaker").Select(m => m.Id).ToListAsync();
        var keeping = await keys.Quoting(db.StatementMentions.AsNoTracking(), "ali akbar raefipoor").Select(m => m.Id).ToListAsync();

        Assert.Equal(2, quoted.Count);
        Assert.Equal(quoted.Order(), taking.Order());
        Assert.Empty(keeping);
    }

    private async Task<Guid> AssertOneRaefipoorStatementAsync()
    {
        await using var db = OpenDb();
        var speaker = await db.Speakers.AsNoTracking().SingleAsync(s => s.Variants.Contains(Raefipoor));
        Assert.Equal((Raefipoor, "ali akbar raefipoor"), (speaker.Name, speaker.Key));
        Assert.Contains(Raefipoor, speaker.Variants.Split("; "));
        Assert.Equal("[{\"role\":\"a figure said to be close to Khamenei\",\"from\":\"2018-06-17\",\"to\":\"2018-06-17\"}]", speaker.RolesJson);

        var statement = await db.Statements.AsNoTracking().SingleAsync(s => s.SpeakerId == speaker.Id);
        Assert.Equal(("2018-06-17", 2), (statement.Date, statement.MentionCount));
        Assert.Equal(["PMOI/MEK", "unattributed"], statement.Sources.Split("; "));
        Assert.StartsWith("The [PMOI/MEK] … seek to launch a popular army", statement.Quote, StringComparison.Ordinal);

        var quoted = await (from m in db.StatementMentions.AsNoTracking()
                            where m.StatementId == statement.Id
                            join r in db.Reports.AsNoTracking() on m.ReportId equals r.Id
                            orderby r.FileName
                            select new { m.Id, m.Speaker, r.FileName }).ToListAsync();
        Assert.Equal([("seed-02.txt", Raefipoor), ("seed-04.txt", Raefipoor)], quoted.Select(q => (q.FileName, q.Speaker)));
        Assert.Equal(quoted.Min(q => q.Id), statement.Id);
        return statement.Id;
    }
}
