namespace Vigil.Cli.Store;

/// <summary>The data directory or database cannot be used; the message says why and is shown as is.</summary>
internal sealed class StoreUnavailableException(string message) : Exception(message);
