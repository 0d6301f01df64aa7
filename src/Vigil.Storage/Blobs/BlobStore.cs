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
    /// Every blob with the SHA-256 and length of its bytes as stored now, for <c>vigil verify</c>: files are hashed on
    /// all cores; in the database, PostgreSQL hashes each row where it lies (<c>sha256(content)</c>), so no byte crosses
    /// the network.
    /// </summary>
    public IReadOnlyList<StoredBlob> HashAll(CancellationToken cancellationToken = default)
    {
        if (_database is not null)
        {
            var rows = new List<StoredBlob>();
            using var command = _database.CreateCommand("SELECT id, encode(sha256(content), 'hex'), length(content)::bigint FROM blobs");
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add(new StoredBlob(reader.GetString(0).Trim(), reader.GetString(1), reader.GetInt64(2)));
            }

            return rows;
        }

        var files = BlobFiles().ToList();
        var hashed = new ConcurrentBag<StoredBlob>();
        Parallel.ForEach(files, new ParallelOptions { CancellationToken = cancellationToken }, file =>
        {
            using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            hashed.Add(new StoredBlob(file.Id, Convert.ToHexStringLower(SHA256.HashData(stream)), stream.Length));
        });
        return hashed.ToList();
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
