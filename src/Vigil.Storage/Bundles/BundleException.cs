namespace Vigil.Storage.Bundles;

/// <summary>A bundle cannot be written or read: the message names the file or folder and the problem.</summary>
public sealed class BundleException(string message) : Exception(message);
