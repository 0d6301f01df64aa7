namespace Vigil.Core.Extraction.Segmentation;

/// <summary>
/// A dateline opening a paragraph says where and when the report was filed ("TEHRAN, Nov. 17 (Reuters) -"); the
/// segmentation stage makes it a sentence of its own, so no speaker phrase or event evidence starts with it, and the
/// incidents stage reads its date as the filing date and never its place as an event's.
/// </summary>
internal static class Dateline
{
    // Letters a dateline in capitals alone needs before its dash: "NICOSIA —", not "A —" or "US —".
    private const int MinCapitalsAlone = 4;

    /// <summary>
    /// The end of a dateline opening the paragraph ("TEHRAN, Nov. 17 (Reuters) -", "TEHRAN (Tasnim) –", "TEHRAN, Nov. 17 (Xinhua) --",
    /// "Tehran [Iran], July 9:",
    /// "Iran, Nov. 22, 2018 -", "Washington, D.C., September 29, 2022—", "MADRID, Nov 14 (EFE).-", "TABRIZ.-"):
    /// capitalised words and figures, a comma or a bracket, then a dash (a full stop and a dash need no comma or bracket,
    /// nor does a name in capitals alone: "NICOSIA — Iranian protests …", "DUBAI — Iran hanged …");
    /// -1 when there is none.
    /// </summary>
    public static int End(string text, TextSpan paragraph)
    {
        // The segmentation stage asks of each paragraph's first sentence, the incidents stage again of the same sentence, or
        // of the dateline it was cut to: that has the same end, as the scan stops there either way (a shorter span only ends
        // the scan sooner, before a blank line could say "none"). So this thread keeps the answers for the text it reads.
        var answers = _answers ??= new Answers();
        if (!ReferenceEquals(answers.Text, text))
        {
            answers.Text = text;
            if (answers.ByStart.Count > 1024)
            {
                answers.ByStart = []; // after a report of many paragraphs, not cleared slot by slot for every later one
            }
            else
            {
                answers.ByStart.Clear();
            }
        }
        else if (answers.ByStart.TryGetValue(paragraph.Start, out var kept)
            && (kept.End == paragraph.End || (kept.Result > paragraph.Start && kept.Result <= paragraph.End && paragraph.End <= kept.End)))
        {
            return kept.Result;
        }

        var end = Scan(text, paragraph);
        answers.ByStart[paragraph.Start] = (paragraph.End, end);
        return end;
    }

    // This thread's answers for one text (held until the thread asks of another: one report's).
    [ThreadStatic]
    private static Answers? _answers;

    private sealed class Answers
    {
        public string? Text;
        public Dictionary<int, (int End, int Result)> ByStart = [];
    }

    private static int Scan(string text, TextSpan paragraph)
    {
        var limit = Math.Min(paragraph.End, paragraph.Start + 48);
        var sawSeparator = false;
        var atWordStart = true;
        var capitals = 0; // letters seen, while every one of them is a capital
        var allCapitals = true;
        for (var i = paragraph.Start; i < limit; i++)
        {
            var c = text[i];
            if (i > paragraph.Start && text[i - 1] == ' ' && SpacedDash(text, i) is > 0 and var dash)
            {
                return sawSeparator || (allCapitals && capitals >= MinCapitalsAlone) ? i + dash : -1;
            }

            // "Tehran [Iran], July 9: Police …", "ZAHEDAN, Oct. 2: …": a colon right after the day of a dateline that had its
            // comma or bracket (a heading's colon follows a word, "Update: …"; a time's is followed by a digit, "10:30").
            if (c == ':' && sawSeparator && i > paragraph.Start && UnicodeClasses.IsDigit(text[i - 1]) && i + 1 < text.Length && text[i + 1] == ' ')
            {
                return i + 1;
            }

            if (UnicodeClasses.IsLetter(c))
            {
                allCapitals &= UnicodeClasses.IsUpper(c);
                capitals++;
            }

            // "COPENHAGEN, Nov 14 (EFE).- The …", "TABRIZ.- Police …": the Spanish-language wires' full stop and dash, set
            // solid after the dateline and followed by a space (a hyphen joining words has none: "U.S.-Iran").
            if (c is '-' or '–' or '—' && i > paragraph.Start + 1 && text[i - 1] == '.' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                return i + 1;
            }

            // "Washington, D.C., September 29, 2022—The Committee …": an em dash set solid between the year and the
            // first capital of the text (a hyphen or en dash so set joins words: "Sistan-Baluchestan").
            if (c == '—' && i > paragraph.Start && UnicodeClasses.IsDigit(text[i - 1]) && i + 1 < text.Length && UnicodeClasses.IsUpper(text[i + 1]))
            {
                return sawSeparator ? i + 1 : -1;
            }

            if (c is ',' or '(' or '[')
            {
                sawSeparator = true;
            }

            if (atWordStart && UnicodeClasses.IsLower(c))
            {
                return -1;
            }

            if (c is '\n' or '.' && i + 1 < limit && text[i + 1] == '\n')
            {
                return -1;
            }

            atWordStart = !UnicodeClasses.IsLetterOrDigit(c) && c != '.';
        }

        return -1;
    }

    // The length of a dash at i followed by a space: a hyphen, en or em dash (1), or two hyphens typed for a dash
    // ("TEHRAN, Nov. 17 (Xinhua) -- Police …", 2); 0 when there is none.
    private static int SpacedDash(string text, int i)
    {
        var dash = text[i] is '-' or '–' or '—' ? 1 : 0;
        if (dash == 1 && text[i] == '-' && i + 1 < text.Length && text[i + 1] == '-')
        {
            dash = 2;
        }

        return dash > 0 && i + dash < text.Length && text[i + dash] == ' ' ? dash : 0;
    }
}
