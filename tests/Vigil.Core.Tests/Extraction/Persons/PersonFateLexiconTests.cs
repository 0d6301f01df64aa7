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
}
