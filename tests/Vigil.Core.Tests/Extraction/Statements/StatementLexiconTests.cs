using Vigil.Core.Extraction.Languages;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Statements;

public sealed class StatementLexiconTests
{
    [Fact]
    public void Gives_a_word_every_class_it_is_in_ignoring_case()
    {
        var lexicon = StatementLexicon.Default;

        Assert.Equal(StatementWordClasses.ReportVerb | StatementWordClasses.FindingVerb, lexicon.ClassesOf("Documented"));
        Assert.Equal(StatementWordClasses.StatementNoun, lexicon.ClassesOf("REMARKS"));
        Assert.Equal(StatementWordClasses.EvaluativeAsVerb, lexicon.ClassesOf("described"));
        Assert.Equal(StatementWordClasses.EvaluativeVerb, lexicon.ClassesOf("branded"));
        Assert.Equal(StatementWordClasses.None, lexicon.ClassesOf("protesters"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fa")]
    public void Classes_agree_with_the_word_sets_of_the_pack(string language)
    {
        Assert.True(LanguagePack.TryGet(language, out var pack));
        var lexicon = StatementLexicon.For(pack);
        var sets = new (string Class, StatementWordClasses Bit)[]
        {
            ("statement-nouns", StatementWordClasses.StatementNoun), ("report-verbs", StatementWordClasses.ReportVerb),
            ("evaluative-verbs", StatementWordClasses.EvaluativeVerb), ("evaluative-as-verbs", StatementWordClasses.EvaluativeAsVerb),
            ("finding-verbs", StatementWordClasses.FindingVerb),
        };

        foreach (var word in sets.SelectMany(s => lexicon.Classes[s.Class]))
        {
            var expected = sets.Where(s => lexicon.Classes[s.Class].Contains(word)).Aggregate(StatementWordClasses.None, (all, s) => all | s.Bit);
            Assert.Equal(expected, lexicon.ClassesOf(word.ToUpperInvariant()));
        }
    }

    // The statements loop and the outlet filter ask by a token's WordTable number when a word is exactly one token: for
    // every token the number must answer what the characters answer (case, marks, digits with commas, ZWNJ, Persian):
    // the word classes, the outlet words and the speech verbs with the preposition each needs.
    [Theory]
    [InlineData("en", "The ministry DOCUMENTED abuses, IRNA Reported; Mr. Karimi made Remarks to Tasnim news agency about 1,500 arrests in Evin.")]
    [InlineData("en", "Documénted and Re\u0301ported, the newspaper’s television said o’er the radio-station: Remarks of ILNA were documented.")]
    [InlineData("fa", "خبرگزاری ایرنا گزارش داد که روزنامه\u200cها و کانال‌های تلویزیون ۱٬۵۰۰ نفر را بازداشت کردند؛ ایسنا اعلام کرد و سخنگو گفت.")]
    public void Answers_for_every_token_by_number_as_for_its_characters(string language, string text)
    {
        Assert.True(LanguagePack.TryGet(language, out var pack));
        var lexicon = StatementLexicon.For(pack);
        var tokens = Vigil.Core.Extraction.WordTokenizer.Tokenize(text);
        Vigil.Core.Extraction.WordTable.Number(text, tokens);

        var classes = 0;
        var outlets = 0;
        var verbs = 0;
        foreach (var token in tokens)
        {
            var word = token.Of(text);
            Assert.True(lexicon.ClassesOf(word) == lexicon.ClassesOf(token.WordNumber), word.ToString());
            Assert.True(lexicon.OutletWordLookup.Contains(word) == lexicon.IsOutletWord(token.WordNumber), word.ToString());
            Assert.True(lexicon.VerbLookup.TryGetValue(word, out var needs) == lexicon.TryGetVerb(token.WordNumber, out var byNumber), word.ToString());
            Assert.Equal(needs, byNumber);
            verbs += lexicon.TryGetVerb(token.WordNumber, out _) ? 1 : 0;
            classes += lexicon.ClassesOf(word) != StatementWordClasses.None ? 1 : 0;
            outlets += lexicon.IsOutletWord(token.WordNumber) ? 1 : 0;
        }

        Assert.True(outlets >= 2);
        Assert.True(language == "fa" || classes >= 2);
        Assert.True(verbs >= 1);
    }
}
