using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Reports;

/// <summary>Full-text search over Persian reports, whatever their ی/ک, ZWNJ or digit spelling, on every provider.</summary>
public abstract class SearchReportsTests : StoreTest
{
    // Invented reports: Arabic letters and digits with a ZWNJ; Persian letters with the clitic apart; no ZWNJ at all.
    private const string Arabic = "---\nlanguage: fa\n---\nدر كرمانشاه ٤٥ نفر بازداشت شدند و تجمع ادامه می\u200Cيابد.\n";
    private const string Spaced = "---\nlanguage: fa\n---\nمعلمان در شیراز اعتراض ها را ادامه می دهند و ۱۲ نفر زخمی شدند.\n";
    private const string Joined = "---\nlanguage: fa\n---\nکارگران در اهواز اعتراضها را ادامه میدهند.\n";

    [StoreFact]
    public async Task Finds_a_Persian_word_whatever_its_spelling()
    {
        await IngestThree();
        (string Query, string Expected)[] cases =
        [
            ("کرمانشاه", "arabic.txt"), ("كرمانشاه", "arabic.txt"), ("45 نفر", "arabic.txt"), ("۴۵", "arabic.txt"),
            ("می‌یابد", "arabic.txt"), ("مییابد", "arabic.txt"), ("می یابد", "arabic.txt"),
            ("12", "spaced.txt"), ("زخمي", "spaced.txt"), ("شیراز", "spaced.txt"),
        ];
        foreach (var (query, expected) in cases)
        {
            Assert.Equal([expected], await Found(query));
        }
    }

    [StoreFact]
    public async Task A_clitic_joined_spaced_or_after_a_ZWNJ_finds_all_three_spellings()
    {
        await IngestThree();
        Assert.Equal(["joined.txt", "spaced.txt"], await Found("اعتراض‌ها"));
        Assert.Equal(["joined.txt", "spaced.txt"], await Found("اعتراضها"));
        Assert.Equal(["joined.txt", "spaced.txt"], await Found("می دهند"));
        Assert.Equal(["joined.txt", "spaced.txt"], await Found("میدهند"));
    }

    [StoreFact]
    public async Task Every_word_is_still_required_and_English_search_is_unchanged()
    {
        await IngestThree();
        WriteInput("english.txt", "Police arrested 12 students in Tehran.\n");
        await IngestAsync(Path.Combine(Input, "english.txt"));
        Assert.Equal(["spaced.txt"], await Found("شیراز معلمان"));
        Assert.Empty(await Found("شیراز کارگران"));
        Assert.Equal(["english.txt"], await Found("students tehran"));
        Assert.Equal(["english.txt", "spaced.txt"], await Found("12"));
    }

    private async Task IngestThree()
    {
        await IngestAsync(WriteInput("arabic.txt", Arabic), WriteInput("spaced.txt", Spaced), WriteInput("joined.txt", Joined));
    }

    private protected async Task<List<string>> Found(string query)
    {
        await using var db = OpenDb();
        var ids = new SearchReports(db).Ids(query);
        return await db.Reports.Where(r => ids.Contains(r.Id)).Select(r => r.FileName).OrderBy(f => f).ToListAsync();
    }
}

