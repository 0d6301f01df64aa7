using System.Security.Cryptography;

namespace Vigil.Storage.Blobs;

/// <summary>
/// Content-addressed storage of original bytes under the data directory: a blob whose SHA-256 is
/// <c>abcd…</c> lives at <c>blobs/ab/cd/abcd…</c>. Writes go to a temporary file first and are moved
/// into place, so a killed process never leaves a half-written blob under a real name.
/// </summary>
public sealed class BlobStore
{
    /// <summary>Opens (and creates if needed) the blob store in <paramref name="root"/>.</summary>
    public BlobStore(string root)
    {
        Root = Path.GetFullPath(root);
        Database.DataDirectory.Create(Root);
    }

    /// <summary>The folder holding the blobs.</summary>
    public string Root { get; }

    /// <summary>Hex SHA-256 of <paramref name="bytes"/>: a blob's identity.</summary>
    public static string IdOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Where the blob with this id lives.</summary>
    public string PathOf(string id) => Path.Combine(Root, id[..2], id[2..4], id);

    /// <summary>True when the blob is present.</summary>
    public bool Exists(string id) => File.Exists(PathOf(id));

    /// <summary>Stores <paramref name="bytes"/> under <paramref name="id"/> unless already present.</summary>
    public void Put(string id, ReadOnlySpan<byte> bytes)
    {
        var path = PathOf(id);
        if (File.Exists(path))
        {
            return;
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            Database.DataDirectory.CreateSub(Path.GetDirectoryName(folder)!);
            Database.DataDirectory.CreateSub(folder);
        }

        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 };
        if (!OperatingSystem.IsWindows())
        {
            // Original bytes are a witness's words and photos: owner-only, whatever the umask.
            options.UnixCreateMode = Database.DataDirectory.FileMode;
        }

        using (var stream = new FileStream(temp, options))
        {
            stream.Write(bytes);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Opens a blob for reading.</summary>
    public FileStream Open(string id) => new(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Every blob file, with its id taken from its name.</summary>
    public IEnumerable<(string Id, string Path)> Enumerate()
    {
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            if (!name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                yield return (name, path);
            }
        }
    }
}
