using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Persons;

/// <summary>Named people found once for every stage (invented sentences).</summary>
public class PersonsStageTests
{
    private static List<PersonMention> Run(string text)
    {
        var context = new ExtractionContext(text, null);
        new PersonsStage(new PersonsOptions()).Run(context);
        return [.. context.Persons];
    }

    [Fact]
    public void A_title_before_a_capitalised_run_names_a_person_with_that_title()
    {
        var person = Assert.Single(Run("Supreme Leader Nasser Kazemi praised the police."), p => p.Cue == PersonCue.Title);
        Assert.Equal(("Nasser Kazemi", "Supreme Leader"), (person.Name, person.Role));
        Assert.Equal(0, person.Span.Start);
    }

    [Theory]
    [InlineData("Reza Moradi left the city on foot.", "Reza Moradi")]
    [InlineData("Later Maryam Sadeghi told the court nothing.", "Maryam Sadeghi")]
    [InlineData("Molavi Karim Baluch led the prayers.", "Karim Baluch")]
    [InlineData("Mowlavi Karim Baluch led the prayers.", "Karim Baluch")]
    [InlineData("Sheikh Hadi Nouri led the prayers.", "Hadi Nouri")]
    [InlineData("Hojatoleslam Hadi Nouri led the prayers.", "Hadi Nouri")]
    public void A_given_name_or_an_honorific_opens_a_name(string text, string name)
    {
        Assert.Contains(Run(text), p => p.Cue == PersonCue.Name && p.Name == name);
    }

    // Each capitalised word is first looked up once in the union of first names, titles, role words and sentence
    // adverbs (ignoring case); the sets are asked, each with its own comparer, only when that finds it.
    [Theory]
    [InlineData("Prosecutor Reza Moradi left the court.", "Reza Moradi")]
    [InlineData("PROSECUTOR Reza Moradi left the court.", "Reza Moradi")]
    [InlineData("Governor’s aide Reza Moradi left the court.", "Reza Moradi")]
    public void A_capitalised_role_word_opens_no_run_and_the_name_after_it_is_read(string text, string name)
    {
        Assert.Contains(Run(text), p => p.Cue == PersonCue.Name && p.Name == name);
    }

    [Fact]
    public void A_given_name_written_in_capitals_opens_no_name()
    {
        Assert.DoesNotContain(Run("REZA MORADI left the court."), p => p.Cue == PersonCue.Name);
    }

    [Fact]
    public void Names_inside_quotations_are_not_read_by_the_name_rule()
    {
        Assert.DoesNotContain(Run("The banner read “Reza Moradi is innocent” in red."), p => p.Cue == PersonCue.Name);
    }

    [Fact]
    public void Capitalised_words_without_a_given_name_or_title_are_no_person()
    {
        Assert.Empty(Run("The Workers Union of Greater Lorestan met on Monday."));
    }

    [Fact]
    public void Persons_are_in_text_order()
    {
        var persons = Run("Reza Moradi met General Hadi Nouri and Maryam Sadeghi.");
        Assert.Equal(persons.OrderBy(p => p.Span.Start).Select(p => p.Span.Start), persons.Select(p => p.Span.Start));
        Assert.Contains(persons, p => p.Name == "Maryam Sadeghi");
    }
}
