using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Tests.Database;

/// <summary>A fresh, empty database for one test, removed again afterwards.</summary>
internal interface ITestDatabase : IAsyncDisposable
{
    /// <summary>Creates the database (not yet migrated) and returns options for contexts over it.</summary>
    Task<DbContextOptions<VigilDbContext>> CreateAsync(string folder);
}
