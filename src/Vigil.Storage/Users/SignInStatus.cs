namespace Vigil.Storage.Users;

/// <summary>The outcome of a sign-in attempt.</summary>
public enum SignInStatus
{
    /// <summary>Name and password match.</summary>
    Succeeded,

    /// <summary>Name and password match, but the password is a one-time password that must be changed first.</summary>
    MustChangePassword,

    /// <summary>Unknown name, wrong password or disabled account (not told apart, on purpose).</summary>
    Failed,

    /// <summary>Too many failures: refused until the lock-out ends.</summary>
    LockedOut,
}
