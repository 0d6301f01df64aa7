namespace Vigil.Core.Extraction.Statements.Rules;

/// <summary>
/// An evaluative verb: the speaker names what something is. "The United States called the crackdown a crime"
/// (evaluative-verbs, followed by a determiner or a name), "the ministry described the protests as riots", "she
/// referred to the detainees as hostages" (evaluative-as-verbs, with "as" later in the clause). "called for" and
/// "called on" stay with the speech verbs.
/// </summary>
internal static class EvaluativeVerbRule
{
    /// <summary>True when <paramref name="verb"/> (ending at <paramref name="verbEnd"/>) evaluates what follows it.</summary>
    public static bool Matches(string text, ReadOnlySpan<char> verb, int verbEnd, StatementLexicon lexicon)
    {
        var direct = lexicon.EvaluativeVerbs.Contains(verb);
        var withAs = !direct && lexicon.EvaluativeAsVerbs.Contains(verb);
        if (!direct && !withAs)
        {
            return false;
        }

        var words = Word.Split(text, verbEnd, Math.Min(text.Length, verbEnd + 160), max: 16); // reads the first 16 words at most
        if (words.Count == 0 || !words[0].IsWord)
        {
            return false;
        }

        if (direct)
        {
            return lexicon.Classes["evaluative-objects"].Contains(words[0].Text) || (words[0].IsCapitalised && words.Count > 1 && words[1].IsWord);
        }

        for (var k = 0; k < words.Count && k < 16; k++)
        {
            if (words[k].Text is "." or ";" or ":")
            {
                return false;
            }

            if (lexicon.Classes["evaluative-as"].Contains(words[k].Text))
            {
                return k > 0;
            }
        }

        return false;
    }
}
