using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Languages;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Persons;

public sealed class PersonFateLexiconTests
{
    [Theory]
    [InlineData("Two protesters were killed in Zahedan.", true)]
    [InlineData("TWO PROTESTERS WERE KILLED IN ZAHEDAN.", true)]
    [InlineData("Police Arrested a student.", true)]
    [InlineData("Crowds gathered in the square on Friday evening.", false)]
    [InlineData("The killer and the killers were named.", false)]
    public void Lets_through_a_sentence_only_when_a_fate_phrase_may_open_in_it(string sentence, bool may)
    {
        Assert.Equal(may, PersonFateLexicon.For(LanguagePack.English).MayHaveCue(sentence));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fa")]
    public void Lets_through_every_phrase_of_the_pack_in_any_case(string language)
    {
        Assert.True(LanguagePack.TryGet(language, out var pack));
        var lexicon = PersonFateLexicon.For(pack);

        foreach (var phrase in lexicon.Cues.Keys)
        {
            Assert.True(lexicon.MayHaveCue($"On Friday {phrase} near the square."), phrase);
            Assert.True(lexicon.MayHaveCue($"ON FRIDAY {phrase.ToUpperInvariant()} NEAR THE SQUARE."), phrase);
        }
    }

    [Theory]
    [InlineData("en", "Two protesters were killed in Zahedan. Crowds gathered.")]
    [InlineData("en", "TWO WERE KILLED; Police Arrested a student, 16.")]
    [InlineData("en", "1,500 were shot, 1,500killed and 3,killed 12th")] // digits with commas and dots, a digit opening a word
    [InlineData("en", "kil\u0301led and killed\u0301 x\u0301shot")] // non-spacing marks inside and after an opening
    [InlineData("en", "xxkilled yy Ärzte sagten, ſhot, KILLED")] // a cased letter outside ASCII; the long s
    [InlineData("en", "The killer and the killers were named.\nTwo died.")]
    [InlineData("fa", "دو معترض در زاهدان کشته شدند. جمعیت در میدان جمع شد.")]
    [InlineData("fa", "۱٬۵۰۰ نفر بازداشت شدند و کُشته شد")] // Persian digits, a non-spacing mark inside a word
    public void Reads_the_same_from_the_shared_tokens_as_from_the_text_for_every_span(string language, string text)
    {
        Assert.True(LanguagePack.TryGet(language, out var pack));
        var lexicon = PersonFateLexicon.For(pack);
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens); // after the lexicon has numbered its openings, as ExtractionContext.Tokens does

        // Every span, including those that cut a token at either end.
        var answers = new HashSet<bool>();
        for (var start = 0; start <= text.Length; start++)
        {
            for (var end = start; end <= text.Length; end++)
            {
                var expected = lexicon.MayHaveCue(text.AsSpan(start, end - start));
                Assert.True(expected == lexicon.MayHaveCue(text, new TextSpan(start, end), tokens), $"[{start}, {end}) \"{text[start..end]}\"");
                answers.Add(expected);
            }
        }

        Assert.Equal(2, answers.Count); // some spans pass and some do not
    }

    [Theory]
    [InlineData("16", 16)]
    [InlineData("007", 7)]
    [InlineData("1234", null)] // more than three digits is no age or count word
    [InlineData("twelve", 12)]
    [InlineData("Twelve", 12)]
    [InlineData("TWENTY-TWO", 22)]
    [InlineData("twenty-two", 22)]
    [InlineData("twelve-two", null)] // only tens take a unit after the hyphen
    [InlineData("twelfth", null)] // the initial and length of a number word, no number
    [InlineData("tweets", null)]
    [InlineData("x-ray", null)]
    [InlineData("protesters", null)]
    public void Reads_a_number_the_same_from_a_word_in_place_as_from_its_copy(string word, int? number)
    {
        var lexicon = PersonFateLexicon.For(LanguagePack.English);
        var text = $"({word})";

        Assert.Equal(number, lexicon.Number(word));
        Assert.Equal(number, lexicon.Number(text.AsSpan(1, word.Length)));
    }
}
