using Vigil.Cli.Bench;
using Vigil.Storage.Media;

namespace Vigil.Cli.Tests.Media;

public class MediaEvaluationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vigil-media-eval-").FullName;

    [Fact]
    public async Task Finds_re_posted_copies_and_keeps_unrelated_pictures_and_footage_apart()
    {
        // Small enough for a unit test; `vigil bench media` runs the few-hundred-file set and prints the same figures.
        var set = MediaSetGenerator.Write(_folder, images: 6, videos: 2, seed: 21, videoSeconds: 4);
        var scores = await MediaEvaluation.RunAsync(set, new MediaReader());

        Assert.Empty(scores.Errors);
        Assert.True(scores.Recall >= 0.95, $"recall {scores.Recall:0.000}");
        // Grouping only compares what the index offers: the copies must be found through it too.
        Assert.True(scores.IndexRecall >= 0.95, $"recall through the index {scores.IndexRecall:0.000}");
        Assert.True(scores.FalseMatchRate <= 0.01, $"false matches {scores.FalseMatchRate:0.0000}");
        Assert.Equal(MediaSetGenerator.ImageTransforms.Union(MediaSetGenerator.VideoTransforms).Count(), scores.Transforms.Count);
        Assert.All(scores.Transforms, t => Assert.True(t.Recall >= 0.8, $"{t.Transform}: recall {t.Recall:0.00}"));
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
