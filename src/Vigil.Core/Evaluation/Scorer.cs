using System.Collections.Immutable;
using System.Text.Json;

namespace Vigil.Core.Evaluation;

/// <summary>
/// A port of the shared score.py that gives the same numbers: one-to-one greedy matching of
/// predicted to gold incidents (same type, and overlapping evidence or the same date and place) and
/// statements (same speaker by surname or substring, and overlapping evidence or the same date),
/// with the pairs taken in score.py's order (score, gold index, predicted index, all descending).
/// </summary>
public static class Scorer
{
    /// <summary>The body of a report file as score.py cuts it (everything after the front-matter block; line endings normalised).</summary>
    public static string BodyOf(string fileText) => ScoreText.BodyOf(fileText);

    /// <summary>Scores the documents, in the order score.py visits them (by gold file name).</summary>
    public static ScoreReport Score(IEnumerable<ScoringCase> cases)
    {
        var ordered = cases.OrderBy(c => c.Doc + ".gold.json", StringComparer.Ordinal).ToList();
        int personDocs = 0, gp = 0, pp = 0, mp = 0, age = 0, personDate = 0;
        int gi = 0, pi = 0, mi = 0, strictTotal = 0, gs = 0, ps = 0, ms = 0, date = 0, loc = 0, cnt = 0, cntN = 0, sdate = 0, missing = 0;
        var rows = ImmutableArray.CreateBuilder<DocumentScore>(ordered.Count);
        foreach (var c in ordered)
        {
            JsonElement? pred = c.Prediction;
            if (pred is null)
            {
                missing++;
            }

            var goldIncidents = Items(c.Body, PyJson.List(c.Gold, "incidents"));
            var predIncidents = Items(c.Body, PyJson.List(pred, "incidents"));
            var goldStatements = Items(c.Body, PyJson.List(c.Gold, "statements"));
            var predStatements = Items(c.Body, PyJson.List(pred, "statements"));

            var incidentPairs = Match(goldIncidents, predIncidents, IncidentCompatible, IncidentScore);
            var statementPairs = Match(goldStatements, predStatements, StatementCompatible, StatementScore);
            var strict = 0;
            foreach (var (g, p) in incidentPairs)
            {
                var d = DateOk(Get(g, "date"), Get(p, "date"));
                var l = LocationOk(Get(g, "location"), Get(p, "location"));
                date += d ? 1 : 0;
                loc += l ? 1 : 0;
                strict += d && l ? 1 : 0;
                foreach (var k in (ReadOnlySpan<string>)["killed", "injured", "arrested"])
                {
                    if (CountOk(Get(g, k), Get(p, k)) is { } ok)
                    {
                        cntN++;
                        cnt += ok ? 1 : 0;
                    }
                }
            }

            foreach (var (g, p) in statementPairs)
            {
                sdate += DateOk(Get(g, "date"), Get(p, "date")) ? 1 : 0;
            }

            gi += goldIncidents.Count;
            pi += predIncidents.Count;
            mi += incidentPairs.Count;
            strictTotal += strict;
            gs += goldStatements.Count;
            ps += predStatements.Count;
            ms += statementPairs.Count;
            var row = new DocumentScore(c.Doc, goldIncidents.Count, predIncidents.Count, incidentPairs.Count, strict,
                goldStatements.Count, predStatements.Count, statementPairs.Count, pred is null);

            // Persons only over documents whose gold has the key (score.py: `if "persons" in gold`).
            if (c.Gold.ValueKind == JsonValueKind.Object && c.Gold.TryGetProperty("persons", out _))
            {
                var goldPersons = Items(c.Body, PyJson.List(c.Gold, "persons"));
                var predPersons = Items(c.Body, PyJson.List(pred, "persons"));
                var personPairs = Match(goldPersons, predPersons, PersonCompatible, PersonScore);
                foreach (var (g, p) in personPairs)
                {
                    age += AgeOk(Get(g, "age"), Get(p, "age")) ? 1 : 0;
                    personDate += DateOk(Get(g, "date"), Get(p, "date")) ? 1 : 0;
                }

                personDocs++;
                gp += goldPersons.Count;
                pp += predPersons.Count;
                mp += personPairs.Count;
                row = row with { GoldPersons = goldPersons.Count, PredictedPersons = predPersons.Count, MatchedPersons = personPairs.Count };
            }

            rows.Add(row);
        }

        var (ip, ir, if1) = Prf(mi, pi, gi);
        var (_, _, sf1) = Prf(strictTotal, pi, gi);
        var (stp, str, stf1) = Prf(ms, ps, gs);
        var (pep, per, pef1) = Prf(mp, pp, gp);
        var totals = new ScoreTotals
        {
            Docs = rows.Count,
            MissingDocs = missing,
            IncidentPrecision = ScoreText.Round3(ip),
            IncidentRecall = ScoreText.Round3(ir),
            IncidentF1 = ScoreText.Round3(if1),
            StrictF1 = ScoreText.Round3(sf1),
            DateAccuracy = mi > 0 ? ScoreText.Round3((double)date / mi) : 0.0,
            LocationAccuracy = mi > 0 ? ScoreText.Round3((double)loc / mi) : 0.0,
            CountAccuracy = cntN > 0 ? ScoreText.Round3((double)cnt / cntN) : null,
            StatementPrecision = ScoreText.Round3(stp),
            StatementRecall = ScoreText.Round3(str),
            StatementF1 = ScoreText.Round3(stf1),
            StatementDateAccuracy = ms > 0 ? ScoreText.Round3((double)sdate / ms) : 0.0,
            GoldIncidents = gi,
            PredictedIncidents = pi,
            MatchedIncidents = mi,
            StrictIncidents = strictTotal,
            GoldStatements = gs,
            PredictedStatements = ps,
            MatchedStatements = ms,
            PersonDocs = personDocs,
            PersonPrecision = ScoreText.Round3(pep),
            PersonRecall = ScoreText.Round3(per),
            PersonF1 = ScoreText.Round3(pef1),
            PersonAgeAccuracy = mp > 0 ? ScoreText.Round3((double)age / mp) : 0.0,
            PersonDateAccuracy = mp > 0 ? ScoreText.Round3((double)personDate / mp) : 0.0,
            GoldPersons = gp,
            PredictedPersons = pp,
            MatchedPersons = mp,
        };
        return new ScoreReport(rows.ToImmutable(), totals);
    }

