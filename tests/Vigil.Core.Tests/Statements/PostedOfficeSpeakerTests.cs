using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Statements;

/// <summary>A country's office with its posting ("Chile's ambassador to the United Nations said …", "the Chilean envoy to the
/// UN"), the way UN meeting coverage names delegates: the posting is left out, as the of-form leaves it out, invented sentences.</summary>
public sealed class PostedOfficeSpeakerTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static Vigil.Core.Extraction.Statements.StatementMention[] Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2022, 11, 24), "en").Statements];

    [Fact]
    public void A_possessive_office_with_its_posting_speaks_as_the_office_of_the_country()
    {
        var statement = Assert.Single(Run("Chile's ambassador to the United Nations said the resolution was long overdue."));

        Assert.Equal("ambassador of Chile", statement.Speaker);
    }

    [Fact]
    public void The_possessive_and_the_of_form_of_a_posted_office_name_one_speaker()
    {
        var possessive = Assert.Single(Run("Chile's envoy to the UN described the vote as historic."));
        var ofForm = Assert.Single(Run("The envoy of Chile to the UN said the vote was historic."));

        Assert.Equal(ofForm.Speaker, possessive.Speaker);
    }

    [Fact]
    public void An_office_named_by_a_demonym_with_its_posting_speaks_as_the_office()
    {
        var statement = Assert.Single(Run("The Chilean ambassador to the UN said the vote was historic."));

        Assert.Equal("Chilean ambassador", statement.Speaker);
    }
}
