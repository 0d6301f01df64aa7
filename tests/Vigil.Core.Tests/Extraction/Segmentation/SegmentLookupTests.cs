using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Segmentation;

namespace Vigil.Core.Tests.Extraction.Segmentation;

public sealed class SegmentLookupTests
{
    private static ExtractionContext Segment(string text)
    {
        var context = new ExtractionContext(text, null);
        new SegmentationStage().Run(context);
        return context;
    }

    [Fact]
    public void Finds_the_sentence_containing_an_offset()
    {
        const string text = "One two. Three four.\n\nFive six.";
        var sentences = Segment(text).Sentences;

        Assert.Equal(0, SegmentLookup.SentenceAt(sentences, 0));
        Assert.Equal(0, SegmentLookup.SentenceAt(sentences, 7));
        Assert.Equal(-1, SegmentLookup.SentenceAt(sentences, 8));
        Assert.Equal(1, SegmentLookup.SentenceAt(sentences, text.IndexOf("four", StringComparison.Ordinal)));
        Assert.Equal(2, SegmentLookup.SentenceAt(sentences, text.IndexOf("six", StringComparison.Ordinal)));
        Assert.Equal(-1, SegmentLookup.SentenceAt(sentences, text.Length));
        Assert.Equal(-1, SegmentLookup.SentenceAt([], 3));
    }

    [Fact]
    public void Finds_the_sentence_at_or_before_an_offset_in_whitespace()
    {
        const string text = "One two. Three four.\n\nFive six.";
        var sentences = Segment(text).Sentences;

        Assert.Equal(0, SegmentLookup.SentenceAtOrBefore(sentences, 8));
        Assert.Equal(1, SegmentLookup.SentenceAtOrBefore(sentences, 21));
        Assert.Equal(-1, SegmentLookup.SentenceAtOrBefore(sentences, -1));
    }

    [Fact]
    public void Finds_the_paragraph_containing_an_offset()
    {
        const string text = "One two. Three four.\n\nFive six.";
        var paragraphs = Segment(text).Paragraphs;

        Assert.Equal(0, SegmentLookup.ParagraphAt(paragraphs, 10));
        Assert.Equal(-1, SegmentLookup.ParagraphAt(paragraphs, 21));
        Assert.Equal(1, SegmentLookup.ParagraphAt(paragraphs, 22));
    }
}
