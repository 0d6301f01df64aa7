namespace Vigil.Storage.Keys;

/// <summary>
/// One key of the web app's data-protection key ring (the keys that sign session cookies and antiforgery
/// tokens), kept in the database so that every app server over the same database reads the same ring and
/// accepts the others' cookies. <see cref="Xml"/> is the key's XML descriptor with its secret sealed by the
/// <see cref="MasterKey"/>: the database never holds the secret in the clear, nor the key that opens it.
/// </summary>
public sealed class DataProtectionKey
{
    /// <summary>Row id (insertion order).</summary>
    public int Id { get; set; }

    /// <summary>The name the key ring gave the element (<c>key-GUID</c>).</summary>
    public string? FriendlyName { get; set; }

    /// <summary>The key's XML, its secret sealed with the master key.</summary>
    public string Xml { get; set; } = string.Empty;
}
