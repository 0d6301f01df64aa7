using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Segmentation;

namespace Vigil.Core.Tests.Extraction.Segmentation;

public sealed class SegmentationStageTests
{
    private static ExtractionContext Run(string text, SegmentationOptions? options = null)
    {
        var context = new ExtractionContext(text, null);
        new SegmentationStage(options).Run(context);
        return context;
    }

    private static string[] Sentences(string text) =>
        Run(text).Sentences.Select(s => s.Span.Of(text)).ToArray();

    [Fact]
    public void Splits_paragraphs_at_blank_lines_and_single_line_breaks()
    {
        var text = "First paragraph.\n\nSecond paragraph.\nThird paragraph.\r\n\r\n  Fourth.  ";
        var context = Run(text);

        Assert.Equal(["First paragraph.", "Second paragraph.", "Third paragraph.", "Fourth."], context.Paragraphs.Select(p => p.Span.Of(text)));
        Assert.Equal([0, 1, 2, 3], context.Paragraphs.Select(p => p.Index));
        Assert.Equal(new TextSpan(58, 65), context.Paragraphs[3].Span);
    }

    [Fact]
    public void Joins_hard_wrapped_lines_that_continue_in_lower_case()
    {
        var text = "Protesters gathered in front of the\ngovernor's office on Sunday.\nPolice arrived later.";
        var context = Run(text);

        Assert.Equal(2, context.Paragraphs.Length);
        Assert.Equal("Protesters gathered in front of the\ngovernor's office on Sunday.", context.Paragraphs[0].Span.Of(text));
    }

    [Fact]
    public void Every_line_is_a_paragraph_when_joining_is_off()
    {
        var text = "Protesters gathered in front of the\ngovernor's office on Sunday.";
        var context = Run(text, new SegmentationOptions { JoinSoftWrappedLines = false });

        Assert.Equal(2, context.Paragraphs.Length);
    }

    [Fact]
    public void Splits_plain_sentences_and_excludes_whitespace()
    {
        var text = "  Police fired tear gas.   Dozens were hurt! Who ordered it?  ";
        var context = Run(text);

        Assert.Equal(["Police fired tear gas.", "Dozens were hurt!", "Who ordered it?"], context.Sentences.Select(s => s.Span.Of(text)));
        Assert.Equal(new TextSpan(2, 24), context.Sentences[0].Span);
        Assert.All(context.Sentences, s => Assert.Equal(0, s.Paragraph));
    }

    [Theory]
    [InlineData("Sen. Menendez and Gen. Soleimani met Dr. Smith in St. Louis. Then they left.", 2)]
    [InlineData("Protests broke out on Nov. 17, 2019 in Shiraz. More followed.", 2)]
    [InlineData("The U.S. State Department and the U.N. condemned it. Iran did not.", 2)]
    [InlineData("Mr. and Mrs. Rajavi spoke, i.e. the leaders. Others, e.g. students, also spoke.", 2)]
    [InlineData("He was held in Ward No. 8 of Evin. He was released.", 2)]
    [InlineData("Prices rose by 3.5 percent. Fuel rose 300.5 percent.", 2)]
    [InlineData("The letter was signed by J. Smith and George W. Bush. It was read aloud.", 2)]
    [InlineData("Sanctions were imposed by the U.S. The economy shrank.", 2)]
    [InlineData("Police, soldiers, etc. were deployed. Nobody resisted.", 2)]
    public void Does_not_split_after_abbreviations_initials_or_inside_numbers(string text, int count)
    {
        Assert.Equal(count, Sentences(text).Length);
    }

    [Fact]
    public void Splits_after_a_final_abbreviation_before_a_sentence_opener()
    {
        Assert.Equal(["Sanctions were imposed by the U.S.", "The economy shrank."], Sentences("Sanctions were imposed by the U.S. The economy shrank."));
    }

    [Fact]
    public void Keeps_the_closing_quote_with_the_sentence()
    {
        var text = "He said: “The MEK is the enemy.” “The solution is to avoid unrest.” The crowd left.";
        Assert.Equal(
            ["He said: “The MEK is the enemy.”", "“The solution is to avoid unrest.”", "The crowd left."],
            Sentences(text));
    }

    [Fact]
    public void Does_not_split_when_a_quoted_sentence_continues_with_its_attribution()
    {
        var text = "\"We will not back down,\" a protester said. \"Why?\" he asked. \"Because we are hungry.\" The police left.";
        Assert.Equal(
            ["\"We will not back down,\" a protester said.", "\"Why?\" he asked.", "\"Because we are hungry.\"", "The police left."],
            Sentences(text));
    }

    [Fact]
    public void Splits_after_an_ellipsis_only_before_a_capital()
    {
        var text = "The [MEK] … seek to launch an army… people in the city say no… However, we witness an attack... It spread.";
        Assert.Equal(
            ["The [MEK] … seek to launch an army… people in the city say no…", "However, we witness an attack...", "It spread."],
            Sentences(text));
    }

    [Fact]
    public void Marks_sentences_inside_a_quote_spanning_sentences()
    {
        var text = "Raisi said: “They should be dealt with firmly. They are hooligans.” Others disagreed.";
        var sentences = Run(text).Sentences;

        Assert.Equal(3, sentences.Length);
        Assert.False(sentences[0].InQuote);
        Assert.True(sentences[1].InQuote);
        Assert.Equal("They are hooligans.”", sentences[1].Span.Of(text));
        Assert.False(sentences[2].InQuote);
    }

