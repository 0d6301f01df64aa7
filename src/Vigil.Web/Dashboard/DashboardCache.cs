using Microsoft.Extensions.Caching.Memory;

namespace Vigil.Web.Dashboard;

/// <summary>The dashboard's computed numbers, keyed by the audit log's head (see <see cref="DashboardQuery"/>); at most 256 filter combinations.</summary>
public sealed class DashboardCache : IDisposable
{
    public MemoryCache Entries { get; } = new(new MemoryCacheOptions { SizeLimit = 256 });

    public void Dispose() => Entries.Dispose();
}
