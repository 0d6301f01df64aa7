using System.Collections.Immutable;

namespace Vigil.Core.Extraction.Segmentation;

/// <summary>
/// Finds the sentence or paragraph holding a text offset, by binary search over the segmentation
/// stage's results (which are in text order and do not overlap). For use by later stages.
/// </summary>
public static class SegmentLookup
{
    /// <summary>
    /// The index of the sentence whose span contains <paramref name="offset"/>, or -1 when the offset
    /// falls between sentences (whitespace) or outside the text. O(log n).
    /// </summary>
    public static int SentenceAt(ImmutableArray<Sentence> sentences, int offset)
    {
        var i = SentenceAtOrBefore(sentences, offset);
        return i >= 0 && sentences[i].Span.Contains(offset) ? i : -1;
    }

    /// <summary>
    /// The index of the last sentence that starts at or before <paramref name="offset"/>, or -1 when
    /// none does. Unlike <see cref="SentenceAt"/> it also answers for offsets in whitespace.
    /// </summary>
    public static int SentenceAtOrBefore(ImmutableArray<Sentence> sentences, int offset)
    {
        int lo = 0, hi = sentences.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (sentences[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The index of the paragraph whose span contains <paramref name="offset"/>, or -1. O(log n).</summary>
    public static int ParagraphAt(ImmutableArray<Paragraph> paragraphs, int offset)
    {
        int lo = 0, hi = paragraphs.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var span = paragraphs[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
