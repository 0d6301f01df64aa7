using Vigil.Core;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Vigil.Storage.Users;

/// <summary>Password hashing (ASP.NET Core Identity's PBKDF2 hasher) and one-time passwords.</summary>
public static class Passwords
{
    /// <summary>Shortest password a user may choose.</summary>
    public const int MinimumLength = 12;

    // No 0/O, 1/l/I: one-time passwords are read off a terminal and typed by hand.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static readonly PasswordHasher<User> Hasher = new();

    /// <summary>A random 20-character password (about 116 bits).</summary>
    public static string NewOneTime() => RandomNumberGenerator.GetString(Alphabet, 20);

    /// <summary>The hash to store for <paramref name="password"/>.</summary>
    public static string Hash(User user, string password) => Hasher.HashPassword(user, password);

    /// <summary>True when <paramref name="password"/> matches the stored hash (in constant time).</summary>
    public static bool Verify(User user, string password) =>
        Hasher.VerifyHashedPassword(user, user.PasswordHash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;

    /// <summary>Null when <paramref name="password"/> is acceptable, otherwise why not.</summary>
    public static UserMessage? Problem(string? password)
    {
        // Statements, not a conditional expression: a conditional's arms would be built into English strings first.
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            return $"a password needs at least {MinimumLength} characters";
        }

        return password.Length > 256 ? "a password may have at most 256 characters" : null;
    }

    /// <summary>A new random security stamp.</summary>
    public static string NewStamp() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
