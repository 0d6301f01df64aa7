using Microsoft.EntityFrameworkCore.Design;
using Vigil.Storage.Database;

namespace Vigil.Storage.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context for this provider.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<VigilDbContext>
{
    public VigilDbContext CreateDbContext(string[] args) => new(SqliteDatabase.Options("design-time.db"));
}
