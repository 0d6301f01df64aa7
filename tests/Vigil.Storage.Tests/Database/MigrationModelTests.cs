using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests.Database;

/// <summary>
/// Each provider's migrations describe the whole model: a schema change merged without its migration (or two branches'
/// snapshots merged wrongly) fails here, not on a user's store. Needs no server: the model is compared with the snapshot.
/// </summary>
public sealed class MigrationModelTests
{
    [Fact]
    public void The_sqlite_migrations_describe_the_whole_model()
    {
        using var db = new VigilDbContext(SqliteDatabase.Options(Path.Combine(Path.GetTempPath(), "vigil-model-check.db")));

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void The_postgres_migrations_describe_the_whole_model()
    {
        using var db = new VigilDbContext(PostgresDatabase.Options("Host=127.0.0.1;Database=vigil_model_check"));

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
