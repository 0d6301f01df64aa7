using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Reports;

/// <summary>
/// PostgreSQL only: the client's words (<see cref="ReportWords"/>) are the server's <c>to_tsvector</c>, byte for byte, for
/// every text they accept; the store uses them only where <see cref="ReportWordsCheck"/> passes; reports whose words the
/// client refuses, and rows written by plain SQL, get theirs from the reports' trigger (migration ReportWordsFromClient).
/// </summary>
public sealed class PostgresReportWordsTests : StoreTest
{
    // Invented texts of each shape the rules accept (and some they refuse): English, Persian (Arabic letters and digits, a
    // ZWNJ, kashida), mixed, hyphenated words, numbers, words at the length limit, repeats past the position limits.
    private static readonly (string? Title, string Body)[] Invented =
    [
        ("Workers strike", "Oil workers in Abadan went on strike on Monday, demanding unpaid wages (three months)."),
        (null, "A pro-democracy sit-in drew 1,200 people; police fired tear-gas at 19-year-old students and a 3rd-year class."),
        ("Numbers", "Prices rose 12.5% — then -3.75 and 4+ points; 2017-2023 saw x-y-5 and 5-x, 3.5km and -2.5kg. Done."),
        ("تجمع معلمان", "معلمان در كرمانشاه ٤٥ نفر را بازداشت شده می‌دانند و تجمع ادامه مـی‌يابد؛ «اعتراض‌ها» ادامه دارد؟"),
        ("Mixed", "The union (سندیکا) said 300 workers — کارگران — joined; ÉTÉ Straße Ça-va ÀÉÎ."),
        (null, "a " + new string('b', 2_047) + " c " + new string('d', 2_048) + " " + new string('ب', 1_023) + " " + new string('پ', 1_024) + " end"),
        (null, string.Join(' ', Enumerable.Range(0, 17_000).Select(i => i % 3 == 0 ? "again" : "w" + (i % 700)))),
        (null, string.Join('-', Enumerable.Repeat("ab", 40)) + " " + string.Join(' ', Enumerable.Repeat("one-two", 300))),
        ("Times", "Met at 10:30: the talks & a vote; ضَرب and دانشگاهِ تهران."),
        ("Refused", "Met in the U.S. embassy, see https://example.org/a and a@b.org."),
        (null, string.Empty),
        (null, "   \n\t "),
    ];

    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();

    [PostgresFact]
    public async Task The_clients_vector_is_the_servers_on_invented_reports()
    {
        var compared = 0;
        foreach (var (title, body) in Invented)
        {
            var client = ReportWords.Vector(title, body);
            var server = await ServerVectorAsync(title, body);
            if (client is not null)
            {
                Assert.Equal(Convert.ToHexString(server), Convert.ToHexString(client));
                compared++;
            }
        }

        Assert.Equal(Invented.Length - 1, compared);
    }

