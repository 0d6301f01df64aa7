using System.Security.Cryptography;
using System.Text;

namespace Vigil.Storage.Keys;

/// <summary>
/// The key that encrypts Vigil's own secrets at rest (the web app's session-signing keys today), kept apart from
/// the data directory so that a copy of the data directory alone is not enough to forge a session. It comes from
/// <c>VIGIL_KEY_FILE</c> (a file holding 32 random bytes as base64 or hex), or <c>VIGIL_KEY</c> (the same, in the
/// environment), or else a file created owner-only in the user's configuration folder
/// (<c>~/.config/vigil/master.key</c>). <see cref="Seal"/> and <see cref="Open"/> are AES-256-GCM with a purpose
/// string as associated data, so a value sealed for one purpose cannot be passed off as another.
/// </summary>
public sealed class MasterKey
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const byte Version = 1;

    private readonly byte[] _key;

    private MasterKey(byte[] key, string origin)
    {
        _key = key;
        Origin = origin;
    }

    /// <summary>Where the key came from (a path or an environment variable name), for messages; never the key.</summary>
    public string Origin { get; }

    /// <summary>A key from bytes (32).</summary>
    public static MasterKey FromBytes(byte[] key, string origin) =>
        key.Length == 32 ? new MasterKey(key, origin) : throw new InvalidDataException($"{origin}: the key must be 32 bytes, not {key.Length}");

    /// <summary>
    /// Loads the key: <paramref name="keyFile"/> (VIGIL_KEY_FILE), else <paramref name="keyText"/> (VIGIL_KEY), else the
    /// default file under <paramref name="configHome"/>, created with a fresh random key when missing.
    /// </summary>
    public static MasterKey Load(string? keyFile, string? keyText, string configHome)
    {
        if (!string.IsNullOrWhiteSpace(keyFile))
        {
            if (!File.Exists(keyFile))
            {
                throw new InvalidDataException($"VIGIL_KEY_FILE {keyFile}: no such file");
            }

            return FromBytes(Parse(File.ReadAllText(keyFile), keyFile), keyFile);
        }

        if (!string.IsNullOrWhiteSpace(keyText))
        {
            return FromBytes(Parse(keyText, "VIGIL_KEY"), "VIGIL_KEY");
        }

        var path = Path.Combine(configHome, "vigil", "master.key");
        if (!File.Exists(path))
        {
            var folder = Path.GetDirectoryName(path)!;
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder);
            }
            else
            {
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using var writer = new StreamWriter(path, Encoding.ASCII, options);
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process created it first: use theirs.
            }
        }

        return FromBytes(Parse(File.ReadAllText(path), path), path);
    }

    /// <summary>A new random key, written (owner-only) to <paramref name="path"/>: what <c>VIGIL_KEY_FILE</c> points at.</summary>
    public static void Generate(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, Encoding.ASCII, options);
        writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
    }

    /// <summary>Encrypts and authenticates <paramref name="plaintext"/> for <paramref name="purpose"/>.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, string purpose)
    {
        var output = new byte[1 + NonceSize + TagSize + plaintext.Length];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(1 + NonceSize + TagSize), output.AsSpan(1 + NonceSize, TagSize), Encoding.UTF8.GetBytes(purpose));
        return output;
    }

    /// <summary>Decrypts what <see cref="Seal"/> made for <paramref name="purpose"/>; throws <see cref="CryptographicException"/> when it was altered, sealed for another purpose or with another key.</summary>
    public byte[] Open(ReadOnlySpan<byte> sealedBytes, string purpose)
    {
        if (sealedBytes.Length < 1 + NonceSize + TagSize || sealedBytes[0] != Version)
        {
            throw new CryptographicException("not a value sealed by Vigil's master key");
        }

        var plaintext = new byte[sealedBytes.Length - 1 - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes.Slice(1, NonceSize), sealedBytes[(1 + NonceSize + TagSize)..], sealedBytes.Slice(1 + NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(purpose));
        return plaintext;
    }

    private static byte[] Parse(string text, string origin)
    {
        text = text.Trim();
        try
        {
            return text.Length == 64 && text.All(Uri.IsHexDigit) ? Convert.FromHexString(text) : Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new InvalidDataException($"{origin}: the key must be 32 bytes in base64 or hex");
        }
    }
}
