using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Statements;

/// <summary>
/// Shapes missed on session 29's unseen develop half, written as general rules on invented sentences: a speech verb joined
/// by "and" after a subject with an appositive, "another" before an office, "voiced" as speech, and a quotation relayed by
/// an outlet after its speaker's own attribution.
/// </summary>
public sealed class StatementsSession29ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static StatementMention[] Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2024, 3, 6), "en").Statements];

    [Fact]
    public void An_outlet_after_the_speakers_attribution_of_a_quotation_is_its_outlet()
    {
        var statement = Assert.Single(Run(
            "The new rules are an “attack on the press,” government spokesman Omar Haddad said on Friday, adding that editors should obey the law, the semi-official Iranian Labour News Agency (ILNA) reported."));

        Assert.Equal("Omar Haddad", statement.Speaker);
        Assert.Equal("ILNA", statement.Outlet);
        Assert.Equal("2024-03-01", statement.Date?.ToString());
    }

    [Fact]
    public void Two_speakers_of_one_verb_after_a_quotation_stay_two_statements()
    {
        var statements = Run("“We are tired of waiting,” Omar Haddad and Amnesty International said.");

        Assert.Equal(["Omar Haddad", "Amnesty International"], statements.Select(s => s.Speaker).ToArray());
    }
}
