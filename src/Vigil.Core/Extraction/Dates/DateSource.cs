namespace Vigil.Core.Extraction.Dates;

/// <summary>Where a mention's date came from: the contract's <c>date_source</c> ("text", "publication", "none").</summary>
public enum DateSource
{
    /// <summary>The report's text says when (in the sentence, its paragraph, the statement reporting it or the dateline).</summary>
    Text,

    /// <summary>
    /// The text gives no date and the report's publication date stands in: the event happened on or before that day.
    /// Never an exact day for exports (ACLED time_precision 3).
    /// </summary>
    Publication,

    /// <summary>No date at all.</summary>
    None,
}
