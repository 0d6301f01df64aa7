namespace Vigil.Core.Extraction.Statements.Rules;

/// <summary>
/// A reporting verb with a noun phrase of findings: "Amnesty International has released details of 304 deaths",
/// "the group documented 12 killings", "HRANA reported 200 arrests". The verb counts as a speech verb only when a
/// word naming information (details, figures, report, deaths, arrests …: report-objects) follows within a few words,
/// so "police released the detainees" is no statement.
/// </summary>
internal static class ReportingVerbRule
{
    private const int Window = 5;

    /// <summary>True when <paramref name="verb"/> (ending at <paramref name="verbEnd"/>) reports findings.</summary>
    public static bool Matches(string text, ReadOnlySpan<char> verb, int verbEnd, StatementLexicon lexicon)
    {
        if (!lexicon.ReportVerbs.Contains(verb))
        {
            return false;
        }

        var words = Word.Split(text, verbEnd, Math.Min(text.Length, verbEnd + 80));
        var seen = 0;
        foreach (var w in words)
        {
            if (!w.IsWord)
            {
                if (w.Text is "." or ";" or ":" or "," or "“" or "\"")
                {
                    return false;
                }

                continue;
            }

            if (lexicon.Classes["report-objects"].Contains(w.Text))
            {
                return true;
            }

            if (++seen >= Window)
            {
                return false;
            }
        }

        return false;
    }
}
