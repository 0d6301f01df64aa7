using System.Collections.Frozen;

namespace Vigil.Core.Extraction.Statements;

/// <summary>
/// Reads a subject phrase ("the secretary of the Supreme National Security Council Ali Shamkhani",
/// "The state-run Ebtekar daily", "he", "Varamin’s Friday prayers imam") into a <see cref="Speaker"/>.
/// </summary>
internal static class SpeakerPhrase
{
    private static readonly FrozenSet<string> Determiners = new[] { "the", "a", "an", "The", "A", "An", "its", "his", "her", "their", "Its", "His", "Her", "Their" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = new[] { "of", "in", "from", "at", "for", "to", "on", "with", "by", "about", "against" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Particles = new[] { "al", "al-", "el", "bin", "ibn", "de", "van", "von", "ol", "e", "abu", "ul", "ud" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SingularRoles = new[]
    {
        "leader", "imam", "minister", "spokesman", "spokeswoman", "spokesperson", "commander", "official", "head", "chief", "governor",
        "prosecutor", "judge", "cleric", "president", "secretary", "ambassador", "envoy", "mayor", "director", "chairman", "chairwoman",
        "representative", "deputy", "lawmaker", "mp", "general", "advisor", "adviser", "economist", "analyst", "expert", "journalist", "editor",
        "columnist", "writer", "author", "activist", "lawyer", "attorney", "figure", "speaker", "rapporteur", "cleric", "mufti", "officer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads <paramref name="words"/> (words only, in order) as a speaker; null when it names none.</summary>
    public static Speaker? Read(string text, IReadOnlyList<Word> words, StatementLexicon lexicon)
    {
        var w = words.Where(x => x.IsWord).ToList();
        if (w.Count == 0 || w.Count > 16)
        {
            return null;
        }

        if (w.Count == 1 && w[0].Text is "he" or "He" or "she" or "She")
        {
            return new Speaker(null, null, null, SpeakerKind.Pronoun);
        }

        var last = w[^1];
        if (lexicon.NonSpeakers.Contains(last.Text) || (w.Count <= 2 && lexicon.NonSpeakers.Contains(w[0].Text)))
        {
            return null;
        }

        if (ReadOutlet(text, w, lexicon) is { } outlet)
        {
            return outlet;
        }

        // The trailing run of capitalised words (a name, an organisation, or a place after "of").
        var runStart = w.Count;
        while (runStart > 0 && runStart > w.Count - 7)
        {
            var x = w[runStart - 1];
            var inRun = (x.IsCapitalised && (!x.IsPossessive || runStart == w.Count)) || (Particles.Contains(x.Text) && runStart < w.Count);
            if (!inRun)
            {
                break;
            }

            runStart--;
        }

        if (runStart < w.Count)
        {
            // A person: from the first given name or title in the run, with nothing role-like after it.
            for (var p = runStart; p < w.Count; p++)
            {
                if (!lexicon.FirstNames.Contains(w[p].Text) && !lexicon.Titles.Contains(w[p].Text))
                {
                    continue;
                }

                var nameStart = p;
                while (nameStart < w.Count && lexicon.Titles.Contains(w[nameStart].Text) && !lexicon.FirstNames.Contains(w[nameStart].Text))
                {
                    nameStart++;
                }

                if (nameStart == w.Count || Enumerable.Range(nameStart, w.Count - nameStart).Any(k => lexicon.RoleWords.Contains(w[k].Bare)))
                {
                    continue;
                }

                var role = Role(text, w, 0, nameStart, lexicon);
                var titles = p < nameStart ? Join(text, w, p, nameStart) : null;
                return new Speaker(Join(text, w, nameStart, w.Count), role ?? titles, null, SpeakerKind.Person);
            }

            var runIsObject = runStart > 0 && (Prepositions.Contains(w[runStart - 1].Text)
                || (runStart > 1 && Determiners.Contains(w[runStart - 1].Text) && Prepositions.Contains(w[runStart - 2].Text)));
            var roleInRun = Enumerable.Range(runStart, w.Count - runStart).Any(k => lexicon.RoleWords.Contains(w[k].Bare));
            if (!runIsObject && !roleInRun && w.Count - runStart <= 3)
            {
                // A surname or an unlisted name ("Khamenei", "Raisi"); earlier words are its role.
                return new Speaker(Join(text, w, runStart, w.Count), Role(text, w, 0, runStart, lexicon), null, SpeakerKind.Person);
            }

            if (!runIsObject && roleInRun)
            {
                // An organisation ("Amnesty International", "the MEK’s Resistance Units").
                var start = 0;
                while (start < w.Count && Determiners.Contains(w[start].Text))
                {
                    start++;
                }

                return start < w.Count ? new Speaker(Join(text, w, start, w.Count), null, null, SpeakerKind.Organisation) : null;
            }
        }

        return ReadDescription(text, w);
    }

    /// <summary>A role phrase: the words from <paramref name="from"/> to <paramref name="to"/> without leading articles and possessives.</summary>
    public static string? Role(string text, List<Word> w, int from, int to, StatementLexicon lexicon)
    {
        while (from < to && (Determiners.Contains(w[from].Text) || w[from].IsPossessive))
        {
            from++;
        }

        while (to > from && lexicon.Titles.Contains(w[to - 1].Text) && !lexicon.RoleWords.Contains(w[to - 1].Text) && char.IsUpper(w[to - 1].Text[0]) && w[to - 1].Text.EndsWith('.'))
        {
            to--;
        }

        return from < to ? Join(text, w, from, to) : null;
    }

    private static Speaker? ReadOutlet(string text, List<Word> w, StatementLexicon lexicon)
    {
        for (var k = 0; k < w.Count; k++)
        {
            if (!lexicon.OutletNouns.Contains(w[k].Text) || (w[k].IsCapitalised && w[k].Text != "TV"))
            {
                continue;
            }

            // "Ebtekar daily" / "Entekhab website" / "daily Ebtekhab".
            var nameEnd = k;
            var nameStart = k;
            while (nameStart > 0 && w[nameStart - 1].IsCapitalised && !Determiners.Contains(w[nameStart - 1].Text) && !lexicon.OutletNouns.Contains(w[nameStart - 1].Text))
            {
                nameStart--;
            }

            int roleFrom, roleTo;
            if (nameStart == nameEnd && k + 1 < w.Count && w[k + 1].IsCapitalised)
            {
                nameStart = k + 1;
                nameEnd = k + 1;
                while (nameEnd < w.Count && w[nameEnd].IsCapitalised)
                {
                    nameEnd++;
                }

                roleFrom = 0;
                roleTo = k + 1;
            }
            else
            {
                roleFrom = 0;
                roleTo = nameStart;
            }

            if (nameStart == nameEnd)
            {
                if (k > 0 && w[k - 1].Text is "state" or "State")
                {
                    return new Speaker("state " + w[k].Text, null, "state " + w[k].Text, SpeakerKind.Outlet);
                }

                continue;
            }

            var name = Join(text, w, nameStart, nameEnd);
            var roleWords = new List<string>();
            for (var r = roleFrom; r < roleTo; r++)
            {
                if (!Determiners.Contains(w[r].Text))
                {
                    roleWords.Add(w[r].Text);
                }
            }

            if (roleTo <= k)
            {
                roleWords.Add(w[k].Text);
            }

            return new Speaker(name, roleWords.Count > 0 ? string.Join(' ', roleWords).ToLowerInvariant() : null, name, SpeakerKind.Outlet);
        }

        // A known outlet named alone ("IRNA reported").
        var start = 0;
        while (start < w.Count && Determiners.Contains(w[start].Text))
        {
            start++;
        }

        if (start < w.Count)
        {
            var whole = Join(text, w, start, w.Count);
            if (lexicon.OutletNames.Contains(whole))
            {
                return new Speaker(whole, null, whole, SpeakerKind.Outlet);
            }
        }

        return null;
    }

    private static Speaker? ReadDescription(string text, List<Word> w)
    {
        var roleAt = -1;
        for (var k = 0; k < w.Count; k++)
        {
            if (SingularRoles.Contains(w[k].Text))
            {
                roleAt = k;
            }
        }

        if (roleAt < 0)
        {
            return null;
        }

        var start = 0;
        while (start < w.Count && Determiners.Contains(w[start].Text))
        {
            start++;
        }

        // "Varamin’s Friday prayers imam" → "Friday prayers imam of Varamin".
        if (w[start].IsPossessive && w[start].IsCapitalised && roleAt == w.Count - 1 && start < roleAt)
        {
            var description = Join(text, w, start + 1, w.Count) + " of " + w[start].Bare;
            return new Speaker(description, description, null, SpeakerKind.Description);
        }

        // "the Friday prayers leader of Rasht (in Gilan province)".
        if (roleAt + 2 < w.Count + 1 && roleAt + 1 < w.Count && w[roleAt + 1].Text == "of")
        {
            var end = roleAt + 2;
            while (end < w.Count && Determiners.Contains(w[end].Text))
            {
                end++;
            }

            if (end < w.Count && w[end].IsCapitalised)
            {
                while (end < w.Count && (w[end].IsCapitalised || w[end].Text is "of" or "and"))
                {
                    end++;
                }

                var description = Join(text, w, start, end);
                var role = end < w.Count ? Join(text, w, start, w.Count) : description;
                return new Speaker(description, role, null, SpeakerKind.Description);
            }
        }

        // "the official", "the minister": someone named earlier.
        return w.Count - start <= 3 ? new Speaker(null, null, null, SpeakerKind.RoleReference) : null;
    }

    private static string Join(string text, List<Word> w, int from, int to) => text[w[from].Start..w[to - 1].End];
}
