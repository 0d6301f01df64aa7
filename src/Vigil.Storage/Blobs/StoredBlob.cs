namespace Vigil.Storage.Blobs;

/// <summary>A blob as <see cref="BlobStore.HashInOrder"/> found it: its id (the hash it was stored under) and the SHA-256 and length of its bytes now.</summary>
public sealed record StoredBlob(string Id, string Sha256, long Length);
