namespace Vigil.Core.Extraction.Statements.Rules;

/// <summary>
/// A relayed remark (the guideline: "X quoted Y as saying" is Y's statement, X its outlet): "IRNA quoted police chief
/// Ahmad Rezaei as saying …", "Rezaei was quoted by IRNA as saying …", "…, Rezaei was quoted as saying by IRNA." Reads
/// the words around a quoting verb (statement-words <c>quoting-verbs</c>) into the speaker's words, the outlet's words
/// and the "saying" after "as" (<c>quoted-as</c>); a passive auxiliary (<c>passive-auxiliaries</c>) before the verb puts
/// the speaker before it and the outlet after "by" (<c>authorship</c>).
/// </summary>
internal static class QuotedAsSayingRule
{
    // Most words between the quoting verb and "as saying" (the speaker's name and role).
    private const int MaxSpeakerWords = 10;

    public static (List<Word> Speaker, List<Word> Outlet, Word Saying)? Read(List<Word> before, List<Word> after, StatementLexicon lexicon)
    {
        var quotedAs = lexicon.Classes["quoted-as"];
        var asAt = -1;
        for (var k = 0; k + 1 < after.Count && k <= MaxSpeakerWords + 3; k++)
        {
            if (quotedAs.Contains(after[k].Text) && lexicon.Classes["participles"].Contains(after[k + 1].Text))
            {
                asAt = k;
                break;
            }

            if (!after[k].IsWord && after[k].Text != "," && after[k].Text != "’" && after[k].Text != "'")
            {
                return null;
            }
        }

        if (asAt < 0)
        {
            return null;
        }

        var saying = after[asAt + 1];
        var by = lexicon.Classes["authorship"];
        var passive = before.Count > 0 && lexicon.Classes["passive-auxiliaries"].Contains(before[^1].Text);
        List<Word> speaker, outlet;
        if (passive)
        {
            // "Rezaei was quoted by IRNA as saying", "…, Rezaei was quoted as saying by IRNA."
            speaker = LastSegment(before.GetRange(0, before.Count - 1));
            outlet = after.Count > 1 && by.Contains(after[0].Text) ? [.. after.GetRange(1, asAt - 1).Where(w => w.IsWord)]
                : asAt + 2 < after.Count && by.Contains(after[asAt + 2].Text) ? [.. after.Skip(asAt + 3).TakeWhile(w => w.IsWord)]
                : [];
        }
        else
        {
            // "IRNA quoted police chief Ahmad Rezaei as saying"
            speaker = [.. after.GetRange(0, asAt).Where(w => w.IsWord)];
            outlet = LastSegment(before);
        }

        return speaker.Count is > 0 and <= MaxSpeakerWords ? (speaker, outlet, saying) : null;
    }

    // The words after the last punctuation mark.
    private static List<Word> LastSegment(List<Word> words)
    {
        var from = words.FindLastIndex(w => !w.IsWord) + 1;
        return words.GetRange(from, words.Count - from);
    }
}
