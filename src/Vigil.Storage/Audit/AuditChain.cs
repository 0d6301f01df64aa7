using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Storage.Audit;

/// <summary>The hash-chain rule: how an entry's hash is computed from its fields and its predecessor.</summary>
public static class AuditChain
{
    /// <summary>The <see cref="AuditEntry.PreviousHash"/> of the first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Truncates a timestamp to whole microseconds, the precision both SQLite and PostgreSQL keep.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>Hex SHA-256 over the entry's fields, separated by newlines, ending with the previous hash.</summary>
    public static string HashOf(long sequence, DateTime at, string actor, string action, string subjectType, string subjectId, string payloadHash, string previousHash)
    {
        var canonical = string.Join('\n',
            sequence.ToString(CultureInfo.InvariantCulture),
            at.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            Escape(actor),
            Escape(action),
            Escape(subjectType),
            Escape(subjectId),
            payloadHash,
            previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Recomputes <paramref name="entry"/>'s hash from its stored fields.</summary>
    public static string HashOf(AuditEntry entry) =>
        HashOf(entry.Sequence, entry.At, entry.Actor, entry.Action, entry.SubjectType, entry.SubjectId, entry.PayloadHash, entry.PreviousHash);

    private static string Escape(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
