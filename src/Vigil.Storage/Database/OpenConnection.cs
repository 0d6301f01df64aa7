using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Vigil.Storage.Database;

/// <summary>
/// A context's own connection for the reads and writes that go past EF (bulk rows, the persons' search terms): opened
/// when EF had it closed and closed again when disposed (left open when the caller had it open, as in a transaction),
/// its commands enlisted in the context's transaction.
/// </summary>
internal sealed class OpenConnection : IAsyncDisposable
{
    private readonly VigilDbContext _db;
    private readonly bool _opened;

    private OpenConnection(VigilDbContext db, bool opened) => (_db, _opened) = (db, opened);

    /// <summary>The connection of <paramref name="db"/>, open.</summary>
    public DbConnection Connection => _db.Database.GetDbConnection();

    /// <summary>Opens <paramref name="db"/>'s connection unless it is open already.</summary>
    public static async Task<OpenConnection> OfAsync(VigilDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var opened = db.Database.GetDbConnection().State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return new OpenConnection(db, opened);
    }

    /// <summary>A command on the connection, in the context's current transaction if it has one.</summary>
    public DbCommand CreateCommand()
    {
        var command = Connection.CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        if (_opened)
        {
            await _db.Database.CloseConnectionAsync();
        }
    }
}
