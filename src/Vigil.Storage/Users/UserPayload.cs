using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vigil.Storage.Users;

/// <summary>
/// Canonical payload hashes of accounts and tokens for the audit log, so that <c>vigil verify</c> finds an
/// account edited behind Vigil's back (a role raised, a password hash replaced). Sign-in counters and
/// lock-out times are operational state and stay out of the payload.
/// </summary>
public static class UserPayload
{
    /// <summary>Hex SHA-256 of a user's audited fields (the password hash enters through its own hash).</summary>
    public static string HashOf(User user) => Hash(w =>
    {
        w.WriteString("type", "user");
        w.WriteString("id", user.Id.ToString());
        w.WriteString("name", user.Name);
        w.WriteString("role", user.Role);
        w.WriteString("password_sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(user.PasswordHash))));
        w.WriteBoolean("must_change_password", user.MustChangePassword);
        w.WriteBoolean("disabled", user.Disabled);
        w.WriteString("security_stamp", user.SecurityStamp);
    });

    /// <summary>Hex SHA-256 of an API token's audited fields.</summary>
    public static string HashOf(ApiToken token) => Hash(w =>
    {
        w.WriteString("type", "api_token");
        w.WriteString("id", token.Id.ToString());
        w.WriteString("user_id", token.UserId.ToString());
        w.WriteString("name", token.Name);
        w.WriteString("secret_hash", token.SecretHash);
        w.WriteString("revoked_at", token.RevokedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));

        // Tokens made before scopes and expiry existed were audited without them; their hashes must still verify.
        if (token.ExpiresAt is { } expires)
        {
            w.WriteString("scope", token.Scope);
            w.WriteString("expires_at", expires.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        }
    });

    private static string Hash(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }
}
