namespace Vigil.Storage.Audit;

/// <summary>What <see cref="VerifyStore"/> found.</summary>
/// <param name="Problems">Each problem found, in check order (chain, rows, blobs); empty when everything verifies. At most 100 are kept.</param>
/// <param name="AuditEntries">Audit entries walked.</param>
/// <param name="Rows">Audited rows re-hashed.</param>
/// <param name="Blobs">Blobs re-hashed.</param>
/// <param name="BlobBytes">Bytes re-hashed.</param>
/// <param name="OrphanBlobs">Blobs no row refers to (left by an interrupted ingest; harmless).</param>
/// <param name="HeadSequence">Sequence number of the newest entry (0 when the log is empty).</param>
/// <param name="HeadHash">Hash of the newest entry: publish it elsewhere to anchor the chain.</param>
/// <param name="Elapsed">Time taken.</param>
public sealed record VerifyResult(
    IReadOnlyList<string> Problems,
    long AuditEntries,
    long Rows,
    long Blobs,
    long BlobBytes,
    long OrphanBlobs,
    long HeadSequence,
    string HeadHash,
    TimeSpan Elapsed)
{
    /// <summary>True when nothing was found wrong.</summary>
    public bool Ok => Problems.Count == 0;
}
