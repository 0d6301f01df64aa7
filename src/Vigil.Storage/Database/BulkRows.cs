using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Vigil.Storage.Database;

/// <summary>
/// Inserts and updates many rows of one entity type without the change tracker (EF's <c>SaveChanges</c> keeps a
/// snapshot of each row and builds a new statement per row, which dominated person linking at 200,000 mentions):
/// multi-row statements on PostgreSQL, one prepared statement re-executed on SQLite. Table, column names and value conversions come from the EF model, so the rows read back through EF
/// exactly as if EF had written them (Guids as text on SQLite, dates, nullable columns), on both providers. Runs inside
/// the caller's transaction; the caller audits what it writes, as for any other write.
/// </summary>
internal static class BulkRows
{
    // Parameters per PostgreSQL statement (its limit is 65,535).
    private const int MaxParameters = 8_000;

    /// <summary>Inserts <paramref name="rows"/> (every mapped column), in their order: binary COPY on PostgreSQL.</summary>
    public static Task InsertAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class => InsertAsync(db, rows, null, cancellationToken);

    /// <summary>
    /// Inserts <paramref name="rows"/> as <see cref="InsertAsync{T}(VigilDbContext, IReadOnlyList{T}, CancellationToken)"/>;
    /// on PostgreSQL the <c>COPY</c> also fills <paramref name="extra"/>, a column outside the EF model, with each row's value
    /// in the column type's binary form (already encoded: sent as it is), or NULL.
    /// </summary>
    public static async Task InsertAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, ExtraColumn<T>? extra, CancellationToken cancellationToken)
        where T : class
    {
        var (table, columns) = Describe<T>(db, null);
        var names = string.Join(", ", columns.Select(c => Quote(c.Column)));
        if (db.IsPostgres && rows.Count > 0)
        {
            var copied = extra is null ? names : $"{names}, {Quote(extra.Column)}";
            await CopyAsync(db, rows, columns, extra, $"COPY {Quote(table)} ({copied}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            return;
        }

        await WriteAsync(db, rows, columns, values => $"INSERT INTO {Quote(table)} ({names}) VALUES {values}", cancellationToken);
    }

    // PostgreSQL's binary COPY: one stream for all the rows, no statement text or parameters to build, each value sent in
    // its column's binary form (the type named from the EF model, without its length).
    private static async Task CopyAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, List<ColumnOf> columns, ExtraColumn<T>? extra, string copy, CancellationToken cancellationToken)
    {
        await using var open = await OpenConnection.OfAsync(db, cancellationToken);
        var connection = (Npgsql.NpgsqlConnection)open.Connection;
        var types = columns.Select(c => c.StoreType.Split('(')[0].Trim()).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            for (var c = 0; c < columns.Count; c++)
            {
                if (ProviderValue(columns[c], row!) is { } value)
                {
                    await importer.WriteAsync(value, types[c], cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }

            if (extra is not null)
            {
                if (extra.Value(row) is { } bytes)
                {
                    // The field is the column type's binary form: Npgsql sends a byte array as it is (bytea's binary form
                    // is its bytes), and the server reads it with the column's own receive function.
                    await importer.WriteAsync(bytes, NpgsqlTypes.NpgsqlDbType.Bytea, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    // The value as the database stores it (the model's value converter applied), or null.
    private static object? ProviderValue(ColumnOf column, object row)
    {
        var value = column.Property.GetGetter().GetClrValue(row);
        return value is null ? null : column.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    /// <summary>
    /// Sets <paramref name="properties"/> of <paramref name="rows"/> (matched by their single-column primary key) to the
    /// rows' values.
    /// </summary>
    public static async Task UpdateAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, IReadOnlyList<string> properties, CancellationToken cancellationToken)
        where T : class
    {
        var (table, columns) = Describe<T>(db, properties);
        var key = Quote(columns[0].Column);
        if (db.IsPostgres)
        {
            // UPDATE … FROM (VALUES …): PostgreSQL names a VALUES list's columns column1, column2 …
            var set = string.Join(", ", columns.Skip(1).Select((c, i) => $"{Quote(c.Column)} = v.column{(i + 2).ToString(CultureInfo.InvariantCulture)}"));
            await WriteAsync(db, rows, columns, values => $"UPDATE {Quote(table)} SET {set} FROM (VALUES {values}) AS v WHERE {Quote(table)}.{key} = v.column1", cancellationToken);
        }
        else
        {
            var set = string.Join(", ", columns.Skip(1).Select((c, i) => $"{Quote(c.Column)} = @b{(i + 1).ToString(CultureInfo.InvariantCulture)}"));
            await WriteAsync(db, rows, columns, _ => $"UPDATE {Quote(table)} SET {set} WHERE {key} = @b0", cancellationToken);
        }
    }

    // PostgreSQL: multi-row statements (one round trip per chunk). SQLite: one prepared single-row statement executed per
    // row (in process, no round trips; SQLite binds parameters by name one at a time, so a statement of thousands of
    // parameters costs more than thousands of small ones).
    private static async Task WriteAsync<T>(VigilDbContext db, IReadOnlyList<T> rows, List<ColumnOf> columns, Func<string, string> statement, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var postgres = db.IsPostgres;
        var perStatement = postgres ? Math.Max(1, MaxParameters / columns.Count) : 1;
        await using var open = await OpenConnection.OfAsync(db, cancellationToken);
        await using var command = open.CreateCommand();
        if (!postgres)
        {
            // One prepared statement, its parameters made once (typed by the model's mapping) and given each row's values.
            command.CommandText = statement(Values(columns, 1, postgres));
            var parameters = new System.Data.Common.DbParameter[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                parameters[c] = columns[c].Mapping.CreateParameter(command, "@b" + c.ToString(CultureInfo.InvariantCulture), null, columns[c].Property.IsNullable);
                command.Parameters.Add(parameters[c]);
            }

            foreach (var row in rows)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    parameters[c].Value = ProviderValue(columns[c], row!) ?? DBNull.Value;
                }

                command.ExecuteNonQuery();
            }

            return;
        }

        for (var first = 0; first < rows.Count; first += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - first);

            // A fresh command per chunk: one command re-executed with its parameters replaced left a chunk of a
            // 8,712-row update unapplied on PostgreSQL (recluster after --no-cluster, 2,000 reports).
            await using var chunk = open.CreateCommand();
            chunk.CommandText = statement(Values(columns, count, postgres));
            for (var r = 0; r < count; r++)
            {
                for (var c = 0; c < columns.Count; c++)
                {
                    var column = columns[c];
                    var name = "@b" + ((r * columns.Count) + c).ToString(CultureInfo.InvariantCulture);
                    chunk.Parameters.Add(column.Mapping.CreateParameter(chunk, name, column.Property.GetGetter().GetClrValue(rows[first + r]!), column.Property.IsNullable));
                }
            }

            await chunk.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // "(@b0, @b1 …), (…)" for count rows; PostgreSQL types a VALUES list from its parameters, and a null parameter has no
    // type, so there each is cast to its column's type.
    private static string Values(List<ColumnOf> columns, int count, bool postgres)
    {
        var values = new StringBuilder();
        for (var r = 0; r < count; r++)
        {
            values.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = "@b" + ((r * columns.Count) + c).ToString(CultureInfo.InvariantCulture);
                values.Append(c == 0 ? string.Empty : ", ").Append(postgres ? $"CAST({name} AS {columns[c].StoreType})" : name);
            }

            values.Append(')');
        }

        return values.ToString();
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

    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A column outside the EF model that a PostgreSQL <c>COPY</c> fills: its name and each row's value in binary form.</summary>
    internal sealed record ExtraColumn<T>(string Column, Func<T, byte[]?> Value);

    private sealed record ColumnOf(IProperty Property, string Column, RelationalTypeMapping Mapping, string StoreType);
}
