using System.Collections.Immutable;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Pipeline;

// The log-time look-ups that replaced scans of every record (linear time on long reports) must give the scans' answers.
public sealed class SpanSetTests
{
    [Fact]
    public void A_span_overlaps_only_what_shares_a_character_with_it()
    {
        var set = new SpanSet();
        set.Add(new TextSpan(30, 60));
        set.Add(new TextSpan(0, 5));
        set.Add(new TextSpan(70, 71));

        Assert.True(set.Overlaps(new TextSpan(50, 55)));  // inside a long span that starts 20 characters before
        Assert.True(set.Overlaps(new TextSpan(4, 6)));
        Assert.False(set.Overlaps(new TextSpan(5, 30)));  // touches both ends, shares no character
        Assert.False(set.Overlaps(new TextSpan(71, 90)));
        Assert.False(set.Overlaps(new TextSpan(40, 40))); // an empty span overlaps nothing
    }

    [Fact]
    public void Overlaps_answers_as_a_scan_of_every_span_added()
    {
        var random = new Random(7);
        var set = new SpanSet();
        var added = new List<TextSpan>();
        for (var i = 0; i < 400; i++)
        {
            var start = random.Next(0, 2000);
            var span = new TextSpan(start, start + random.Next(0, i % 50 == 0 ? 300 : 12));
            Assert.Equal(added.Exists(a => a.Overlaps(span)), set.Overlaps(span));
            if (random.Next(3) == 0)
            {
                set.Add(span);
                added.Add(span);
            }
        }
    }

    [Fact]
    public void Intersects_answers_as_the_person_fates_scan_empty_spans_included()
    {
        var random = new Random(5);
        var set = new SpanSet();
        var added = new List<TextSpan>();
        for (var i = 0; i < 400; i++)
        {
            var start = random.Next(0, 1500);
            var span = new TextSpan(start, start + random.Next(0, i % 40 == 0 ? 200 : 10));
            Assert.Equal(added.Exists(r => r.Start < span.End && span.Start < r.End), set.Intersects(span.Start, span.End));
            if (random.Next(3) == 0)
            {
                set.Add(span);
                added.Add(span);
            }
        }
    }

    [Fact]
    public void Date_cover_with_reach_answers_as_the_scan_of_every_date()
    {
        var random = new Random(11);
        var day = PartialDate.OfYear(2022);
        var dates = Enumerable.Range(0, 300)
            .Select(_ => random.Next(0, 5000))
            .Select(start => new DateMention(new TextSpan(start, start + random.Next(1, random.Next(10) == 0 ? 120 : 15)), day, null, false))
            .OrderBy(d => d.Span.Start)
            .ToImmutableArray();
        var reach = DateMentions.Reach(dates);
        Assert.Equal(dates.Max(d => d.Span.Length), reach);

        for (var i = 0; i < 2000; i++)
        {
            var start = random.Next(0, 5100);
            var word = new TextSpan(start, start + random.Next(1, 8));
            var from = random.Next(0, dates.Length);
            var sentence = dates.AsSpan()[from..random.Next(from, dates.Length + 1)];
            Assert.Equal(DateMentions.Cover(sentence, word), DateMentions.Cover(sentence, word, reach));
        }
    }

    [Fact]
    public void Dates_out_of_text_order_have_no_reach_and_are_scanned()
    {
        var year = PartialDate.OfYear(2022);
        ImmutableArray<DateMention> dates = [new(new TextSpan(40, 50), year, null, false), new(new TextSpan(0, 10), year, null, false)];

        Assert.Equal(-1, DateMentions.Reach(dates));
        Assert.True(DateMentions.Cover(dates.AsSpan(), new TextSpan(2, 4), -1));
    }
}