    internal static bool DateOk(JsonElement? gold, JsonElement? pred)
    {
        if (gold is null)
        {
            return pred is null;
        }

        if (pred is null || PyJson.String(gold) is not { } g)
        {
            return false;
        }

        return string.Equals(ScoreText.TakeCodePoints(PyJson.Str(pred), ScoreText.CodePointLength(g)), g, StringComparison.Ordinal);
    }

    internal static bool LocationOk(JsonElement? g, JsonElement? p)
    {
        if (g is null)
        {
            return p is null;
        }

        if (p is null)
        {
            return false;
        }

        var gn = ScoreText.Place(NameOf(g, "name"));
        var ga = ScoreText.Place(NameOf(g, "admin1"));
        var pn = ScoreText.Place(NameOf(p, "name"));
        var pa = ScoreText.Place(NameOf(p, "admin1"));
        var gc = (CountryOf(g) ?? string.Empty).ToUpperInvariant();
        var pc = (CountryOf(p) ?? string.Empty).ToUpperInvariant();
        var goldCountry = ScoreText.CountryName(gc);
        if ((gn.Length == 0 && ga.Length == 0) || gn == goldCountry)
        {
            return pc == gc && (pn.Length == 0 || pn == gn || pn == ScoreText.CountryName(pc)) && pa.Length == 0;
        }

        if (gn.Length > 0 && (gn == pn || gn == pa))
        {
            return true;
        }

        return gn.Length == 0 && ga.Length > 0 && (ga == pn || ga == pa);
    }

