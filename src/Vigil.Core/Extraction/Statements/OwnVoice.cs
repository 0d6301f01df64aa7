using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Statements;

/// <summary>
/// The report's own voice is not a statement (GUIDELINE.md): an attribution to the outlet that published the report
/// («پیشتر صدای آمریکا گزارش داد» in a VOA Persian report, "VOA reported" in a VOA report) is the outlet citing itself.
/// ("This outlet reported", «این رسانه پیش از این گزارش داد», names nobody and is never read as a speaker.)
/// An organisation publishing its own findings is not an outlet reporting: it stays the speaker of its release, so only
/// a speaker that is an outlet (outlets.txt, or read as one) or an attribution with a word of reporting (the class
/// <c>reporting-words</c>, «گزارش») is dropped. The outlet's names are those of <see cref="ExtractionContext.Outlet"/>, split at brackets and slashes
/// ("VOA Persian (صدای آمریکا)" is "VOA Persian" and "صدای آمریکا"), compared whole, without case.
/// </summary>
internal static class OwnVoice
{
    /// <summary>Removes the drafts whose speaker is the report's own outlet.</summary>
    public static void Remove(ExtractionContext context, StatementLexicon lexicon, List<StatementDraft> drafts)
    {
        var names = NamesOf(context.Outlet, lexicon);
        if (names.Count == 0)
        {
            return;
        }

        var reporting = lexicon.Classes["reporting-words"];
        drafts.RemoveAll(d =>
        {
            var speaker = d.Speaker.Trim();
            // An organisation's own release saying what it found is coded as its statement (the dev-en gold codes
            // Amnesty International on Amnesty's own page): only the outlet reporting news is its own voice.
            return names.Contains(speaker)
                && (d.Kind == SpeakerKind.Outlet || lexicon.OutletNames.Contains(speaker) || Reports(context.Text, d.Attribution, reporting));
        });
    }

    private static bool Reports(string text, TextSpan attribution, System.Collections.Frozen.FrozenSet<string> reporting)
    {
        foreach (var word in text[attribution.Start..attribution.End].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (reporting.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> NamesOf(string? outlet, StatementLexicon lexicon)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(outlet))
        {
            return names;
        }

        // The text the rules read is folded (ي → ی, ZWNJ → space): the names are folded the same way.
        foreach (var part in ArabicScriptFolding.Fold(outlet).Split(['(', ')', '/', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            names.Add(string.Join(' ', words));

            // "Mikrofon News", "Fars News Agency": the outlet is also named without its trailing outlet words
            // ("according to Mikrofon news agency" reads as "Mikrofon").
            var end = words.Length;
            while (end > 1 && (lexicon.OutletNouns.Contains(words[end - 1]) || lexicon.Classes["outlet-modifiers"].Contains(words[end - 1].ToLowerInvariant())))
            {
                end--;
            }

            if (end < words.Length)
            {
                names.Add(string.Join(' ', words, 0, end));
            }
        }

        return names;
    }
}
