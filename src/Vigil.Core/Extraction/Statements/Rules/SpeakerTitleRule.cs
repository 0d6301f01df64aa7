namespace Vigil.Core.Extraction.Statements.Rules;

/// <summary>
/// Titles before a speaker's name are not part of it («آیت‌الله احمد خاتمی» is احمد خاتمی): the title becomes the role when
/// the text gives none, as English keeps "Ayatollah" as Ahmad Khatami's role; a courtesy title («آقای», «خانم») is dropped.
/// Reads the statement-words classes <c>honorifics</c> and <c>courtesy-titles</c> (phrases, words joined by "_"); runs for
/// verb-final packs (a non-empty <c>final-speech-verbs</c> class), English names being cut by its own speaker rules.
/// </summary>
internal static class SpeakerTitleRule
{
    private const int MaxTitleWords = 4;

    /// <summary>Moves leading titles out of each draft's speaker.</summary>
    public static void Apply(StatementLexicon lexicon, List<StatementDraft> drafts)
    {
        if (lexicon.FinalSpeechVerbs.Count == 0)
        {
            return;
        }

        var honorifics = lexicon.Classes["honorifics"];
        var courtesy = lexicon.Classes["courtesy-titles"];
        foreach (var d in drafts)
        {
            var words = d.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var taken = 0;
            var titles = new List<string>();
            while (taken < words.Length - 1)
            {
                var length = 0;
                for (var n = Math.Min(MaxTitleWords, words.Length - 1 - taken); n > 0; n--)
                {
                    var phrase = string.Join('_', words, taken, n);
                    if (honorifics.Contains(phrase) || courtesy.Contains(phrase))
                    {
                        length = n;
                        if (honorifics.Contains(phrase))
                        {
                            titles.Add(string.Join(' ', words, taken, n));
                        }

                        break;
                    }
                }

                if (length == 0)
                {
                    break;
                }

                taken += length;
            }

            // A title before an office («سردار فرمانده سپاه …») is not before a name: left as written.
            if (taken == 0 || lexicon.RoleWords.Contains(words[taken]))
            {
                continue;
            }

            d.Speaker = string.Join(' ', words, taken, words.Length - taken);
            if (d.Role is null && titles.Count > 0)
            {
                d.Role = string.Join(' ', titles);
            }
        }
    }

    /// <summary>
    /// A role that is only a courtesy title ("Ms Finch called on …" gave the role "Ms") is no role: cleared, in every
    /// language (a courtesy title says nothing of the office; "said Mr. Karimi" already keeps none).
    /// </summary>
    public static void DropCourtesyRoles(StatementLexicon lexicon, List<StatementDraft> drafts)
    {
        var courtesy = lexicon.Classes["courtesy-titles"];
        foreach (var d in drafts)
        {
            if (d.Role is { } role && courtesy.Contains(role.Trim()))
            {
                d.Role = null;
            }
        }
    }
}