    internal static bool? CountOk(JsonElement? g, JsonElement? p)
    {
        if (g is null)
        {
            return null;
        }

        return p is { ValueKind: JsonValueKind.Object } && PyJson.PyEquals(PyJson.Get(p, "min"), PyJson.Get(g, "min"));
    }

    internal static bool SameSpeaker(JsonElement? gold, JsonElement? pred)
    {
        var g = PyJson.Get(gold, "speaker");
        var p = PyJson.Get(pred, "speaker");
        var gn = ScoreText.Norm(g is null ? null : PyJson.Str(g));
        var pn = ScoreText.Norm(p is null ? null : PyJson.Str(p));
        return gn.Length > 0 && pn.Length > 0
            && (ScoreText.Surname(g is null ? null : PyJson.Str(g)) == ScoreText.Surname(p is null ? null : PyJson.Str(p))
                || gn.Contains(pn, StringComparison.Ordinal) || pn.Contains(gn, StringComparison.Ordinal));
    }

    /// <summary>score.py <c>name_ok</c>: equal last name tokens, or one normalised name inside the other.</summary>
    internal static bool SameName(JsonElement? gold, JsonElement? pred)
    {
        var gt = ScoreText.NameTokens(PyJson.IsFalsy(gold) ? string.Empty : PyJson.Str(gold));
        var pt = ScoreText.NameTokens(PyJson.IsFalsy(pred) ? string.Empty : PyJson.Str(pred));
        if (gt.Count == 0 || pt.Count == 0)
        {
            return false;
        }

        var gn = string.Concat(gt);
        var pn = string.Concat(pt);
        return gt[^1] == pt[^1] || pn.Contains(gn, StringComparison.Ordinal) || gn.Contains(pn, StringComparison.Ordinal);
    }

    /// <summary>score.py <c>age_ok</c>: a null gold age must be predicted null; else <c>int(p) == int(g)</c>.</summary>
    internal static bool AgeOk(JsonElement? gold, JsonElement? pred)
    {
        if (gold is null)
        {
            return pred is null;
        }

        return PythonInt(pred) is { } p && PythonInt(gold) is { } g && p == g;
    }

    // Python's int(x) for a JSON value: integers, floats truncated, booleans, and strings of an integer; null where int() raises.
    private static long? PythonInt(JsonElement? value)
    {
        switch (value)
        {
            case { ValueKind: JsonValueKind.True }:
                return 1;
            case { ValueKind: JsonValueKind.False }:
                return 0;
            case { ValueKind: JsonValueKind.Number } n:
                if (PyJson.TryInt(n, out var i))
                {
                    return i;
                }

                var d = n.GetDouble();
                return double.IsFinite(d) ? (long)Math.Truncate(d) : null;
            case { ValueKind: JsonValueKind.String } s:
                var text = s.GetString()!.Trim().Replace("_", string.Empty, StringComparison.Ordinal);
                return long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            default:
                return null;
        }
    }

    private static bool PersonCompatible(Item g, Item p) =>
        !PyJson.IsFalsy(Get(g, "fate")) && PyJson.PyEquals(Get(g, "fate"), Get(p, "fate")) && SameName(Get(g, "name"), Get(p, "name"));

    private static int PersonScore(Item g, Item p) =>
        (Overlap(g.Span, p.Span) ? 2 : 0) + (DateOk(Get(g, "date"), Get(p, "date")) ? 1 : 0);

    private static string? NameOf(JsonElement? obj, string key) => PyJson.Get(obj, key) is { } v ? PyJson.Str(v) : null;

    // score.py: (loc.get("country") or "").upper()
    private static string? CountryOf(JsonElement? obj) => PyJson.Get(obj, "country") is { } v && !PyJson.IsFalsy(v) ? PyJson.Str(v) : null;

