using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests.Reports;

/// <summary>
/// The incident search's flush folds reports with <c>vigil_fold</c>, registered on Vigil's SQLite connections; the
/// report index's triggers fold with the <c>replace()</c> chain. Both must give the same words.
/// </summary>
public sealed class SqliteFoldFunctionTests
{
    // Every char the index folds: Arabic yeh, alef maksura, kaf, teh marbuta, both digit sets, kashida and ZWNJ.
    private const string Persian = "كرمانشاه يى ة ۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩ تـجمع می\u200Cيابد";

    [Theory]
    [InlineData(Persian, "کرمانشاه یی ه 0123456789 0123456789 تجمع مییابد")]
    [InlineData("Security forces arrested 30 protesters in Mashhad.", "Security forces arrested 30 protesters in Mashhad.")]
    [InlineData("", "")]
    public async Task Folds_as_the_report_index_folds_on_every_connection_from_the_pool(string text, string expected)
    {
        var folder = Directory.CreateTempSubdirectory("vigil-fold-").FullName;
        try
        {
            var options = SqliteDatabase.Options(Path.Combine(folder, "vigil.db"));

            // The second context takes the first one's native connection from the pool.
            for (var open = 0; open < 2; open++)
            {
                await using var db = new VigilDbContext(options);
                await db.Database.OpenConnectionAsync();
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                Assert.Equal(expected, await ScalarAsync(connection, $"SELECT {SearchReports.FoldFunction}($text)", text));
                Assert.Equal(expected, await ScalarAsync(connection, $"SELECT {SearchReports.SqliteFold("$text")}", text));
                Assert.Equal(expected, SearchReports.Fold(text));
            }

            await using (var db = new VigilDbContext(options))
            {
                await db.Database.OpenConnectionAsync();
                Assert.Null(await ScalarAsync((SqliteConnection)db.Database.GetDbConnection(), $"SELECT {SearchReports.FoldFunction}(NULL)", text));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, string text)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$text", text);
        return await command.ExecuteScalarAsync() as string;
    }
}
