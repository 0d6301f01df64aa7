using System.Security.Cryptography;
using System.Text;

namespace Vigil.Core.Extraction;

/// <summary>
/// Which extraction produced a stored report's mentions: <c>"r{Rules}-{data hash}"</c>, e.g. <c>"r1-3f9a0c12b7e4"</c>.
/// <see cref="Rules"/> is bumped by hand whenever a change to the stages' code changes what they find (the golden
/// files changed); the data hash is the first 12 hex digits of a SHA-256 over every language pack file
/// (<c>Extraction/Data/&lt;lang&gt;/*.txt</c>) and the gazetteer (<c>Extraction/Places/Data/*</c>), names and contents, so
/// any change of a word list or place changes the version by itself. <c>vigil reextract</c> re-runs reports whose
/// stored version differs from <see cref="Current"/>.
/// </summary>
public static class PipelineVersion
{
    /// <summary>
    /// The rules' revision. Bump it in the same commit as any stage change that changes output (a golden file was
    /// regenerated); a data-only change needs no bump.
    /// </summary>
    public const int Rules = 13;

    private static readonly Lazy<string> Computed = new(() => $"r{Rules}-{DataHash()[..12]}");

    /// <summary>The version of the pipeline this build runs (<see cref="ExtractionPipeline.CreateDefault"/>).</summary>
    public static string Current => Computed.Value;

    /// <summary>Lower-case hex SHA-256 over the extraction data the assembly carries.</summary>
    public static string DataHash()
    {
        var assembly = typeof(PipelineVersion).Assembly;
        return HashOf(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Vigil.Core.Extraction.Data/", StringComparison.Ordinal) || n.StartsWith("Vigil.Core.Places.", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return (n, memory.ToArray());
            }));
    }

    /// <summary>
    /// SHA-256 over named files: names sorted (a back slash reads as a slash), each name and content hashed, carriage
    /// returns dropped so a checkout with CRLF line ends gives the same version.
    /// </summary>
    internal static string HashOf(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.Select(f => (Name: f.Name.Replace('\\', '/'), f.Bytes)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var content = Array.FindAll(bytes, b => b != (byte)'\r');
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(BitConverter.GetBytes(content.Length));
            hash.AppendData(content);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
