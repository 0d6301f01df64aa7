using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Vigil.Core.Evaluation;

/// <summary>The outcome of scoring: one row per document and the totals.</summary>
/// <param name="Documents">Per-document figures, in score.py's order.</param>
/// <param name="Totals">The totals, rounded as score.py rounds them.</param>
public sealed record ScoreReport(ImmutableArray<DocumentScore> Documents, ScoreTotals Totals)
{
    /// <summary>The totals as the one-line JSON object <c>score.py --json</c> prints, byte for byte.</summary>
    public string ToScorePyJson()
    {
        var t = Totals;
        var sb = new StringBuilder("{");
        void Int(string key, int value) => sb.Append('"').Append(key).Append("\": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append(", ");
        void Num(string key, double? value) => sb.Append('"').Append(key).Append("\": ").Append(value is { } v ? ScoreText.PythonFloat(v) : "null").Append(", ");
        Int("docs", t.Docs);
        Int("missing_docs", t.MissingDocs);
        Num("incident_p", t.IncidentPrecision);
        Num("incident_r", t.IncidentRecall);
        Num("incident_f1", t.IncidentF1);
        Num("strict_f1", t.StrictF1);
        Num("date_acc", t.DateAccuracy);
        Num("location_acc", t.LocationAccuracy);
        Num("count_acc", t.CountAccuracy);
        Num("statement_p", t.StatementPrecision);
        Num("statement_r", t.StatementRecall);
        Num("statement_f1", t.StatementF1);
        Num("statement_date_acc", t.StatementDateAccuracy);
        Int("gold_incidents", t.GoldIncidents);
        Int("pred_incidents", t.PredictedIncidents);
        Int("gold_statements", t.GoldStatements);
        Int("pred_statements", t.PredictedStatements);
        if (t.PersonDocs > 0)
        {
            Int("person_docs", t.PersonDocs);
            Num("person_p", t.PersonPrecision);
            Num("person_r", t.PersonRecall);
            Num("person_f1", t.PersonF1);
            Num("person_age_acc", t.PersonAgeAccuracy);
            Num("person_date_acc", t.PersonDateAccuracy);
            Int("gold_persons", t.GoldPersons);
            Int("pred_persons", t.PredictedPersons);
        }

        sb.Length -= 2;
        return sb.Append('}').ToString();
    }

    /// <summary>A readable rendering: a per-document table, the totals, and what they mean for trusting the machine.</summary>
    public string ToText()
    {
        var t = Totals;
        var sb = new StringBuilder();
        var width = Math.Max(8, Documents.IsEmpty ? 0 : Documents.Max(d => d.Doc.Length));
        var persons = Documents.Any(d => d.GoldPersons is not null);
        sb.Append("document".PadRight(width)).Append("   incidents: gold  found  matched  strict   statements: gold  found  matched")
          .AppendLine(persons ? "   persons: gold  found  matched" : string.Empty);
        foreach (var d in Documents)
        {
            sb.Append(d.Doc.PadRight(width))
              .Append(Cell(d.GoldIncidents, 19)).Append(Cell(d.PredictedIncidents, 7)).Append(Cell(d.MatchedIncidents, 9)).Append(Cell(d.StrictIncidents, 8))
              .Append(Cell(d.GoldStatements, 19)).Append(Cell(d.PredictedStatements, 7)).Append(Cell(d.MatchedStatements, 9));
            if (d.GoldPersons is { } gp)
            {
                sb.Append(Cell(gp, 16)).Append(Cell(d.PredictedPersons ?? 0, 7)).Append(Cell(d.MatchedPersons ?? 0, 9));
            }
            else if (persons)
            {
                sb.Append("               -      -        -");
            }

            if (d.Missing)
            {
                sb.Append("   (no prediction)");
            }

            sb.AppendLine();
        }

        sb.AppendLine();
        sb.AppendLine(Invariant($"{t.Docs} documents scored{(t.MissingDocs > 0 ? Invariant($", {t.MissingDocs} without a prediction") : string.Empty)}."));
        sb.AppendLine(Invariant($"Incidents:  precision {t.IncidentPrecision:0.000}  recall {t.IncidentRecall:0.000}  F1 {t.IncidentF1:0.000}  ({t.MatchedIncidents} of {t.GoldIncidents} gold found, {t.PredictedIncidents} predicted)"));
        sb.AppendLine(Invariant($"Strict F1:  {t.StrictF1:0.000}  (matches whose date and place are also right: {t.StrictIncidents})"));
        sb.AppendLine(Invariant($"On matched incidents: date right {Pct(t.DateAccuracy)}, place right {Pct(t.LocationAccuracy)}, casualty/arrest figures right {(t.CountAccuracy is { } c ? Pct(c) : "n/a")}"));
        sb.AppendLine(Invariant($"Statements: precision {t.StatementPrecision:0.000}  recall {t.StatementRecall:0.000}  F1 {t.StatementF1:0.000}  ({t.MatchedStatements} of {t.GoldStatements} gold found, {t.PredictedStatements} predicted; date right on {Pct(t.StatementDateAccuracy)})"));
        if (t.PersonDocs > 0)
        {
            sb.AppendLine(Invariant($"Persons:    precision {t.PersonPrecision:0.000}  recall {t.PersonRecall:0.000}  F1 {t.PersonF1:0.000}  ({t.MatchedPersons} of {t.GoldPersons} gold found, {t.PredictedPersons} predicted, over {t.PersonDocs} documents; age right on {Pct(t.PersonAgeAccuracy)}, date right on {Pct(t.PersonDateAccuracy)})"));
        }

        sb.AppendLine();
        sb.AppendLine(Trust(t));
        return sb.ToString();
    }

    private static string Trust(ScoreTotals t)
    {
        if (t.GoldIncidents + t.GoldStatements == 0)
        {
            return "How far to trust the machine: the gold files code nothing, so these figures say nothing yet.";
        }

        var sb = new StringBuilder("How far to trust the machine: ");
        if (t.PredictedIncidents > 0 || t.GoldIncidents > 0)
        {
            sb.Append(Invariant($"about {Tenths(t.IncidentPrecision)} in 10 incidents it reports are in your gold, and it finds about {Tenths(t.IncidentRecall)} in 10 of yours; "));
            sb.Append(Invariant($"about {Tenths(t.StrictF1)} in 10 come out fully right (type, date and place). "));
        }

        if (t.PredictedStatements > 0 || t.GoldStatements > 0)
        {
            sb.Append(Invariant($"For statements, about {Tenths(t.StatementPrecision)} in 10 it reports are right and it finds about {Tenths(t.StatementRecall)} in 10. "));
        }

        sb.Append("Review every item against its evidence span before publishing.");
        if (t.GoldIncidents + t.GoldStatements < 30)
        {
            sb.Append(Invariant($" (Only {t.GoldIncidents + t.GoldStatements} gold items: treat these figures as rough.)"));
        }

        return sb.ToString();
    }

    private static string Cell(int value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width);

    private static string Pct(double share) => Invariant($"{share * 100:0}%");

    private static int Tenths(double share) => (int)Math.Round(share * 10, MidpointRounding.AwayFromZero);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