    [Fact]
    public void Continues_a_quote_into_the_next_paragraph_that_opens_with_a_quote_mark()
    {
        var text = "The daily wrote:\n\n“Inflation has destroyed lives. Every day people leave.\n\n“The units are not idle. They held a summit.”\n\nThe article ended there.";
        var context = Run(text);
        var s = context.Sentences;

        Assert.Equal(4, context.Paragraphs.Length);
        Assert.Equal(
            ["The daily wrote:", "“Inflation has destroyed lives.", "Every day people leave.", "“The units are not idle.", "They held a summit.”", "The article ended there."],
            s.Select(x => x.Span.Of(text)));
        Assert.Equal([false, false, true, true, true, false], s.Select(x => x.InQuote));
        Assert.Equal([0, 1, 1, 2, 2, 3], s.Select(x => x.Paragraph));
    }

    [Fact]
    public void Continues_a_quote_into_a_paragraph_that_closes_it_without_reopening()
    {
        var text = "“The units held a summit in July.\n\nEven the Prime Minister of Slovenia is invited.”\n\nThe daily also wrote about rallies.";
        var s = Run(text).Sentences;

        Assert.Equal([false, true, false], s.Select(x => x.InQuote));
    }

    [Fact]
    public void Forgets_an_unclosed_quote_at_a_paragraph_without_quote_marks()
    {
        var text = "The imam said: “Another thing the MEK does is to create unrest.\n\nWhy the regime fears the MEK\n\nThe society is explosive.";
        var s = Run(text).Sentences;

        Assert.Equal(["The imam said: “Another thing the MEK does is to create unrest.", "Why the regime fears the MEK", "The society is explosive."], s.Select(x => x.Span.Of(text)));
        Assert.All(s, x => Assert.False(x.InQuote));
    }

    [Fact]
    public void Headings_bylines_and_list_items_are_sentences_of_their_own()
    {
        var text = "Iran: Protests Spread to 100 Cities\nBy John Smith\n\n- Shiraz: banks burned\n* Tehran: roads blocked\n1. First demand is met. Second is not.\n2. Prisoners freed";
        var s = Sentences(text);

        Assert.Equal(
            ["Iran: Protests Spread to 100 Cities", "By John Smith", "- Shiraz: banks burned", "* Tehran: roads blocked", "1. First demand is met.", "Second is not.", "2. Prisoners freed"],
            s);
    }

    [Fact]
    public void Keeps_a_sentence_ending_quote_mark_with_its_sentence_when_the_next_starts_with_one()
    {
        var text = "“The MEK is the most important enemy.” “The solution is to avoid any action.”";
        Assert.Equal(2, Sentences(text).Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    public void Empty_text_gives_no_segments(string text)
    {
        var context = Run(text);
        Assert.Empty(context.Paragraphs);
        Assert.Empty(context.Sentences);
    }

    [Fact]
    public void Text_without_punctuation_is_one_sentence()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 200_000)).TrimEnd();
        var context = Run(text);

        Assert.Single(context.Sentences);
        Assert.Equal(new TextSpan(0, text.Length), context.Sentences[0].Span);
    }

    [Fact]
    public void Survives_stray_quotes_and_punctuation_runs()
    {
        var text = "”” \"\" ?!?... …. “ ” . . Protest.";
        var context = Run(text);

        Assert.NotEmpty(context.Sentences);
        Assert.All(context.Sentences, s => Assert.True(s.Span.Length > 0 && !char.IsWhiteSpace(text[s.Span.Start]) && !char.IsWhiteSpace(text[s.Span.End - 1])));
    }

    [Fact]
    public void Sentences_lie_inside_their_paragraph_in_text_order()
    {
        var text = SampleBodies.Read("seed-01");
        var context = Run(text);

        var previousEnd = 0;
        foreach (var sentence in context.Sentences)
        {
            Assert.True(sentence.Span.Start >= previousEnd);
            Assert.True(context.Paragraphs[sentence.Paragraph].Span.Contains(sentence.Span));
            previousEnd = sentence.Span.End;
        }

        Assert.Contains(context.Sentences, s => s.Span.Of(text) == "The MEK’s Resistance Units in Iran");
        // The sample separates these words with no-break spaces.
        Assert.Contains(context.Sentences, s => s.Span.Of(text).Replace('\u00A0', ' ') == "The Friday prayers leader of Rasht in Gilan province, northern Iran, on July 31 said: “The MEK is the most important enemy of the Islamic Republic.”");
    }

    [Theory]
    [InlineData("ZAHEDAN, 5 May 2023 - Security forces killed three. Shops closed.", "ZAHEDAN, 5 May 2023 -")]
    [InlineData("TEHRAN (Tasnim) \u2013 The ministry said it arrested 49 people.", "TEHRAN (Tasnim) \u2013")]
    [InlineData("MADRID, Mar 3 (EFE).- Guards beat two prisoners in Evin. Families protested.", "MADRID, Mar 3 (EFE).-")]
    [InlineData("ISFAHAN.- Farmers protested outside the governor's office.", "ISFAHAN.-")]
    public void A_dateline_opening_a_paragraph_is_a_sentence_of_its_own(string text, string dateline)
    {
        var sentences = Sentences(text);

        Assert.Equal(dateline, sentences[0]);
        Assert.DoesNotContain(sentences.Skip(1), s => s.Contains(dateline, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dash_inside_a_sentence_is_no_dateline()
    {
        var text = "Protesters chanted slogans - peacefully - in Tehran.";

        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void A_full_stop_and_a_hyphen_joining_words_is_no_dateline()
    {
        var text = "U.S.-Iran talks resumed in Oman.";

        Assert.Equal([text], Sentences(text));
    }
}
