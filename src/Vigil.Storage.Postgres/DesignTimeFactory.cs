using Microsoft.EntityFrameworkCore.Design;
using Vigil.Storage.Database;

namespace Vigil.Storage.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context for this provider (no server is contacted).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<VigilDbContext>
{
    public VigilDbContext CreateDbContext(string[] args) => new(PostgresDatabase.Options("Host=localhost;Database=vigil_design"));
}
