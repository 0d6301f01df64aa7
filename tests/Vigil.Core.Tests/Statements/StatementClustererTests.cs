using System.Text.Json;
using System.Text.RegularExpressions;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Statements;
using Vigil.Core.Tests.Extraction.Segmentation;

namespace Vigil.Core.Tests.Statements;

public sealed class StatementClustererTests
{
    private static readonly StatementClusterer Clusterer = new(new SpeakerNames(["Ali Khamenei", "Hassan Rouhani"]));

    private static Guid G(int i) => new(i, 0, 0, new byte[8]);

    private static PartialDate Day(int y, int m, int d) => PartialDate.OfDay(new DateOnly(y, m, d));

    [Fact]
    public void The_same_remark_quoted_with_different_wording_and_punctuation_is_one_statement_with_two_sources()
    {
        var statements = Clusterer.Cluster([
            new StatementRecord(G(1), "Supreme Leader Ali Khamenei", null, Day(2019, 11, 17),
                "Some people are certainly worried about this decision... but burning banks is not the act of ordinary people; it is the work of thugs.", "irna"),
            new StatementRecord(G(2), "Khamenei", null, Day(2019, 11, 17),
                "Some are surely worried by the decision, but setting banks on fire is not what ordinary people do - this is the work of thugs!", "bbc-persian"),
        ]);

        var statement = Assert.Single(statements);
        Assert.Equal("ali khamenei", statement.SpeakerKey);
        Assert.Equal([G(1), G(2)], statement.StatementIds.ToArray());
        Assert.Equal(["bbc-persian", "irna"], statement.SourceKeys.ToArray());
        var reason = Assert.Single(statement.Reasons);
        Assert.Contains("speaker=ali khamenei", reason.Fields, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_speakers_dates_or_remarks_stay_apart()
    {
        const string Quote = "Burning banks is not the act of ordinary people; it is the work of thugs.";
        var statements = Clusterer.Cluster([
            new StatementRecord(G(1), "Ali Khamenei", null, Day(2019, 11, 17), Quote, "irna"),
            new StatementRecord(G(2), "Hassan Rouhani", null, Day(2019, 11, 17), Quote, "irna"),
            new StatementRecord(G(3), "Khamenei", null, Day(2019, 12, 27), Quote, "irna"),
            new StatementRecord(G(4), "Khamenei", null, Day(2019, 11, 17), "The enemy has been pushed back by the nation in a real battle.", "isna"),
        ]);

        Assert.Equal(4, statements.Count);
    }

    [Fact]
    public void Excerpts_of_one_long_remark_link_through_a_fuller_quotation()
    {
        var statements = Clusterer.Cluster([
            new StatementRecord(G(1), "Ali Khamenei", null, null, "The enemy has been pushed back by the nation in a real battle", "a"),
            new StatementRecord(G(2), "Ali Khamenei", null, null, "The enemy has been pushed back by the nation in a real battle. Burning banks is the work of thugs", "b"),
            new StatementRecord(G(3), "Ali Khamenei", null, null, "burning banks is the work of thugs", "c"),
        ]);

        Assert.Equal(["a", "b", "c"], Assert.Single(statements).SourceKeys.ToArray());
    }

    [Theory]
    [InlineData(0.6, 3, true)]
    [InlineData(0.6, 3, false)]
    [InlineData(0.34, 1, true)]
    [InlineData(1.0, 5, true)]
    public void Groups_equal_the_pairwise_comparison_of_every_two_quotes(double similarity, int minWords, bool unknownDateJoins)
    {
        // Quotes drawn from a small vocabulary so that many pairs overlap near the threshold, with exact repeats,
        // short quotes, unknown dates and month-precision dates: the candidate index must miss no matching pair.
        var options = new StatementClusteringOptions { QuoteSimilarity = similarity, MinContentWords = minWords, UnknownDateJoins = unknownDateJoins };
        var clusterer = new StatementClusterer(new SpeakerNames(["Ali Khamenei", "Hassan Rouhani"]), options);
        var random = new Random(7);
        var vocabulary = Enumerable.Range(0, 40).Select(i => "word" + i).ToArray();
        var input = Enumerable.Range(1, 600).Select(i =>
        {
            var words = Enumerable.Range(0, random.Next(1, 9)).Select(_ => vocabulary[(int)Math.Pow(random.NextDouble(), 2) * vocabulary.Length]);
            PartialDate? date = random.Next(6) switch
            {
                0 => null,
                1 => PartialDate.OfMonth(2019, 11),
                _ => Day(2019, 11, random.Next(1, 8)),
            };
            return new StatementRecord(G(i), i % 4 == 0 ? "Hassan Rouhani" : "Khamenei", null, date, i % 9 == 0 ? "the same words spoken again today" : string.Join(" ", words), "s" + (i % 5));
        }).ToList();

        var expected = PairwiseGroups(input, options);
        var actual = clusterer.Cluster(input).Select(c => string.Join(",", c.StatementIds.Order())).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count < 550, "the generated quotes must overlap enough to form groups");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void One_speaker_quoted_thousands_of_times_with_routine_remarks_gets_the_pairwise_groups()
    {
        // The shape of an outlet quoted tens of thousands of times: a few routine remarks with changing places and
        // figures, many quotes a day, some undated or dated to the month. Quotes of different remarks share place names,
        // so the index offers them to each other; the groups must still equal the pairwise comparison's.
        string[] templates =
        [
            "{n} rioters arrested in {place} by {who} yesterday",
            "the situation in {place} is under control say {who} after {n} days",
            "those who set fire to {n} banks in {place} will be punished by {who}",
            "no one was killed in {place} by {who} whatever {n} foreign media say",
        ];
        string[] places = ["Tehran", "Tabriz", "Shiraz", "Mashhad", "Isfahan", "Bandar Abbas"];
        string[] who = ["the police", "the judiciary", "the guards", "the governor", "the basij"];
        var random = new Random(13);
        var input = Enumerable.Range(1, 1_500).Select(i =>
        {
            var quote = templates[random.Next(templates.Length)]
                .Replace("{n}", random.Next(2, 60).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{place}", places[random.Next(places.Length)], StringComparison.Ordinal)
                .Replace("{who}", who[random.Next(who.Length)], StringComparison.Ordinal);
            PartialDate? date = (i % 500, random.Next(20)) switch
            {
                (0, _) => null,
                (_, 0) => PartialDate.OfMonth(2019, 11),
                _ => PartialDate.OfDay(new DateOnly(2019, 1, 1).AddDays(random.Next(365))),
            };
            return new StatementRecord(G(i), "Khamenei", null, date, i % 50 == 0 ? "no comment" : quote, "s" + (i % 7));
        }).ToList();
        var options = new StatementClusteringOptions();

        var actual = Clusterer.Cluster(input);

        var expected = PairwiseGroups(input, options);
        Assert.True(expected.Count is > 20 and < 1_000, $"the quotes must form many groups of several quotes, not {expected.Count}");
        Assert.Equal(expected, actual.Select(c => string.Join(",", c.StatementIds.Order())).Order(StringComparer.Ordinal).ToList());
        Assert.All(actual, c => Assert.Equal(c.StatementIds.Length - 1, c.Reasons.Length));
    }

    [Fact]
    public void Without_reasons_the_statements_are_the_same_and_carry_no_reasons()
    {
        // Repeats of one remark on one day and its excerpts: every member after the first joins with a reason.
        var input = Enumerable.Range(1, 40).Select(i => new StatementRecord(
            G(i), i % 2 == 0 ? "Khamenei" : "Ali Khamenei", null, Day(2019, 11, 17 + (i % 2)),
            (i % 4) switch { 0 => "burning banks is the work of thugs", 1 => "burning banks is not the act of ordinary people; it is the work of thugs", _ => $"remark number {i} about petrol prices" },
            "s" + (i % 3))).ToList();

        var explained = Clusterer.Cluster(input);
        var plain = Clusterer.Cluster(input, reasons: false);

        Assert.Contains(explained, c => c.Reasons.Length > 10);
        Assert.Equal(explained.Select(c => (c.Key, c.SpeakerKey, string.Join(",", c.StatementIds), string.Join(",", c.SourceKeys))),
            plain.Select(c => (c.Key, c.SpeakerKey, string.Join(",", c.StatementIds), string.Join(",", c.SourceKeys))));
        Assert.All(plain, c => Assert.Empty(c.Reasons));
    }

    /// <summary>The definition, compared pair by pair: connected groups of (same speaker key, dates agree, quotes similar).</summary>
    private static List<string> PairwiseGroups(List<StatementRecord> input, StatementClusteringOptions options)
    {
        var names = new SpeakerNames(["Ali Khamenei", "Hassan Rouhani"]);
        var keys = input.Select(s => names.Key(s.Speaker, s.SpeakerRole, s.Date)).ToArray();
        var words = input.Select(s => QuoteWords.Of(s.Quote)).ToArray();
        var parent = Enumerable.Range(0, input.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < input.Count; i++)
        {
            for (var j = i + 1; j < input.Count; j++)
            {
                if (keys[i] != keys[j] || !DatesAgree(input[i].Date, input[j].Date, options))
                {
                    continue;
                }

                var (a, b) = (words[i], words[j]);
                var same = Math.Min(a.Length, b.Length) < options.MinContentWords
                    ? a.Length > 0 && a.SequenceEqual(b)
                    : a.Length > 0 && b.Length > 0 && (double)a.Intersect(b).Count() / Math.Min(a.Length, b.Length) >= options.QuoteSimilarity;
                if (same)
                {
                    parent[Find(i)] = Find(j);
                }
            }
        }

        return Enumerable.Range(0, input.Count).GroupBy(Find)
            .Select(g => string.Join(",", g.Select(k => input[k].Id).Order()))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static bool DatesAgree(PartialDate? a, PartialDate? b, StatementClusteringOptions options) =>
        a is not { } da || b is not { } db ? options.UnknownDateJoins
        : da.Precision == DatePrecision.Day && db.Precision == DatePrecision.Day ? Math.Abs(da.FirstDay.DayNumber - db.FirstDay.DayNumber) <= options.DayTolerance
        : da.FirstDay <= db.LastDay && db.FirstDay <= da.LastDay;

    [Fact]
    public void Shuffled_input_gives_the_same_statements()
    {
        var input = Enumerable.Range(1, 30).Select(i => new StatementRecord(
            G(i * 7919 % 1000), i % 3 == 0 ? "Khamenei" : "Hassan Rouhani", null, Day(2019, 11, 15 + (i % 4)),
            (i % 5) switch { 0 => "burning banks is the work of thugs", 1 => "the price of petrol will rise for the poor", _ => $"remark number {i} about something else entirely" },
            "s" + (i % 4))).ToList();
        string Render(IEnumerable<StatementCluster> s) =>
            string.Join("\n", s.Select(c => $"{c.Key} {c.SpeakerKey} {string.Join(",", c.StatementIds)} {string.Join(",", c.Reasons.Select(r => r.Fields))}"));

        var expected = Render(Clusterer.Cluster(input));
        for (var seed = 0; seed < 20; seed++)
        {
            var copy = input.ToArray();
            new Random(seed).Shuffle(copy);
            Assert.Equal(expected, Render(Clusterer.Cluster(copy)));
        }
    }

    [Fact]
    public void Raefipoors_remark_quoted_by_two_sample_reports_is_one_statement_with_two_sources()
    {
        // The pipeline has no statements stage yet, so the mentions come from the samples' gold annotations
        // (speaker, role, date, evidence) and the quotation is the “…” text of the evidence's paragraph and the next.
        var records = new List<StatementRecord>();
        foreach (var name in new[] { "seed-02", "seed-04" })
        {
            var body = SampleBodies.Read(name);
            using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(SampleBodies.Folder(), name + ".gold.json")));
            foreach (var s in gold.RootElement.GetProperty("statements").EnumerateArray())
            {
                var speaker = s.GetProperty("speaker").GetString()!;
                if (!speaker.Contains("Raefipoor", StringComparison.Ordinal))
                {
                    continue;
                }

                records.Add(new StatementRecord(
                    G(records.Count + 1), speaker, s.GetProperty("speaker_role").GetString(),
                    PartialDate.Parse(s.GetProperty("date").GetString()), QuotedNear(body, s.GetProperty("evidence").GetString()!), name));
            }
        }

        var statements = new StatementClusterer(new SpeakerNames(records.Select(r => r.Speaker))).Cluster(records);

        Assert.Equal(2, records.Count);
        var statement = Assert.Single(statements);
        Assert.Equal("ali akbar raefipoor", statement.SpeakerKey);
        Assert.Equal(["seed-02", "seed-04"], statement.SourceKeys.ToArray());
    }

    private static string QuotedNear(string body, string evidence)
    {
        var paragraphs = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var at = Array.FindIndex(paragraphs, p => p.Contains(evidence, StringComparison.Ordinal));
        Assert.True(at >= 0, "evidence not found in the body");
        var text = string.Join(" ", paragraphs.Skip(at).Take(2));
        var quote = string.Join(" ", Regex.Matches(text, "“[^”]*”").Select(m => m.Value));
        Assert.NotEmpty(quote);
        return quote;
    }
}
