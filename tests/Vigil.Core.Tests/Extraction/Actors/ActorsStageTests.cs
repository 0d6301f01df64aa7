using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Actors;

public class ActorsStageTests
{
    private static List<ActorMention> Run(string text, ActorsOptions? options = null)
    {
        var context = new ExtractionContext(text, null);
        new PersonsStage(new PersonsOptions()).Run(context);
        new ActorsStage(options ?? new ActorsOptions()).Run(context);
        return [.. context.Actors];
    }

    [Theory]
    [InlineData("Revolutionary Guards opened fire.", "IRGC", ActorKind.StateForces)]
    [InlineData("The Islamic Revolutionary Guard Corps opened fire.", "IRGC", ActorKind.StateForces)]
    [InlineData("Members of the Basij beat them.", "Basij", ActorKind.StateForces)]
    [InlineData("Riot police used tear gas.", "riot police", ActorKind.StateForces)]
    [InlineData("State security forces arrived.", "state security forces", ActorKind.StateForces)]
    [InlineData("Plainclothes agents followed them.", "plain-clothes agents", ActorKind.StateForces)]
    [InlineData("The Revolutionary Court sentenced him.", "Revolutionary Court", ActorKind.Judiciary)]
    [InlineData("Retirees rallied outside parliament.", "retirees", ActorKind.SocialGroup)]
    [InlineData("Truck drivers stayed home.", "truck drivers", ActorKind.SocialGroup)]
    [InlineData("Demonstrators chanted slogans.", "protesters", ActorKind.Protesters)]
    [InlineData("The Mojahedin-e Khalq denied it.", "MEK", ActorKind.OppositionGroup)]
    [InlineData("The PMOI/MEK published videos.", "MEK", ActorKind.OppositionGroup)]
    [InlineData("The National Council of Resistance of Iran said so.", "NCRI", ActorKind.OppositionGroup)]
    public void Finds_organisations_and_groups_by_canonical_name(string text, string name, ActorKind kind)
    {
        var actor = Run(text).First();
        Assert.Equal((name, kind), (actor.Name, actor.Kind));
    }

    [Fact]
    public void Prefers_the_longest_name()
    {
        const string text = "Islamic Revolutionary Guard Corps units arrived.";
        var actor = Assert.Single(Run(text));
        Assert.Equal("Islamic Revolutionary Guard Corps", actor.Span.Of(text));
    }

    [Theory]
    [InlineData("“The [MEK] are behind these moves,” the commander of state security forces Hossein Ashtari said.", "Hossein Ashtari", "commander of state security forces")]
    [InlineData("Supreme Leader Ali Khamenei spoke on Sunday.", "Ali Khamenei", "Supreme Leader")]
    [InlineData("Judiciary chief Ebrahim Raisi warned protesters.", "Ebrahim Raisi", "Judiciary chief")]
    [InlineData("Former intelligence minister Heydar Moslehi said it.", "Heydar Moslehi", "Former intelligence minister")]
    [InlineData("The regime’s Supreme Leader, Ali Khamenei, spoke.", "Ali Khamenei", "Supreme Leader")]
    [InlineData("Democratic Sen. Menendez attended.", "Menendez", "Sen.")]
    public void Finds_named_people_with_their_titles(string text, string name, string title)
    {
        var person = Run(text).Single(a => a.Kind == ActorKind.Person);
        Assert.Equal((name, title), (person.Name, person.Title));
    }

    [Fact]
    public void A_title_without_a_name_is_not_a_person()
    {
        Assert.DoesNotContain(Run("The president said nothing."), a => a.Kind == ActorKind.Person);
    }

    [Fact]
    public void People_are_left_out_when_the_options_say_so()
    {
        var actors = Run("Supreme Leader Ali Khamenei blamed the MEK.", new ActorsOptions { IncludePeople = false });
        Assert.Equal(["Ali Khamenei", "MEK"], actors.Select(a => a.Name));
        Assert.All(actors, a => Assert.Null(a.Title));
    }

    [Fact]
    public void Acronyms_need_capitals()
    {
        Assert.Empty(Run("the pak choi and un-named mek"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("President")]
    [InlineData("Supreme Leader")]
    [InlineData("سپاه پاسداران")]
    public void Never_throws_on_odd_input(string text)
    {
        Assert.All(Run(text), a => Assert.True(a.Span.End <= text.Length));
    }
}
