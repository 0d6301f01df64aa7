using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Vigil.Storage.Database;

/// <summary>
/// Inserts and updates many rows of one entity type in multi-row statements, without the change tracker: EF's
/// <c>SaveChanges</c> sends one statement per row and keeps a snapshot of each, which dominated person linking at
/// 200,000 mentions. Table, column names and value conversions come from the EF model, so the rows read back through EF
/// exactly as if EF had written them (Guids as text on SQLite, dates, nullable columns), on both providers. Runs inside
/// the caller's transaction; the caller audits what it writes, as for any other write.
/// </summary>
internal static class BulkRows
{
    // Parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535.
    private const int MaxParameters = 8_000;

    /// <summary>Inserts <paramref name="rows"/> (every mapped column).</summary>
    public static async Task InsertAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var (table, columns) = Describe<T>(db, null);
        var names = string.Join(", ", columns.Select(c => Quote(c.Column)));
        await InChunksAsync(db, rows, columns, (sql, values) => sql.Append("INSERT INTO ").Append(Quote(table)).Append(" (").Append(names).Append(") VALUES ").Append(values), cancellationToken);
    }

    /// <summary>
    /// Sets <paramref name="properties"/> of <paramref name="rows"/> (matched by their single-column primary key) to the
    /// rows' values.
    /// </summary>
    public static async Task UpdateAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, IReadOnlyList<string> properties, CancellationToken cancellationToken)
        where T : class
    {
        var (table, columns) = Describe<T>(db, properties);
        var key = columns[0].Column;

        // UPDATE … FROM (VALUES …): both providers name a VALUES list's columns column1, column2 …
        var set = string.Join(", ", columns.Skip(1).Select((c, i) => $"{Quote(c.Column)} = v.column{(i + 2).ToString(CultureInfo.InvariantCulture)}"));
        await InChunksAsync(db, rows, columns, (sql, values) => sql.Append("UPDATE ").Append(Quote(table)).Append(" SET ").Append(set)
            .Append(" FROM (VALUES ").Append(values).Append(") AS v WHERE ").Append(Quote(table)).Append('.').Append(Quote(key)).Append(" = v.column1"), cancellationToken);
    }

    private static async Task InChunksAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, List<ColumnOf> columns, Action<StringBuilder, string> statement, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // PostgreSQL types a VALUES list from its parameters; a null parameter has no type, so each is cast to its column's.
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        var perStatement = Math.Max(1, MaxParameters / columns.Count);
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        for (var first = 0; first < rows.Count; first += perStatement)
        {
            var parameters = new List<DbParameter>();
            var values = new StringBuilder();
            for (var r = first; r < Math.Min(rows.Count, first + perStatement); r++)
            {
                values.Append(r == first ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = "@b" + parameters.Count.ToString(CultureInfo.InvariantCulture);
                    var column = columns[c];
                    parameters.Add(column.Mapping.CreateParameter(factory, name, column.Property.GetGetter().GetClrValue(rows[r]!), column.Property.IsNullable));
                    values.Append(c == 0 ? string.Empty : ", ").Append(postgres ? $"CAST({name} AS {column.StoreType})" : name);
                }

                values.Append(')');
            }

            var sql = new StringBuilder();
            statement(sql, values.ToString());
            await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
        }
    }

    // The table and its columns: the primary key first, then the given properties (or every other mapped one).
    private static (string Table, List<ColumnOf> Columns) Describe<T>(VigilDbContext db, IReadOnlyList<string>? properties)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties;
        if (properties is not null && key.Count != 1)
        {
            throw new InvalidOperationException($"{typeof(T).Name}: an update needs a single-column key");
        }

        var chosen = properties is null
            ? entity.GetProperties().Where(p => !key.Contains(p)).ToList()
            : [.. properties.Select(n => entity.FindProperty(n) ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {n}"))];
        return (table, [.. key.Concat(chosen).Select(p => new ColumnOf(p, p.GetColumnName(store)!, (RelationalTypeMapping)p.GetRelationalTypeMapping(), p.GetColumnType()))]);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record ColumnOf(IProperty Property, string Column, RelationalTypeMapping Mapping, string StoreType);
}
