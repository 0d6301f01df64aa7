using System.Collections.Concurrent;
using System.Security.Cryptography;
using Npgsql;

namespace Vigil.Storage.Blobs;

/// <summary>
/// Content-addressed storage of original bytes: a blob's id is the hex SHA-256 of its bytes. Two places hold them:
/// <list type="bullet">
/// <item>files under the data directory (the default): <c>blobs/ab/cd/abcd…</c>, written to a temporary file first
/// and moved into place, so a killed process never leaves a half-written blob under a real name;</item>
/// <item>the PostgreSQL table <c>blobs</c> (<see cref="InDatabase"/>, <c>--blobs database</c> with <c>--db</c>), which
/// every app server over that database sees. The folder is then only a local cache of blobs that were read as files
/// (ffmpeg and the image readers need a path), each checked against its id when it is copied out.</item>
/// </list>
/// </summary>
public sealed class BlobStore
{
    /// <summary>The PostgreSQL table of <see cref="InDatabase"/> (created by the SharedServers migration).</summary>
    public const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS blobs (id character varying(64) PRIMARY KEY, length bigint NOT NULL, content bytea NOT NULL);
        ALTER TABLE blobs ALTER COLUMN content SET STORAGE EXTERNAL;
        """;

    private readonly NpgsqlDataSource? _database;

    /// <summary>Opens (and creates if needed) the file blob store in <paramref name="root"/>.</summary>
    public BlobStore(string root)
    {
        Root = Path.GetFullPath(root);
        Database.DataDirectory.Create(Root);
    }

    private BlobStore(string cacheRoot, NpgsqlDataSource database)
        : this(cacheRoot)
    {
        _database = database;
    }

    /// <summary>Blobs in the PostgreSQL database at <paramref name="connectionString"/>'s <c>blobs</c> table, cached as files in <paramref name="cacheRoot"/> when read as files.</summary>
    public static BlobStore InDatabase(string cacheRoot, string connectionString) =>
        new(cacheRoot, new NpgsqlDataSourceBuilder(connectionString).Build());

    /// <summary>The folder holding the blobs (with <see cref="InDatabase"/>: the local cache).</summary>
    public string Root { get; }

    /// <summary>True when the blobs are in the database.</summary>
    public bool IsDatabase => _database is not null;

    /// <summary>Where the blobs are, for messages: the folder, or "the database's blobs table".</summary>
    public string Describe() => IsDatabase ? "the database's blobs table" : Root;

    /// <summary>Hex SHA-256 of <paramref name="bytes"/>: a blob's identity.</summary>
    public static string IdOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>
    /// A file holding the blob with this id. In the database store the blob is copied out into the local cache first
    /// (when present in the database); the file store's path is where the blob is, or will be, kept.
    /// </summary>
    public string PathOf(string id)
    {
        var path = CachePath(id);
        if (_database is not null && !File.Exists(path) && Read(id) is { } bytes && IdOf(bytes) == id)
        {
            WriteFile(path, bytes);
        }

        return path;
    }

    /// <summary>True when the blob is present.</summary>
    public bool Exists(string id)
    {
        if (_database is null)
        {
            return File.Exists(CachePath(id));
        }

        using var command = _database.CreateCommand("SELECT EXISTS (SELECT 1 FROM blobs WHERE id = $1)");
        command.Parameters.AddWithValue(id);
        return (bool)command.ExecuteScalar()!;
    }

    /// <summary>Stores <paramref name="bytes"/> under <paramref name="id"/> unless already present.</summary>
    public void Put(string id, ReadOnlySpan<byte> bytes)
    {
        if (_database is null)
        {
            var path = CachePath(id);
            if (!File.Exists(path))
            {
                WriteFile(path, bytes);
            }

            return;
        }

        if (Exists(id))
        {
            return;
        }

        // Committed on its own before the rows that name it (as a file is): a blob without rows is harmless and
        // is counted by `vigil verify` as unreferenced; rows without their blob never happen.
        using var command = _database.CreateCommand("INSERT INTO blobs (id, length, content) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING");
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue((long)bytes.Length);
        command.Parameters.AddWithValue(bytes.ToArray());
        command.ExecuteNonQuery();
    }

    /// <summary>The blob's bytes, or null when it is missing.</summary>
    public byte[]? Read(string id)
    {
        if (_database is null)
        {
            var path = CachePath(id);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        using var command = _database.CreateCommand("SELECT content FROM blobs WHERE id = $1");
        command.Parameters.AddWithValue(id);
        return command.ExecuteScalar() as byte[];
    }

    /// <summary>The ids of every blob held, in order.</summary>
    public IReadOnlyList<string> ListIds()
    {
        var ids = new List<string>();
        if (_database is not null)
        {
            using var command = _database.CreateCommand("SELECT id FROM blobs ORDER BY id");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0).Trim());
            }

            return ids;
        }

        ids.AddRange(BlobFiles().Select(file => file.Id));
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Opens a blob for reading.</summary>
    public FileStream Open(string id) => new(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>
    /// Every blob with the SHA-256 and length of its bytes as stored now, in id order (ordinal), for <c>vigil verify</c>,
    /// read as it goes so that memory does not grow with the store: files are hashed on all cores a chunk at a time; in the
    /// database, PostgreSQL hashes each row where it lies (<c>sha256(content)</c>), so no byte crosses the network.
    /// </summary>
    public IEnumerable<StoredBlob> HashInOrder(CancellationToken cancellationToken = default)
    {
        if (_database is not null)
        {
            using var command = _database.CreateCommand("""SELECT id, encode(sha256(content), 'hex'), length(content)::bigint FROM blobs ORDER BY id COLLATE "C" """);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return new StoredBlob(reader.GetString(0).Trim(), reader.GetString(1), reader.GetInt64(2));
            }

            yield break;
        }

        foreach (var chunk in BlobFilesInOrder().Chunk(256))
        {
            var hashed = new StoredBlob[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            {
                using var stream = new FileStream(chunk[i].Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                hashed[i] = new StoredBlob(chunk[i].Id, Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length);
            });

            foreach (var blob in hashed)
            {
                yield return blob;
            }
        }
    }

    /// <summary>
    /// The folder's blob files in id order: the two levels of folders their names' first four characters make, walked in
    /// order, and any file found elsewhere (put there by hand) merged in at its place.
    /// </summary>
    private IEnumerable<(string Id, string Path)> BlobFilesInOrder()
    {
        var strays = BlobFiles().Where(file => file.Id.Length < 4 || file.Path != CachePath(file.Id)).OrderBy(file => file.Id, StringComparer.Ordinal).ToList();
        using var placed = PlacedBlobFiles().GetEnumerator();
        var more = placed.MoveNext();
        foreach (var stray in strays)
        {
            while (more && string.CompareOrdinal(placed.Current.Id, stray.Id) <= 0)
            {
                yield return placed.Current;
                more = placed.MoveNext();
            }

            yield return stray;
        }

        while (more)
        {
            yield return placed.Current;
            more = placed.MoveNext();
        }
    }

    private IEnumerable<(string Id, string Path)> PlacedBlobFiles()
    {
        static IEnumerable<string> Sorted(IEnumerable<string> paths) => paths.OrderBy(Path.GetFileName, StringComparer.Ordinal);
        if (!Directory.Exists(Root))
        {
            yield break;
        }

        foreach (var first in Sorted(Directory.EnumerateDirectories(Root)))
        {
            foreach (var second in Sorted(Directory.EnumerateDirectories(first)))
            {
                foreach (var path in Sorted(Directory.EnumerateFiles(second)))
                {
                    var id = Path.GetFileName(path);
                    if (id.Length >= 4 && !id.EndsWith(".tmp", StringComparison.Ordinal) && path == CachePath(id))
                    {
                        yield return (id, path);
                    }
                }
            }
        }
    }

    // The folder's blob files with their ids (their names); files being written (*.tmp) are not blobs yet.
    private IEnumerable<(string Id, string Path)> BlobFiles() =>
        Directory.Exists(Root)
            ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
                .Select(path => (Id: Path.GetFileName(path), Path: path))
                .Where(file => !file.Id.EndsWith(".tmp", StringComparison.Ordinal))
            : [];

    private string CachePath(string id) => Path.Combine(Root, id[..2], id[2..4], id);

    private static void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
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
}
