using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Languages;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Persons;

public class PersonNamesTests
{
    public static TheoryData<string> Texts => new()
    {
        "Ali Shamkhani said on Monday that Ayatollah Ahmad Khatami and Brig. Gen. Hossein Salami met Mojtaba Zolnour.",
        "The commander of state security forces Hossein Ashtari's office; ALI SHAMKHANI and ali shamkhani spoke.",
        "Mohammad-Reza Karimi and Mohammad’s brother Reza Karimi, Hossein1 Salami, Ho\u0301ssein Salami and Ḥossein Salami.", // a digit, a non-spacing mark, a letter outside ASCII
        "“Ali Shamkhani said nothing,” Reza Ahmadi said. Meanwhile Spokesman Masoud Setayeshi announced it.",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_the_same_names_from_the_shared_tokens_as_from_the_text(string text)
    {
        var lexicon = StatementLexicon.For(LanguagePack.English);
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens); // after the lexicon was made, as ExtractionContext.Tokens numbers them
        var quotes = QuoteScanner.Scan(text, 3);

        var expected = PersonNames.Scan(text, null, quotes, lexicon);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, PersonNames.Scan(text, tokens, quotes, lexicon));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Says_a_token_is_a_name_word_by_its_number_as_by_its_characters(string text)
    {
        var lexicon = StatementLexicon.For(LanguagePack.English);
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens);

        var known = 0;
        foreach (var token in tokens)
        {
            var expected = lexicon.NameWordLookup.Contains(token.Of(text));
            Assert.True(expected == lexicon.IsNameWord(token.WordNumber), token.Of(text).ToString());
            known += expected ? 1 : 0;
        }

        Assert.True(known > 0);
    }
}
