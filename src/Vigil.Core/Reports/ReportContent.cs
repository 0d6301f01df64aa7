namespace Vigil.Core.Reports;

/// <summary>A report read from its original bytes: its metadata and its body text.</summary>
/// <param name="Metadata">Front matter or HTML head.</param>
/// <param name="Body">The text that extraction runs on and that every span indexes into. Line endings are normalised to <c>\n</c>.</param>
/// <param name="Format">The format the report was read as.</param>
public sealed record ReportContent(ReportMetadata Metadata, string Body, ReportFormat Format)
{
    /// <summary>Number of whitespace-separated words in the body.</summary>
    public int WordCount
    {
        get
        {
            var count = 0;
            var inWord = false;
            foreach (var c in Body)
            {
                var space = char.IsWhiteSpace(c);
                if (!space && !inWord)
                {
                    count++;
                }

                inWord = !space;
            }

            return count;
        }
    }
}
