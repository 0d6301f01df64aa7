using System.Runtime.InteropServices;

namespace Vigil.Cli.Bench;

/// <summary>
/// The calling thread's CPU time (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)), so a benchmark on a shared
/// machine can report what an operation costs beside the wall clock, which mostly measures the others' load.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>Whether the platform gives thread CPU time (Linux).</summary>
    public static bool Available => OperatingSystem.IsLinux();

    /// <summary>CPU time the calling thread has used, in milliseconds (0 where unavailable).</summary>
    public static double Milliseconds()
    {
        if (!Available || ClockGetTime(ClockThreadCpuTime, out var time) != 0)
        {
            return 0;
        }

        return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
