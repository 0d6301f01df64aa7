using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Tests.Extraction.Languages;

public class ArabicScriptFoldingTests
{
    [Fact]
    public void Arabic_yeh_and_kaf_become_Persian_letters()
    {
        Assert.Equal("کشته شدند در کرمانشاه یک نفر", ArabicScriptFolding.Fold("كشته شدند در كرمانشاه يك نفر"));
    }

    [Fact]
    public void Persian_and_Arabic_Indic_digits_become_Latin_digits()
    {
        Assert.Equal("304 نفر و 1500 نفر", ArabicScriptFolding.Fold("۳۰۴ نفر و ١٥٠٠ نفر"));
    }

    [Fact]
    public void A_zero_width_non_joiner_reads_as_the_space_writers_put_instead()
    {
        Assert.Equal(ArabicScriptFolding.Fold("می شود"), ArabicScriptFolding.Fold("می\u200Cشود"));
    }

    [Fact]
    public void Kashida_leaves_its_word_which_keeps_its_start_and_the_text_its_length()
    {
        const string text = "بـــازداشت شدند";
        var folded = ArabicScriptFolding.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.StartsWith("بازداشت", folded);
        Assert.Equal(text.IndexOf("شدند", StringComparison.Ordinal), folded.IndexOf("شدند", StringComparison.Ordinal));
    }

    [Fact]
    public void Persian_punctuation_becomes_the_marks_the_stages_read()
    {
        Assert.Equal("“آزادی”, گفت. چرا?", ArabicScriptFolding.Fold("«آزادی»، گفت؛ چرا؟"));
    }

    [Fact]
    public void Text_without_Arabic_script_comes_back_as_the_same_string()
    {
        const string text = "Police arrested 12 people.";
        Assert.Same(text, ArabicScriptFolding.Fold(text));
    }
}