    [PostgresFact]
    public async Task The_clients_vector_is_the_servers_on_generated_shapes()
    {
        // Texts put together from words, numbers and every separator the rules know, and a few characters they refuse.
        string[] pieces =
        [
            "Tehran", "protest", "ÉTÉ", "straße", "ایران", "اعتراض", "كرمان", "x", "A", "e", "E", "km", "x1", "1x", "19", "5", "2017", "0", "3.5",
            " ", " ", " ", "-", "-", "--", ".", ". ", "..", "+", ",", "'", "’", "(", ")", "\n", "«", "»", "،", "…", "—", "–", "\u00A0", "!", "?",
            ";", "\"", "%", "$", "#", "=", ">", "[", "]", "*", "|", "\\", "^", "`", "{", "}", "؟", "؛", "٪", "٫", "٬", "۔", "\r", "\t",
            ":", ":", "& ", "\u0650", "\u064B", "\u0651", "\u0670", "بِ", "/", "@", "_", "&", "<", "~",
        ];
        var random = new Random(2026);
        var texts = Enumerable.Range(0, 6_000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => pieces[random.Next(pieces.Length)])))
            .ToList();
        var server = await ServerVectorsAsync(texts);
        var accepted = 0;
        var different = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            if (ReportWords.VectorOf(texts[i]) is not { } client)
            {
                continue;
            }

            accepted++;
            if (!client.AsSpan().SequenceEqual(server[i]))
            {
                different.Add(texts[i]);
            }
        }

        Assert.True(different.Count == 0, $"{different.Count} of {accepted} differ, e.g. [{string.Join("] [", different.Take(5))}]");
        Assert.True(accepted > 2_000, $"only {accepted} of {texts.Count} accepted");
    }

    [PostgresFact]
    public async Task The_store_passes_the_check_and_a_changed_simple_configuration_fails_it()
    {
        await using (var db = OpenDb())
        {
            Assert.True(await ReportWordsCheck.PassesAsync(db, CancellationToken.None));
        }

        await using (var db = OpenDb())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE reports DISABLE TRIGGER reports_search_vector_insert");
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER reports_search_vector_insert ON reports");
            Assert.False(await ReportWordsCheck.PassesAsync(db, CancellationToken.None));
        }
    }

    [PostgresFact]
    public async Task Ingested_reports_store_the_servers_words_whether_the_client_made_them_or_not()
    {
        var english = WriteInput("english.txt", "Teachers gathered in Shiraz; 40 were detained, a pro-union rally said.\n");
        var refused = WriteInput("refused.txt", "At noon the crowd moved to https://example.org/x and left.\n");
        var persian = WriteInput("persian.txt", "---\nlanguage: fa\n---\nدر كرمانشاه ٤٥ نفر بازداشت شدند و تجمع ادامه می\u200Cيابد.\n");
        await IngestAsync(english, refused, persian);

        await using var db = OpenDb();
        var same = "SELECT CASE WHEN search_vector IS NOT NULL AND tsvectorsend(search_vector) = tsvectorsend(" + SearchReports.PostgresVectorOf(string.Empty)
            + ") THEN 'same' ELSE 'different' END AS \"Value\" FROM reports ORDER BY file_name";
        var rows = await db.Database.SqlQueryRaw<string>(same).ToListAsync();
        Assert.Equal(["same", "same", "same"], rows);
        var ids = new SearchReports(db).Ids("crowd moved");
        Assert.Equal(["refused.txt"], await db.Reports.Where(r => ids.Contains(r.Id)).Select(r => r.FileName).ToListAsync());
        ids = new SearchReports(db).Ids("pro-union shiraz");
        Assert.Equal(["english.txt"], await db.Reports.Where(r => ids.Contains(r.Id)).Select(r => r.FileName).ToListAsync());
    }

    [PostgresFact]
    public async Task Reports_the_client_accepts_arrive_with_their_words_and_the_trigger_makes_the_others()
    {
        // The trigger's function replaced by one that marks what it makes: only the refused report carries the mark.
        await using (var db = OpenDb())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE OR REPLACE FUNCTION vigil_reports_search_vector() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN NEW.search_vector := 'made:1 by:2 trigger:3'::tsvector; RETURN NEW; END $f$
                """);
        }

        await IngestAsync(
            WriteInput("accepted.txt", "Retirees marched in Ahvaz on Sunday.\n"),
            WriteInput("refused.txt", "Retirees marched to a_b in Ahvaz.\n"));

        await using (var db = OpenDb())
        {
            Assert.Equal("'ahvaz':4 'in':3 'marched':2 'on':5 'retirees':1 'sunday':6", await VectorTextAsync(db, await IdOfAsync(db, "accepted.txt")));
            Assert.Equal("'by':2 'made':1 'trigger':3", await VectorTextAsync(db, await IdOfAsync(db, "refused.txt")));
        }
    }

    [PostgresFact]
    public async Task A_report_written_by_plain_SQL_gets_its_words_from_the_trigger_and_again_when_its_body_changes()
    {
        await using var db = OpenDb();
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO reports (id, file_name, format, title, body, ingested_at, word_count, byte_length)
            VALUES ('by-hand', 'by-hand.txt', 'txt', 'Strike', 'Drivers stopped work in Tabriz.', now(), 5, 31)
            """);
        Assert.Equal("'drivers':2 'in':5 'stopped':3 'strike':1 'tabriz':6 'work':4", await VectorTextAsync(db, "by-hand"));

        await db.Database.ExecuteSqlRawAsync("UPDATE reports SET body = 'Drivers resumed work.' WHERE id = 'by-hand'");
        Assert.Equal("'drivers':2 'resumed':3 'strike':1 'work':4", await VectorTextAsync(db, "by-hand"));

        // A vector sent with the row is kept; one cleared is made again.
        await db.Database.ExecuteSqlRawAsync("UPDATE reports SET search_vector = 'sent:1'::tsvector WHERE id = 'by-hand'");
        Assert.Equal("'sent':1", await VectorTextAsync(db, "by-hand"));
        await db.Database.ExecuteSqlRawAsync("UPDATE reports SET search_vector = NULL WHERE id = 'by-hand'");
        Assert.Equal("'drivers':2 'resumed':3 'strike':1 'work':4", await VectorTextAsync(db, "by-hand"));
    }

    [PostgresFact]
    public async Task The_migration_keeps_the_stored_words_and_down_restores_the_generated_column()
    {
        await MigrateToBeforeAsync("ReportWordsFromClient");
        await using (var db = OpenDb())
        {
            Assert.Equal("s", await GeneratedAsync(db));
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO reports (id, file_name, format, body, ingested_at, word_count, byte_length)
                VALUES ('before', 'before.txt', 'txt', 'Nurses protested in Rasht.', now(), 4, 26)
                """);
        }

        await using (var db = OpenDb())
        {
            await db.Database.MigrateAsync();
            Assert.Equal(string.Empty, await GeneratedAsync(db));
            Assert.Equal("'in':3 'nurses':1 'protested':2 'rasht':4", await VectorTextAsync(db, "before"));
        }

        await MigrateToBeforeAsync("ReportWordsFromClient");
        await using (var db = OpenDb())
        {
            Assert.Equal("s", await GeneratedAsync(db));
            Assert.Equal("'in':3 'nurses':1 'protested':2 'rasht':4", await VectorTextAsync(db, "before"));
            Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM pg_trigger WHERE tgname LIKE 'reports_search_vector%'").SingleAsync());
        }
    }

    private static async Task<string> IdOfAsync(VigilDbContext db, string fileName) =>
        await db.Reports.Where(r => r.FileName == fileName).Select(r => r.Id).SingleAsync();

    private static async Task<string> GeneratedAsync(VigilDbContext db) =>
        await db.Database.SqlQuery<string>($"SELECT attgenerated::text AS \"Value\" FROM pg_attribute WHERE attrelid = 'reports'::regclass AND attname = 'search_vector'").SingleAsync();

    private static async Task<string> VectorTextAsync(VigilDbContext db, string id) =>
        await db.Database.SqlQuery<string>($"SELECT search_vector::text AS \"Value\" FROM reports WHERE id = {id}").SingleAsync();

    // The column's expression over a title and body, as tsvector's binary form.
    private async Task<byte[]> ServerVectorAsync(string? title, string body)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT tsvectorsend({SearchReports.PostgresVectorOf("t.")}) FROM (SELECT @title::text AS title, @body::text AS body) t", connection);
        command.Parameters.Add(new NpgsqlParameter("title", (object?)title ?? DBNull.Value));
        command.Parameters.Add(new NpgsqlParameter("body", body));
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    // to_tsvector('simple', text) of each text, in order, as binary forms.
    private async Task<List<byte[]>> ServerVectorsAsync(List<string> texts)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tsvectorsend(to_tsvector('simple'::regconfig, x)) FROM unnest(@texts) WITH ORDINALITY AS u(x, n) ORDER BY n", connection);
        command.Parameters.Add(new NpgsqlParameter("texts", texts.ToArray()));
        var vectors = new List<byte[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            vectors.Add((byte[])reader.GetValue(0));
        }

        return vectors;
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        await using var db = OpenDb();
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        return connection;
    }
}
