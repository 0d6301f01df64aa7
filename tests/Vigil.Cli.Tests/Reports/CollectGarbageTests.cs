using Vigil.Cli.Reports;

namespace Vigil.Cli.Tests.Reports;

public sealed class CollectGarbageTests
{
    private const long MB = 1L << 20;

    [Theory]
    [InlineData(201, 100)]
    [InlineData(65, 10)]
    [InlineData(65, 0)]
    public void Collects_everything_once_the_heap_is_twice_what_the_last_full_collection_kept(long heapMb, long keptMb) =>
        Assert.Equal(CollectGarbage.Collection.Full, CollectGarbage.Decide(heapMb * MB, keptMb * MB, allocatedSinceCollection: 0, collectedSince: true));

    [Theory]
    [InlineData(119, 60)]
    [InlineData(63, 10)]
    [InlineData(163, 100)]
    public void Leaves_a_heap_alone_while_under_twice_the_kept_and_under_64_MB_more_while_little_was_allocated(long heapMb, long keptMb) =>
        Assert.Equal(CollectGarbage.Collection.None, CollectGarbage.Decide(heapMb * MB, keptMb * MB, allocatedSinceCollection: 31 * MB, collectedSince: false));

    [Theory]
    [InlineData(165, 100)]
    [InlineData(265, 200)]
    public void Collects_everything_once_a_large_heap_has_grown_64_MB_past_what_was_kept(long heapMb, long keptMb) =>
        Assert.Equal(CollectGarbage.Collection.Full, CollectGarbage.Decide(heapMb * MB, keptMb * MB, allocatedSinceCollection: 0, collectedSince: true));

    [Fact]
    public void Collects_the_young_generations_after_32_MB_allocated_without_a_collection() =>
        Assert.Equal(CollectGarbage.Collection.Young, CollectGarbage.Decide(150 * MB, 100 * MB, allocatedSinceCollection: 33 * MB, collectedSince: false));

    [Fact]
    public void Counts_allocations_again_after_a_collection_the_runtime_made_itself() =>
        Assert.Equal(CollectGarbage.Collection.None, CollectGarbage.Decide(150 * MB, 100 * MB, allocatedSinceCollection: 33 * MB, collectedSince: true));
}
