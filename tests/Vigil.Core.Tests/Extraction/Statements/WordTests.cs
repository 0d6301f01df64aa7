using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Statements;

public sealed class WordTests
{
    [Fact]
    public void Splits_words_punctuation_and_a_title_s_dot()
    {
        const string text = "Gen. Hossein Salami’s office said, “no.”";

        var words = Word.Split(text, 0, text.Length);

        Assert.Equal(["Gen.", "Hossein", "Salami’s", "office", "said", ",", "“", "no", ".", "”"], words.Select(w => w.Text));
        Assert.Equal((5, 12), (words[1].Start, words[1].End));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(40)]
    public void A_split_stopped_after_max_words_holds_the_whole_split_s_first_words(int max)
    {
        const string text = "On Monday, Brig. Gen. Ali Fadavi told reporters in Tehran that 12 protesters—all of them students—were held.";
        foreach (var (from, to) in new[] { (0, text.Length), (3, 60), (11, 22), (20, 21) })
        {
            var whole = Word.Split(text, from, to);

            var first = Word.Split(text, from, to, max);

            Assert.Equal(whole.Take(max), first);
        }

        Assert.Equal(["On", "Monday", ",", "Brig."], Word.Split(text, 0, text.Length, max: 4).Select(w => w.Text));
    }

    [Theory]
    [InlineData("Gen. Hossein Salami’s office said, “no.”")]
    [InlineData("  On Monday,\tBrig. Gen. Ali Fadavi told U.S. reporters—12 of them—in Tehran: “they're 22-year-old students…”\n")]
    [InlineData("ماموران روز شنبه ۲۵ آبان، «۳۰ نفر» را بازداشت کردند.")]
    [InlineData("")]
    [InlineData("   ")]
    public void The_spans_are_where_the_split_s_words_start_and_end(string text)
    {
        foreach (var (from, to) in new[] { (0, text.Length), (Math.Min(2, text.Length), text.Length), (0, text.Length / 2) })
        {
            var spans = new List<(int, int)>();
            foreach (var span in Word.Spans(text, from, to))
            {
                spans.Add(span);
            }

            Assert.Equal(Word.Split(text, from, to).Select(w => (w.Start, w.End)), spans);
        }
    }
}
