namespace Vigil.Storage.Users;

/// <summary>What <see cref="SignInUser"/> found; <paramref name="User"/> is set when the password was right.</summary>
public sealed record SignInResult(SignInStatus Status, User? User);
