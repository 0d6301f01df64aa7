namespace Vigil.Storage.Statements;

/// <summary>One utterance by one speaker, possibly quoted by several reports (its StatementMentions).</summary>
public sealed class Statement
{
    /// <summary>Id: the smallest member statement-mention id, so re-clustering gives the same ids.</summary>
    public required Guid Id { get; init; }

    /// <summary>Who said it.</summary>
    public required Guid SpeakerId { get; set; }

    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY: the most precise date among the mentions.</summary>
    public string? Date { get; set; }

    /// <summary>First day the date can denote (for ordering a speaker's statements).</summary>
    public DateOnly? DateFrom { get; set; }

    /// <summary>The longest quoted form.</summary>
    public required string Quote { get; set; }

    /// <summary>Where it was said, when given.</summary>
    public string? Outlet { get; set; }

    /// <summary>Reports quoting it.</summary>
    public int MentionCount { get; set; }

    /// <summary>Distinct outlets quoting it, "; "-separated.</summary>
    public string Sources { get; set; } = string.Empty;
}
