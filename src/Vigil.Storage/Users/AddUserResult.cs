using Vigil.Core;
namespace Vigil.Storage.Users;

/// <summary>What <see cref="AddUser"/> did: the new account and its one-time password, or the problem.</summary>
public sealed record AddUserResult(User? User, string? OneTimePassword, UserMessage? Error)
{
    /// <summary>True when the account was created.</summary>
    public bool Succeeded => Error is null;

    internal static AddUserResult Failed(UserMessage error) => new(null, null, error);
}
