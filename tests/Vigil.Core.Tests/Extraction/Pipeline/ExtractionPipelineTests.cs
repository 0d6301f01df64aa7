using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Output;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public class ExtractionPipelineTests
{
    [Fact]
    public void Default_pipeline_codes_incidents_with_counts_and_actors()
    {
        var result = ExtractionPipeline.CreateDefault().Run("Security forces in Iran killed at least 304 protesters.", new DateOnly(2019, 12, 16));
        var killing = Assert.Single(result.Incidents, i => i.Type == IncidentType.Killing);
        Assert.Equal(304, killing.Killed?.Min);
        Assert.Contains("security forces", killing.Actors);
        Assert.NotEmpty(result.Figures);
        Assert.NotEmpty(result.Actors);
    }

    [Fact]
    public void Runs_stages_in_the_fixed_order_whatever_the_order_they_were_added_in()
    {
        var pipeline = new ExtractionPipelineBuilder()
            .AddIncidents()
            .AddFigures()
            .AddActors(o => o.IncludePeople = false)
            .Build();
        var result = pipeline.Run("Police arrested 40 students in Iran.", null);
        Assert.Equal(40, Assert.Single(result.Incidents).Arrested?.Min);
    }

    [Fact]
    public void Adding_a_stage_twice_keeps_the_last()
    {
        var pipeline = new ExtractionPipelineBuilder().AddFigures().AddFigures(o => o.AllowYearLikeNumbers = true).Build();
        Assert.Equal(1, pipeline.StageCount);
        Assert.Single(pipeline.Run("Officials said 2000 were arrested.", null).Figures);
    }

    [Fact]
    public void A_report_after_a_longer_one_extracts_as_it_does_alone()
    {
        // The thread's token list is handed from one report to the next: nothing of the longer report may show.
        const string Short = "Police arrested 12 students in Shiraz on Saturday.";
        var alone = ExtractionJson.ToJsonLine("r", ExtractionPipeline.CreateDefault().Run(Short, new DateOnly(2022, 11, 20)));
        var pipeline = ExtractionPipeline.CreateDefault();
        var longer = string.Join("\n\n", Enumerable.Repeat("Security forces killed 3 protesters in Izeh and arrested 40 people in Tehran on Wednesday.", 50));

        var first = pipeline.Run(longer, new DateOnly(2022, 11, 20));
        var after = ExtractionJson.ToJsonLine("r", pipeline.Run(Short, new DateOnly(2022, 11, 20)));

        Assert.NotEmpty(first.Incidents);
        Assert.Equal(alone, after);
        Assert.Contains("\"arrested\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_safe_to_share_between_threads()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        const string text = "Protesters gathered in Iran. Police arrested 40 students. Two were killed.";
        var expected = pipeline.Run(text, null).Incidents.Length;
        var counts = new int[64];
        Parallel.For(0, counts.Length, i => counts[i] = pipeline.Run(text, null).Incidents.Length);
        Assert.All(counts, c => Assert.Equal(expected, c));
    }

    [Fact]
    public void Empty_body_gives_an_empty_result()
    {
        var result = ExtractionPipeline.CreateDefault().Run("", null);
        Assert.Empty(result.Incidents);
        Assert.Empty(result.Figures);
    }
}
