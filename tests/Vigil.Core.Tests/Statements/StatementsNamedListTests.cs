using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Statements;

/// <summary>Three or more speakers named as a list before the verb ("A, B and C said") make one statement each, as two names
/// joined by "and" already did; a list whose parts are not all named speakers is read as before.</summary>
public sealed class StatementsNamedListTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static string[] Speakers(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2022, 11, 2), "en").Statements.Select(s => s.Speaker)];

    [Theory]
    [InlineData("Amnesty International, Human Rights Watch and the Norwegian Refugee Council said that dozens of students were detained in Shiraz.")]
    [InlineData("Amnesty International, Human Rights Watch, and the Norwegian Refugee Council said that dozens of students were detained in Shiraz.")]
    [InlineData("In a joint statement, Amnesty International, Human Rights Watch and the Norwegian Refugee Council said the detentions in Shiraz were arbitrary.")]
    public void Organisations_named_as_a_list_each_make_a_statement(string body)
    {
        Assert.Equal(["Amnesty International", "Human Rights Watch", "Norwegian Refugee Council"], Speakers(body));
    }

    [Fact]
    public void Persons_named_as_a_list_each_make_a_statement()
    {
        Assert.Equal(["Mina Sadeghi", "Farid Nouri", "Leila Ansari"],
            Speakers("Mina Sadeghi, Farid Nouri and Leila Ansari told reporters that they had been beaten in custody in Karaj."));
    }

    [Fact]
    public void A_name_in_the_list_is_not_the_role_of_the_last_one()
    {
        var statements = Pipeline.Run("Amnesty International, Human Rights Watch and the Norwegian Refugee Council said on Monday that students were detained.",
            new DateOnly(2022, 11, 2), "en").Statements;

        Assert.All(statements, s => Assert.Null(s.SpeakerRole));
        Assert.All(statements, s => Assert.Equal(PartialDate.OfDay(new DateOnly(2022, 10, 31)), s.Date));
    }

    [Fact]
    public void An_institution_whose_name_is_a_comma_list_stays_one_speaker()
    {
        Assert.Equal(["Foreign, Commonwealth and Development Office"],
            Speakers("The Foreign, Commonwealth and Development Office said that the sanctions on the officials would continue."));
    }
}
