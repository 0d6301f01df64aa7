using System.Collections.Immutable;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Segmentation;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public sealed class ExtractionContextTests
{
    private sealed record Hashtag(TextSpan Span, string Tag);

    // A record type the pipeline has never heard of: its stage alone makes it, and later stages read it by type.
    private sealed class HashtagStage : ExtractionStage<Hashtag>
    {
        public override ImmutableArray<Hashtag> Extract(ExtractionContext context)
        {
            var found = ImmutableArray.CreateBuilder<Hashtag>();
            var words = context.Text.Split(' ');
            var at = 0;
            foreach (var word in words)
            {
                if (word.StartsWith('#') && word.Length > 1)
                {
                    found.Add(new Hashtag(new TextSpan(at, at + word.Length), word[1..]));
                }

                at += word.Length + 1;
            }

            return found.ToImmutable();
        }
    }

    [Fact]
    public void A_stage_of_a_new_record_type_stores_its_records_for_later_stages_by_type()
    {
        var context = new ExtractionContext("Strikes spread #Zahedan and #Izeh today", null);

        new HashtagStage().Run(context);

        var tags = context.Get<Hashtag>();
        Assert.Equal(["Zahedan", "Izeh"], tags.Select(t => t.Tag));
        Assert.Equal("#Izeh", context.Text[tags[1].Span.Start..tags[1].Span.End]);
    }

    [Fact]
    public void Records_no_stage_made_read_as_empty_not_default()
    {
        var context = new ExtractionContext("Nothing ran.", null);

        Assert.True(context.Get<Hashtag>().IsEmpty);
        Assert.True(context.Dates.IsEmpty);
        Assert.False(context.Sentences.IsDefault);
    }

    [Fact]
    public void Storing_records_again_replaces_the_earlier_ones()
    {
        var context = new ExtractionContext("Protests spread. Police fired.", null);
        new SegmentationStage().Run(context);
        Assert.Equal(2, context.Sentences.Length);

        context.Set<Sentence>([]);

        Assert.Empty(context.Sentences);
        Assert.Single(context.Paragraphs);
    }

    [Fact]
    public void The_result_carries_every_record_type_the_stages_made()
    {
        var result = ExtractionPipeline.CreateDefault().Run("Protesters gathered in Tehran on 5 May 2023.", null);

        Assert.Equal(result.Dates, result.Get<DateMention>());
        Assert.Equal(PartialDate.OfDay(new DateOnly(2023, 5, 5)), Assert.Single(result.Get<DateMention>()).Start);
        Assert.True(result.Get<Hashtag>().IsEmpty);
    }

    [Fact]
    public void Quotes_are_scanned_once_for_the_stages_that_read_them_and_again_for_another_paragraph_limit()
    {
        var context = new ExtractionContext("“We will not stop,” his mother said. The court called it “a warning”.", null);

        var quotes = context.Quotes(20);

        Assert.Same(quotes, context.Quotes(20));
        Assert.Equal(["We will not stop,", "a warning"], quotes.Select(q => context.Text[q.Content.Start..q.Content.End]));
        var other = context.Quotes(1);
        Assert.NotSame(quotes, other);
        Assert.Equal(quotes.Select(q => q.Span), other.Select(q => q.Span));
    }
}
