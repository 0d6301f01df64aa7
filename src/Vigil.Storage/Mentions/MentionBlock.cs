namespace Vigil.Storage.Mentions;

/// <summary>One candidate block a mention belongs to (type family × month × region): lets ingest find the stored mentions a new one must be compared with.</summary>
public sealed class MentionBlock
{
    /// <summary>The block, as <c>BlockKey.ToString()</c> ("Demonstration|2019-11|IR/FARS").</summary>
    public required string Key { get; init; }

    /// <summary>The mention.</summary>
    public required Guid MentionId { get; init; }
}