    private static JsonElement? Get(Item item, string key) => PyJson.Get(item.Element, key);

    private static List<Item> Items(string body, IReadOnlyList<JsonElement> elements)
    {
        var items = new List<Item>(elements.Count);
        foreach (var e in elements)
        {
            items.Add(new Item(e, SpanOf(body, PyJson.Get(e, "evidence"))));
        }

        return items;
    }

    internal static (long Start, long End)? SpanOf(string body, JsonElement? evidence)
    {
        var ev = evidence;
        if (ev is { ValueKind: JsonValueKind.Object })
        {
            if (PyJson.TryInt(PyJson.Get(ev, "start"), out var start) && PyJson.TryInt(PyJson.Get(ev, "end"), out var end))
            {
                return (start, end);
            }

            ev = PyJson.Get(ev, "text");
        }

        if (PyJson.IsFalsy(ev) || PyJson.String(ev) is not { } text)
        {
            return null;
        }

        var i = body.IndexOf(text, StringComparison.Ordinal);
        if (i < 0)
        {
            return null;
        }

        var cp = ScoreText.CodePointIndex(body, i);
        return (cp, cp + ScoreText.CodePointLength(text));
    }

    private static bool Overlap((long Start, long End)? a, (long Start, long End)? b) =>
        a is { } x && b is { } y && Math.Min(x.End, y.End) > Math.Max(x.Start, y.Start);

    private static bool IncidentCompatible(Item g, Item p)
    {
        if (!PyJson.PyEquals(Get(g, "type"), Get(p, "type")))
        {
            return false;
        }

        return Overlap(g.Span, p.Span)
            || (Get(g, "date") is not null && DateOk(Get(g, "date"), Get(p, "date")) && LocationOk(Get(g, "location"), Get(p, "location")));
    }

    private static int IncidentScore(Item g, Item p) =>
        (Overlap(g.Span, p.Span) ? 1 : 0) + (DateOk(Get(g, "date"), Get(p, "date")) ? 1 : 0) + (LocationOk(Get(g, "location"), Get(p, "location")) ? 1 : 0);

    private static bool StatementCompatible(Item g, Item p) =>
        SameSpeaker(g.Element, p.Element) && (Overlap(g.Span, p.Span) || DateOk(Get(g, "date"), Get(p, "date")));

    private static int StatementScore(Item g, Item p) =>
        (Overlap(g.Span, p.Span) ? 1 : 0) + (DateOk(Get(g, "date"), Get(p, "date")) ? 1 : 0);

    private static List<(Item Gold, Item Pred)> Match(List<Item> golds, List<Item> preds, Func<Item, Item, bool> compatible, Func<Item, Item, int> score)
    {
        var pairs = new List<(int Score, int I, int J)>();
        for (var i = 0; i < golds.Count; i++)
        {
            for (var j = 0; j < preds.Count; j++)
            {
                if (compatible(golds[i], preds[j]))
                {
                    pairs.Add((score(golds[i], preds[j]), i, j));
                }
            }
        }

        // Python's pairs.sort(reverse=True) on (score, i, j) tuples: all three descending.
        pairs.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.I != b.I ? b.I.CompareTo(a.I) : b.J.CompareTo(a.J));
        var usedGold = new HashSet<int>();
        var usedPred = new HashSet<int>();
        var result = new List<(Item, Item)>();
        foreach (var (_, i, j) in pairs)
        {
            if (!usedGold.Contains(i) && !usedPred.Contains(j))
            {
                usedGold.Add(i);
                usedPred.Add(j);
                result.Add((golds[i], preds[j]));
            }
        }

        return result;
    }

    private static (double P, double R, double F1) Prf(int m, int p, int g)
    {
        var precision = p != 0 ? (double)m / p : 0.0;
        var recall = g != 0 ? (double)m / g : 0.0;
        return (precision, recall, precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0);
    }

    private sealed record Item(JsonElement Element, (long Start, long End)? Span);
}
