using System.Text.Json;
using Vigil.Core.Evaluation;

namespace Vigil.Core.Tests.Evaluation;

/// <summary>The person figures of the score.py port (values worked out by hand from score.py's rules).</summary>
public class PersonScoringTests
{
    private const string Body = "Mohsen Shekari was executed on 8 December. Shekari was sentenced to death. Majid Rahnavard was executed in Mashhad.";

    private static ScoreReport Score(string gold, string? prediction)
    {
        using var g = JsonDocument.Parse(gold);
        JsonElement? p = null;
        if (prediction is not null)
        {
            using var pd = JsonDocument.Parse(prediction);
            p = pd.RootElement.Clone();
        }

        return Scorer.Score([new ScoringCase("doc", g.RootElement.Clone(), Body, p)]);
    }

    [Fact]
    public void Persons_match_on_fate_and_surname_and_count_age_and_date_on_matched_pairs()
    {
        const string gold = """
            {"incidents": [], "statements": [], "persons": [
              {"name": "Mohsen Shekari", "age": 23, "fate": "executed", "date": "2022-12-08", "evidence": "Mohsen Shekari was executed"},
              {"name": "Mohsen Shekari", "age": 23, "fate": "sentenced", "date": null, "evidence": "Shekari was sentenced to death"},
              {"name": "Majid Rahnavard", "age": null, "fate": "executed", "date": null, "evidence": "Majid Rahnavard was executed"}]}
            """;
        const string prediction = """
            {"doc": "doc", "incidents": [], "statements": [], "persons": [
              {"name": "M. Shekari", "age": 23, "fate": "executed", "date": "2022-12-08", "evidence": {"start": 0, "end": 27, "text": "Mohsen Shekari was executed"}},
              {"name": "Mohsen Shekari", "age": null, "fate": "killed", "date": null, "evidence": "Shekari was sentenced"},
              {"name": "Majid-Reza Rahnavard", "age": 30, "fate": "executed", "date": "2022-12", "evidence": "Majid Rahnavard was executed"}]}
            """;

        var t = Score(gold, prediction).Totals;

        // Two matches (Shekari executed: same surname; Rahnavard executed: same last token); the 'killed' one has no gold.
        Assert.Equal((1, 3, 3, 2), (t.PersonDocs, t.GoldPersons, t.PredictedPersons, t.MatchedPersons));
        Assert.Equal((0.667, 0.667, 0.667), (t.PersonPrecision, t.PersonRecall, t.PersonF1));
        Assert.Equal(0.5, t.PersonAgeAccuracy); // 23 = 23; a null gold age predicted 30 is wrong
        Assert.Equal(0.5, t.PersonDateAccuracy); // 2022-12-08 right; a null gold date predicted 2022-12 is wrong
        Assert.EndsWith(
            "\"person_docs\": 1, \"person_p\": 0.667, \"person_r\": 0.667, \"person_f1\": 0.667, \"person_age_acc\": 0.5, \"person_date_acc\": 0.5, \"gold_persons\": 3, \"pred_persons\": 3}",
            Score(gold, prediction).ToScorePyJson(),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_gold_file_without_the_persons_key_leaves_persons_out_of_the_figures()
    {
        var report = Score("""{"incidents": [], "statements": []}""", """{"doc": "doc", "persons": [{"name": "Mohsen Shekari", "fate": "executed"}]}""");
        Assert.Equal((0, 0), (report.Totals.PersonDocs, report.Totals.PredictedPersons));
        Assert.DoesNotContain("person_", report.ToScorePyJson(), StringComparison.Ordinal);
        Assert.Null(report.Documents[0].GoldPersons);
    }

    [Fact]
    public void A_missing_prediction_scores_zero_persons_found()
    {
        var t = Score("""{"persons": [{"name": "Mohsen Shekari", "fate": "executed"}]}""", null).Totals;
        Assert.Equal((1, 1, 0, 0, 0.0), (t.PersonDocs, t.GoldPersons, t.PredictedPersons, t.MatchedPersons, t.PersonF1));
    }

    [Theory]
    [InlineData("مهسا امینی", "مهسا اميني", true)] // Arabic yeh unified with the Persian one
    [InlineData("Mahsa Amini", "Jina Mahsa Amini", true)] // one inside the other
    [InlineData("Mahsa Amini", "Mahsa Karimi", false)]
    [InlineData("", "Mahsa Amini", false)]
    public void Names_agree_as_score_py_norm_says(string gold, string predicted, bool same)
    {
        var g = $$"""{"persons": [{"name": "{{gold}}", "fate": "killed"}]}""";
        var p = $$"""{"doc": "doc", "persons": [{"name": "{{predicted}}", "fate": "killed"}]}""";
        Assert.Equal(same ? 1 : 0, Score(g, p).Totals.MatchedPersons);
    }

    [Theory]
    [InlineData("16", "16", true)]
    [InlineData("16", "\"16\"", true)]
    [InlineData("16", "16.7", true)]
    [InlineData("16", "17", false)]
    [InlineData("16", "null", false)]
    [InlineData("null", "null", true)]
    [InlineData("null", "16", false)]
    public void Ages_compare_as_python_int_does(string gold, string predicted, bool right)
    {
        var g = $$"""{"persons": [{"name": "Mahsa Amini", "age": {{gold}}, "fate": "killed"}]}""";
        var p = $$"""{"doc": "doc", "persons": [{"name": "Mahsa Amini", "age": {{predicted}}, "fate": "killed"}]}""";
        Assert.Equal(right ? 1.0 : 0.0, Score(g, p).Totals.PersonAgeAccuracy);
    }
}
