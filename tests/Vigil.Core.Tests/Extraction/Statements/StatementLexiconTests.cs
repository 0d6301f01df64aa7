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
}
