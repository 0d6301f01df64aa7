namespace Vigil.Storage.Database;

/// <summary>The data directory or database cannot be used; the message says why (never a password) and is shown as is.</summary>
public sealed class StoreUnavailableException(string message) : Exception(message)
{
    internal static string FirstLine(string text)
    {
        var nl = text.IndexOf('\n');
        return nl < 0 ? text : text[..nl].TrimEnd();
    }
}
