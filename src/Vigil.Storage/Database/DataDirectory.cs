namespace Vigil.Storage.Database;

/// <summary>
/// The data directory holds the database (SQLite), the original bytes of every report and the keys that sign
/// sessions: nobody but its owner may read it. It is created owner-only (0700) and files written into it are
/// owner-only (0600); <see cref="Problem"/> names what lets others in, and <c>vigil serve</c> refuses to start then.
/// </summary>
public static class DataDirectory
{
    /// <summary>Owner read, write and search: 0700.</summary>
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Owner read and write: 0600.</summary>
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates <paramref name="path"/> (and missing parents) owner-only; an existing folder is left as it is.</summary>
    public static void Create(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, FolderMode);
        }
    }

    /// <summary>Creates a folder inside the data directory owner-only.</summary>
    public static DirectoryInfo CreateSub(string path) =>
        OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, FolderMode);

    /// <summary>Makes an existing file owner-only (no-op on Windows, where the folder's ACL applies).</summary>
    public static void Restrict(string file)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(file))
        {
            File.SetUnixFileMode(file, FileMode);
        }
    }

    /// <summary>
    /// What lets someone other than the owner read or change the data directory, or null. Checks the folder
    /// itself (without search permission for others nothing inside is reachable) and its direct entries.
    /// </summary>
    public static string? Problem(string path)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(path))
        {
            return null;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & Others) != 0)
        {
            return $"the data directory {path} is open to other users (mode {Octal(mode)}): run chmod 700 '{path}'";
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(path))
        {
            var entryMode = File.GetUnixFileMode(entry);
            if ((entryMode & (UnixFileMode.OtherWrite | UnixFileMode.GroupWrite)) != 0 && new FileInfo(entry).LinkTarget is null)
            {
                return $"{entry} is writable by other users (mode {Octal(entryMode)}): run chmod go-w '{entry}'";
            }
        }

        return null;
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');
}
