namespace Vigil.Storage.Ingest;

/// <summary>What happened to one file.</summary>
public enum IngestStatus
{
    /// <summary>Newly stored.</summary>
    Stored,

    /// <summary>The same bytes were stored before; nothing was written.</summary>
    AlreadyStored,

    /// <summary>Not a report or evidence file (found while walking a folder); left alone.</summary>
    Skipped,

    /// <summary>Could not be ingested; <see cref="IngestOutcome.Message"/> says why. Nothing was written for it.</summary>
    Failed,
}
