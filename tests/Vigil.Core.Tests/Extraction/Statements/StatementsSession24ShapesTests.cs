using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>Statement shapes found on a second set of reports nobody tuned on (session 24), each on invented sentences.</summary>
public sealed class StatementsSession24ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static Vigil.Core.Extraction.Statements.StatementMention[] Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements];

    [Fact]
    public void An_organisation_after_said_is_the_speaker_before_today()
    {
        var statement = Assert.Single(Run("Guards beat the students in Shiraz, said Amnesty International today."));

        Assert.Equal("Amnesty International", statement.Speaker);
    }

    [Fact]
    public void An_office_before_the_name_after_said_is_the_role_and_the_name_the_speaker()
    {
        var statement = Assert.Single(Run("“The arrests must stop now,” said the union’s regional director, Laleh Karimi."));

        Assert.Equal("Laleh Karimi", statement.Speaker);
        Assert.Equal("regional director", statement.SpeakerRole);
    }

    [Fact]
    public void An_institution_owned_by_its_country_is_the_speaker()
    {
        var statement = Assert.Single(Run("Iran's judiciary says eleven people were sentenced in Rasht."));

        Assert.Equal("Iran's judiciary", statement.Speaker);
    }

    [Theory]
    [InlineData("Human rights groups warned that six teachers were detained in Ahvaz on Monday.", "Human rights groups")]
    [InlineData("Kurdish rights organisations said that six teachers were detained in Sanandaj.", "Kurdish rights organisations")]
    public void Groups_named_by_their_cause_speak_as_one_organisation(string body, string speaker)
    {
        var statement = Assert.Single(Run(body));

        Assert.Equal(speaker, statement.Speaker);
    }

    [Theory]
    [InlineData("Rights groups have described such trials as unfair.")]
    [InlineData("Media and rights groups documented deaths in custody in Qom.")]
    [InlineData("Groups of students said the campus in Qom was closed.")]
    public void Groups_with_a_general_remark_or_without_a_cause_make_no_statement(string body)
    {
        Assert.Empty(Run(body));
    }

    [Fact]
    public void Issuing_a_warning_is_a_statement()
    {
        var statement = Assert.Single(Run("The provincial governor, Reza Amiri, issued a stern warning: gatherings in Rasht are banned."));

        Assert.Equal("Reza Amiri", statement.Speaker);
    }

    [Fact]
    public void After_an_office_before_the_comma_the_whole_name_is_the_speaker()
    {
        var statement = Assert.Single(Run("“The reporters must be freed,” said WPU’s Program Coordinator, Sherif Mansour."));

        Assert.Equal("Sherif Mansour", statement.Speaker);
        Assert.Equal("Program Coordinator", statement.SpeakerRole);
    }
}
