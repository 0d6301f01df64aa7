using System.Runtime.InteropServices;
using Vigil.Cli.Reports;

namespace Vigil.Cli.Tests.Reports;

public sealed class NativeHeapTests
{
    private const int Block = 4096;
    private const int Blocks = 16384;

    [Fact]
    public void Gives_memory_freed_inside_the_C_heap_back_to_the_system()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.False(NativeHeap.Trim());
            return;
        }

        // 64 MB in blocks too small for malloc to map on their own, written so that they are resident, then all freed
        // but the last: the freed ones lie below it, where free() alone never gives memory back.
        var ones = Enumerable.Repeat((byte)1, Block).ToArray();
        var blocks = new nint[Blocks];
        for (var i = 0; i < Blocks; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(Block);
            Marshal.Copy(ones, 0, blocks[i], Block);
        }

        for (var i = 0; i < Blocks - 1; i++)
        {
            Marshal.FreeHGlobal(blocks[i]);
        }

        var before = Resident();
        var trimmed = NativeHeap.Trim();
        var after = Resident();
        Marshal.FreeHGlobal(blocks[^1]);

        Assert.True(trimmed);
        Assert.True(before - after >= 32L << 20, $"resident {before >> 20} MB before the trim, {after >> 20} MB after");
    }

    private static long Resident() => long.Parse(File.ReadAllText("/proc/self/statm").Split(' ')[1]) * Environment.SystemPageSize;
}
