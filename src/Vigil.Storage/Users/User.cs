namespace Vigil.Storage.Users;

/// <summary>A person who signs in to the web app. Names are account names, never a witness's or victim's.</summary>
public sealed class User
{
    /// <summary>Client-generated id (UUID v7), so the audit entry can name it before the row is saved.</summary>
    public required Guid Id { get; init; }

    /// <summary>Account name: lower case letters, digits, '.', '_' or '-'; unique.</summary>
    public required string Name { get; init; }

    /// <summary>One of <see cref="UserRole.All"/>.</summary>
    public required string Role { get; set; }

    /// <summary>ASP.NET Core Identity's <c>PasswordHasher</c> output (PBKDF2, salted, versioned).</summary>
    public required string PasswordHash { get; set; }

    /// <summary>True while the password is a generated one-time password that must be changed at the next sign-in.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>A disabled account cannot sign in or use its API tokens.</summary>
    public bool Disabled { get; set; }

    /// <summary>Failed sign-ins since the last success or lock-out (not audited: operational state).</summary>
    public int FailedSignIns { get; set; }

    /// <summary>Sign-in is refused until then (UTC).</summary>
    public DateTime? LockedUntil { get; set; }

    /// <summary>Changes whenever the password, role or status changes; cookies issued before are rejected.</summary>
    public required string SecurityStamp { get; set; }

    /// <summary>The interface language the user chose (<see cref="UserPreferences.Languages"/>), or null to follow the browser's Accept-Language.</summary>
    public string? Language { get; set; }

    /// <summary>The calendar dates are shown in (<see cref="UserPreferences.Calendars"/>), or null for the language's usual one (Solar Hijri for Persian).</summary>
    public string? Calendar { get; set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; init; }
}