public sealed class SqliteSearchReportsTests : SearchReportsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();

    [Fact]
    public async Task The_index_copy_is_the_folded_text_whether_a_report_is_ASCII_or_not_before_and_after_the_migration()
    {
        // Written by the triggers before ReportFoldSkipsAscii (every text through the replace() chain), then by the new ones
        // (ASCII copied as it is, other text folded), then edited across the two kinds.
        await MigrateToBeforeAsync("ReportFoldSkipsAscii");
        await using (var db = OpenDb())
        {
            db.Reports.Add(Report("old-ascii", "Protest", "Police arrested 12 students in Tehran."));
            db.Reports.Add(Report("old-persian", "تجمع", "در كرمانشاه ٤٥ نفر بازداشت شدند و تجمع ادامه می\u200Cيابد."));
            await db.SaveChangesAsync();
        }

        await using (var db = OpenDb())
        {
            await db.Database.MigrateAsync();
            db.Reports.Add(Report("ascii", "Strike", "Workers struck in Ahvaz on 3 May."));
            db.Reports.Add(Report("curly", "Strike", "Workers\u2019 strike in Ahvaz \u2014 day 3."));
            db.Reports.Add(Report("persian-title", "اعتصاب كارگران", "Workers struck in Ahvaz."));
            db.Reports.Add(Report("persian", null, "معلمان در شیراز اعتراض ها را ادامه می دهند و ۱۲ نفر زخمی شدند."));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE reports SET \"Body\" = 'تجمع در يزد' WHERE \"Id\" = 'ascii'");
            await db.Database.ExecuteSqlRawAsync("UPDATE reports SET \"Title\" = NULL, \"Body\" = 'Teachers rallied in Shiraz.' WHERE \"Id\" = 'old-persian'");
        }

        await using (var check = OpenDb())
        {
            var reports = await check.Reports.OrderBy(r => r.Id).Select(r => new { r.Id, r.Title, r.Body }).ToListAsync();
            var copies = await check.Database.SqlQuery<IndexCopy>($"SELECT report_id AS Id, title AS Title, body AS Body FROM reports_fts ORDER BY report_id").ToListAsync();
            Assert.Equal(reports.Select(r => new IndexCopy(r.Id, SearchReports.Fold(r.Title ?? string.Empty), SearchReports.Fold(r.Body))), copies);
            Assert.Equal("تجمع در یزد", copies.Single(c => c.Id == "ascii").Body);
        }

        Assert.Equal(["ascii.txt"], await Found("یزد"));
        Assert.Equal(["old-persian.txt"], await Found("teachers shiraz"));
        Assert.Equal(["persian-title.txt"], await Found("اعتصاب کارگران"));
        Assert.Equal(["curly.txt"], await Found("workers day"));
        Assert.Empty(await Found("tehran arrested kermanshah"));
    }

    private static Report Report(string id, string? title, string body) =>
        new() { Id = id, FileName = id + ".txt", Format = "txt", Title = title, Body = body, IngestedAt = StoredAt };

    private sealed record IndexCopy(string Id, string Title, string Body);
}

[PostgresTests]
public sealed class PostgresSearchReportsTests : SearchReportsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();

    [PostgresFact]
    public async Task The_migration_stores_the_words_of_reports_written_before_it()
    {
        await MigrateToBeforeAsync("ReportSearchVector");
        await using (var db = OpenDb())
        {
            Assert.Equal(0, await StoredWordsColumnsAsync(db));
            db.Reports.Add(new Report { Id = "kermanshah", FileName = "kermanshah.txt", Format = "txt", Title = "تجمع", Body = "در كرمانشاه ٤٥ نفر بازداشت شدند.", IngestedAt = new DateTime(2026, 12, 6, 0, 0, 0, DateTimeKind.Utc) });
            db.Reports.Add(new Report { Id = "tehran", FileName = "tehran.txt", Format = "txt", Body = "Police arrested 12 students in Tehran.", IngestedAt = new DateTime(2026, 12, 6, 0, 0, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        }

        await using (var db = OpenDb())
        {
            await db.Database.MigrateAsync();
            Assert.Equal(1, await StoredWordsColumnsAsync(db));
            Assert.Equal(["'12':3 'arrested':2 'in':5 'police':1 'students':4 'tehran':6"], await db.Database.SqlQuery<string>($"SELECT search_vector::text AS \"Value\" FROM reports WHERE id = 'tehran'").ToListAsync());
        }

        Assert.Equal(["kermanshah.txt"], await Found("کرمانشاه ۴۵ تجمع"));
        Assert.Equal(["tehran.txt"], await Found("students tehran"));
    }

    private static async Task<int> StoredWordsColumnsAsync(VigilDbContext db) =>
        await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM information_schema.columns WHERE table_name = 'reports' AND column_name = 'search_vector'").SingleAsync();
}
