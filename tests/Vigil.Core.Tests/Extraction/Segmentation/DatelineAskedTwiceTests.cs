using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Segmentation;

namespace Vigil.Core.Tests.Extraction.Segmentation;

/// <summary>
/// Session 29: <see cref="Dateline.End"/> keeps its last answer, because the segmentation and incidents stages ask it of the
/// same paragraph opening. Whatever was asked before, an answer is the one a first question gets.
/// </summary>
public sealed class DatelineAskedTwiceTests
{
    private static readonly string[] Texts =
    [
        "KERMAN, May 4 (Agency) - Police detained nine workers.\n\nThey were freed later.",
        "KERMAN — Police detained nine workers.",
        "Kerman [Iran], May 4: Police detained nine workers.",
        "The police detained nine workers in Kerman.",
        "KERMAN, May 4\n\n- Police detained nine workers.",
        "ARAK.- Nine workers were held.",
    ];

    // Every span that opens the text: up to each of its lengths, so some end before, at or after the dateline's end.
    private static IEnumerable<TextSpan> Spans(string text) =>
        Enumerable.Range(0, text.Length + 1).Select(end => new TextSpan(0, end));

    [Fact]
    public void Each_answer_is_the_first_answer_whatever_was_asked_before()
    {
        foreach (var text in Texts)
        {
            foreach (var earlier in Spans(text))
            {
                foreach (var span in Spans(text))
                {
                    Dateline.End(text, earlier);
                    var answer = Dateline.End(text, span);
                    var fresh = Dateline.End(new string(text), span); // another string: no answer kept for it
                    Assert.True(fresh == answer, $"{text[..span.End]} after {text[..earlier.End]}: {answer}, first {fresh}");
                }
            }
        }
    }

    [Fact]
    public void The_dateline_cut_from_a_sentence_has_the_sentences_answer()
    {
        const string text = "KERMAN, May 4 (Agency) - Police detained nine workers.";
        var end = Dateline.End(text, new TextSpan(0, text.Length));
        Assert.Equal("KERMAN, May 4 (Agency) -".Length, end);
        Assert.Equal(end, Dateline.End(text, new TextSpan(0, end)));
        Assert.Equal(end, Dateline.End(new string(text), new TextSpan(0, end)));
    }

    [Fact]
    public void Another_text_with_the_same_offsets_is_read_again()
    {
        Assert.Equal(8, Dateline.End("KERMAN — Police detained nine workers.", new TextSpan(0, 38)));
        Assert.Equal(-1, Dateline.End("The police detained nine workers here.", new TextSpan(0, 38)));
    }
}
