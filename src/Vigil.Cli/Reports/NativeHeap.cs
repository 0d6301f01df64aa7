using System.Runtime.InteropServices;

namespace Vigil.Cli.Reports;

/// <summary>
/// glibc's malloc, which SQLite, the runtime and the JIT allocate from, keeps the memory they free in its arenas for
/// their next allocations instead of giving it back to the system, so what was freed stays in the process's working
/// set (5–10 MB at the highs of a 20,000-report round, docs/scaling.md, session 23). <c>malloc_trim(0)</c> returns
/// every free page of every arena. It exists only in
/// glibc: on other systems and C libraries (musl has no <c>libc.so.6</c>) <see cref="Trim"/> does nothing.
/// </summary>
internal static class NativeHeap
{
    private static readonly MallocTrim? Function = Find();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MallocTrim(nuint pad);

    /// <summary>Whether this process's C library has <c>malloc_trim</c> (Linux with glibc).</summary>
    public static bool Available => Function is not null;

    /// <summary>Gives the C library's free pages back to the system; true if any were given back.</summary>
    public static bool Trim() => Function is { } trim && trim(0) != 0;

    private static MallocTrim? Find() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out var address)
            ? Marshal.GetDelegateForFunctionPointer<MallocTrim>(address)
            : null;
}
