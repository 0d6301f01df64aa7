using System.Text.Json;

namespace Vigil.Cli.Tests;

/// <summary>
/// The GC settings the <c>vigil</c> process starts with (its runtimeconfig.json, read by the apphost and by
/// <c>dotnet vigil.dll</c>): they hold a long ingest's working set down (docs/scaling.md, session 14).
/// </summary>
public sealed class GarbageCollectionTests
{
    [Fact]
    public void Vigil_starts_with_background_gc_that_conserves_memory_on_one_workstation_heap()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "vigil.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.Concurrent").GetBoolean());
        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.Equal(7, properties.GetProperty("System.GC.ConserveMemory").GetInt32());
    }
}
