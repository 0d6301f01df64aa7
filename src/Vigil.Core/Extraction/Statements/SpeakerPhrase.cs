using System.Collections.Frozen;

namespace Vigil.Core.Extraction.Statements;

/// <summary>
/// Reads a subject phrase ("the secretary of the Supreme National Security Council Ali Shamkhani",
/// "The state-run Ebtekar daily", "he", "Varamin’s Friday prayers imam") into a <see cref="Speaker"/>.
/// </summary>
internal static class SpeakerPhrase
{
    /// <summary>Reads <paramref name="words"/> (words only, in order) as a speaker; null when it names none.</summary>
    public static Speaker? Read(string text, IReadOnlyList<Word> words, StatementLexicon lexicon)
    {
        var w = words.Where(x => x.IsWord).ToList();
        if (w.Count == 0 || w.Count > 16)
        {
            return null;
        }

        if (w.Count == 1 && lexicon.Classes["pronouns"].Contains(w[0].Text))
        {
            return new Speaker(null, null, null, SpeakerKind.Pronoun);
        }

        // "the Ministry added", "the office said": the organisation named earlier whose name holds that word (its name is
        // the word, for Resolve to find it by).
        if (w.Count == 2 && lexicon.Classes["definite-articles"].Contains(w[0].Text) && lexicon.Classes["referring-heads"].Contains(w[1].Text))
        {
            return new Speaker(w[1].Text.ToLowerInvariant(), null, null, SpeakerKind.OrganisationReference);
        }

        // "the Leader said", "the President added": an office written with a capital after the article is a role reference.
        if (w.Count == 2 && lexicon.Classes["definite-articles"].Contains(w[0].Text) && w[1].IsCapitalised && lexicon.SingularRoles.Contains(w[1].Text))
        {
            return new Speaker(w[1].Text, w[1].Text, null, SpeakerKind.RoleReference);
        }

        // "A group of independent UN experts said": the collective after "of" speaks.
        if (w.Count >= 4 && lexicon.Classes["indefinite-articles"].Contains(w[0].Text) && lexicon.Classes["collective-openers"].Contains(w[1].Text)
            && lexicon.NameJoiners.Contains(w[2].Text) && Collective(text, w.GetRange(3, w.Count - 3), lexicon) is { } group)
        {
            return group;
        }

        // "It noted that …", "The group said": the organisation named last.
        if ((w.Count == 1 && lexicon.Classes["organisation-pronouns"].Contains(w[0].Text))
            || (w.Count == 2 && lexicon.Classes["definite-articles"].Contains(w[0].Text) && lexicon.Classes["organisation-nouns"].Contains(w[1].Text)))
        {
            return new Speaker(null, null, null, SpeakerKind.OrganisationReference);
        }

        // "Amnesty International's latest report found …": the owner of the document speaks.
        if (w.Count >= 2 && lexicon.Classes["document-nouns"].Contains(w[^1].Text))
        {
            var owner = w.FindLastIndex(x => x.IsPossessive);
            if (owner >= 0 && owner < w.Count - 1 && w[owner].IsCapitalised
                && Read(text, [.. w.Take(owner), w[owner] with { End = w[owner].End - 2, Text = w[owner].Bare }], lexicon) is { Kind: SpeakerKind.Person or SpeakerKind.Organisation or SpeakerKind.Outlet } documentOwner)
            {
                return documentOwner;
            }
        }

        // "A statement from the Interior Ministry said", "The report by Amnesty International found": the document's author
        // speaks.
        var opening = 0;
        while (opening < w.Count - 2 && lexicon.Determiners.Contains(w[opening].Text))
        {
            opening++;
        }

        if (opening < w.Count - 2 && lexicon.Classes["document-nouns"].Contains(w[opening].Text) && lexicon.Classes["authorship"].Contains(w[opening + 1].Text)
            && Read(text, w.GetRange(opening + 2, w.Count - opening - 2), lexicon) is { Kind: SpeakerKind.Person or SpeakerKind.Organisation or SpeakerKind.Outlet } author)
        {
            return author;
        }

        // "the spokesman of Iran's foreign ministry", "the chief of Tehran's Revolutionary Tribunal": an office of an
        // institution a possessive place owns is one office, not the institution after the possessive.
        if (PossessedOffice(text, w, lexicon) is { } possessed)
        {
            return possessed;
        }

        var last = w[^1];
        if (Collective(text, w, lexicon) is { } collective)
        {
            return collective;
        }

        if (w.Count >= 2 && lexicon.Classes["media-mass-nouns"].Contains(last.Text))
        {
            return ReadOutlet(text, w, lexicon); // "state media" names a medium, "the media" nobody
        }

        if (lexicon.NonSpeakers.Contains(last.Text) || (w.Count <= 2 && lexicon.NonSpeakers.Contains(w[0].Text)))
        {
            return null;
        }

        // "Residents of Bukan", "the families of the detainees": a group described by where or whose it is names no speaker.
        var head = 0;
        while (head < w.Count - 1 && lexicon.Determiners.Contains(w[head].Text))
        {
            head++;
        }

        if (head + 1 < w.Count && lexicon.NonSpeakers.Contains(w[head].Text) && lexicon.NameJoiners.Contains(w[head + 1].Text))
        {
            return null;
        }

        if (ReadOutlet(text, w, lexicon) is { } outlet)
        {
            return outlet;
        }

        // "the government announced", "the judiciary said": an institution named by its common noun.
        if (w.Count == 2 && lexicon.Determiners.Contains(w[0].Text) && lexicon.Institutions.Contains(w[1].Text))
        {
            return new Speaker(w[1].Text.ToLowerInvariant(), null, null, SpeakerKind.Organisation);
        }

        // "Ali Karimi's office said", "Iran's mission to the United Nations said": the office or mission of a person or
        // country named before the possessive speaks as that body; its posting ("to the United Nations") is left out, as
        // it is for an office.
        if (OwnedBody(text, w, lexicon) is { } body)
        {
            return body;
        }

        // "…, police said", "a teacher who police confirmed had died": a force that news name by its bare noun, without an
        // article, speaks as the institution ("police"), as "the police" does.
        if (w.Count == 1 && lexicon.Classes["bare-institutions"].Contains(w[0].Text))
        {
            return new Speaker(w[0].Text.ToLowerInvariant(), null, null, SpeakerKind.Organisation);
        }

        // "Iran's judiciary says": an institution named by its common noun after the country that owns it.
        if (w.Count == 2 && w[0].IsPossessive && w[0].IsCapitalised && lexicon.Institutions.Contains(w[1].Text))
        {
            return new Speaker(Join(text, w, 0, 2), null, null, SpeakerKind.Organisation);
        }

        // "The German government said", "Iran's foreign ministry said", "the UN human rights office said": an institution
        // named by its common noun after words that say whose or of what it is.
        if (Institution(text, w, head, lexicon) is { } institution)
        {
            return institution;
        }

        // "Human rights groups warned", "Kurdish rights organisations said": groups named by the cause they defend speak
        // together, as one organisation would ("media and rights groups" joins a kind that names nobody: no speaker).
        if (w.Count - head >= 2 && lexicon.Classes["group-nouns"].Contains(last.Text)
            && Enumerable.Range(head, w.Count - head - 1).Any(k => lexicon.Classes["group-causes"].Contains(w[k].Text))
            && Enumerable.Range(head + 1, w.Count - head - 1).All(k => !w[k].IsCapitalised && !lexicon.Classes["name-stops"].Contains(w[k].Text)))
        {
            return new Speaker(Join(text, w, head, w.Count), null, null, SpeakerKind.Organisation);
        }

        // The trailing run of capitalised words (a name, an organisation, or a place after "of").
        var runStart = w.Count;
        while (runStart > 0 && runStart > w.Count - 10)
        {
            var x = w[runStart - 1];
            var inRun = (x.IsCapitalised && (!x.IsPossessive || runStart == w.Count)) || (lexicon.Particles.Contains(x.Text) && runStart < w.Count)
                || (lexicon.NameJoiners.Contains(x.Text) && runStart < w.Count && runStart >= 2 && w[runStart - 2].IsCapitalised && !lexicon.Determiners.Contains(w[runStart - 2].Text))
                // "Office of the High Commissioner": an article after a joiner inside an institution's name.
                || (lexicon.Classes["definite-articles"].Contains(x.Text) && !x.IsCapitalised && runStart < w.Count && runStart >= 3
                    && lexicon.NameJoiners.Contains(w[runStart - 2].Text) && w[runStart - 3].IsCapitalised && !lexicon.Determiners.Contains(w[runStart - 3].Text));
            if (!inRun)
            {
                break;
            }

            runStart--;
        }

        if (runStart < w.Count)
        {
            // A person: from the first given name or title in the run, with nothing role-like after it. A run joined by
            // "of" names an institution, never a person ("Ministry of Justice of Iran").
            // An office so joined may still end in its holder's name ("UN High Commissioner for Human Rights Volker Turk",
            // "Leader of the Islamic Revolution Ayatollah Ali Khamenei"): a person is looked for after the last joiner,
            // once a capitalised word that is no name nor title has closed the institution ("Office of Ali Karimi" stays one).
            var lastJoiner = Enumerable.Range(runStart, w.Count - runStart).LastOrDefault(k => lexicon.NameJoiners.Contains(w[k].Text), -1);
            var joined = lastJoiner >= 0;
            var closed = false;
            for (var p = joined ? lastJoiner + 1 : runStart; p < w.Count; p++)
            {
                var nameLike = lexicon.FirstNames.Contains(w[p].Text) || lexicon.Titles.Contains(w[p].Text);
                if (joined && !closed)
                {
                    closed = !nameLike && w[p].IsCapitalised;
                    continue;
                }

                if (!nameLike)
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
                // ("said Mr. Karimi": a title of courtesy alone is no role.)
                var titles = p < nameStart && !Enumerable.Range(p, nameStart - p).All(k => lexicon.Classes["courtesy-titles"].Contains(w[k].Text))
                    ? Join(text, w, p, nameStart)
                    : null;
                return new Speaker(Join(text, w, nameStart, w.Count), role ?? titles, null, SpeakerKind.Person);
            }

            var runIsObject = runStart > 0 && (lexicon.Prepositions.Contains(w[runStart - 1].Text)
                || (runStart > 1 && lexicon.Determiners.Contains(w[runStart - 1].Text) && lexicon.Prepositions.Contains(w[runStart - 2].Text))
                || ObjectPair(w, runStart, lexicon));
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
                while (start < w.Count && lexicon.Determiners.Contains(w[start].Text))
                {
                    start++;
                }

                // "the nongovernmental organization (NGO) Human Rights Activists": lower-case words before the name
                // describe it; they are its role, not part of its name.
                string? kind = null;
                if (runStart > start && Enumerable.Range(start, runStart - start).Any(k => !w[k].IsCapitalised && !lexicon.Particles.Contains(w[k].Text) && !lexicon.NameJoiners.Contains(w[k].Text)))
                {
                    // Only the words after the last preposition describe it ("… shifted from the police to Iran’s
                    // Revolutionary Guards": nothing).
                    var describing = start;
                    for (var k = start; k < runStart; k++)
                    {
                        if (lexicon.Prepositions.Contains(w[k].Text))
                        {
                            describing = k + 1;
                        }
                    }

                    kind = Role(text, w, describing, runStart, lexicon);
                    start = runStart;
                }

                // "the NGO Iran Human Rights", "the watchdog NetBlocks": a kind of organisation before its name is its role.
                if (start + 1 < w.Count && lexicon.Classes["organisation-kinds"].Contains(w[start].Text))
                {
                    kind ??= w[start].Text;
                    start++;
                }

                return start < w.Count ? new Speaker(Join(text, w, start, w.Count), kind, null, SpeakerKind.Organisation) : null;
            }
        }

        return ReadDescription(text, w, lexicon);
    }

    // An office ("spokesman", "chief": singular-roles) "of" a capitalised possessive and the institution it owns: up to
    // four capitalised words that are no given name or title, or lower-case words of institution-qualifiers ending in one
    // of institution-heads. A name after the institution ("… Revolutionary Tribunal Ali Karimi") is read as a person
    // elsewhere.
    private static Speaker? PossessedOffice(string text, List<Word> w, StatementLexicon lexicon)
    {
        var h = 0;
        while (h < w.Count - 1 && lexicon.Determiners.Contains(w[h].Text))
        {
            h++;
        }

        if (w.Count - h < 4 || w.Count - h > 7 || !lexicon.SingularRoles.Contains(w[h].Text) || w[h + 1].Text != "of"
            || !w[h + 2].IsCapitalised || !w[h + 2].IsPossessive)
        {
            return null;
        }

        var qualifiers = lexicon.Classes["institution-qualifiers"];
        var heads = lexicon.Classes["institution-heads"];
        var capitalised = true;
        var lower = true;
        for (var k = h + 3; k < w.Count; k++)
        {
            var x = w[k];
            capitalised &= x.IsCapitalised && !x.IsPossessive && !lexicon.FirstNames.Contains(x.Text) && !lexicon.Titles.Contains(x.Text);
            lower &= !x.IsCapitalised && (k == w.Count - 1 ? heads.Contains(x.Text) : qualifiers.Contains(x.Text));
        }

        if (!capitalised && !lower)
        {
            return null;
        }

        var office = Join(text, w, h, w.Count);
        return new Speaker(office, office, null, SpeakerKind.Description);
    }

    // "Iranian officials said", "UN experts said", "the Iranian authorities announced": officials of a country or body
    // named by an acronym or a demonym (a capitalised word ending in one of demonym-endings) speak together. Officials
    // of nobody named ("officials said", "Senior officials said") stay no speaker.
    private static Speaker? Collective(string text, List<Word> w, StatementLexicon lexicon)
    {
        var head = 0;
        while (head < w.Count - 1 && lexicon.Determiners.Contains(w[head].Text))
        {
            head++;
        }

        if (w.Count - head is < 2 or > 4 || !lexicon.Classes["collective-heads"].Contains(w[^1].Text))
        {
            return null;
        }

        // "UN experts", "U.N. rights experts", "independent UN human rights experts": qualifiers may stand among the words,
        // but a body must be named.
        var endings = lexicon.Classes["demonym-endings"];
        var qualifiers = lexicon.Classes["collective-qualifiers"];
        var named = false;
        for (var k = head; k < w.Count - 1; k++)
        {
            var x = w[k].Text;
            var letters = x.Replace(".", string.Empty, StringComparison.Ordinal);
            var acronym = letters.Length is >= 2 and <= 5 && letters.All(UnicodeClasses.IsUpper);
            var demonym = x.Length > 3 && UnicodeClasses.IsUpper(x[0]) && !lexicon.SentenceAdverbs.Contains(x)
                && endings.Any(e => x.EndsWith(e, StringComparison.Ordinal));
            if (!acronym && !demonym && ((w[k].IsCapitalised && k != head) || !qualifiers.Contains(x)))
            {
                return null;
            }

            named |= acronym || demonym;
        }

        if (!named)
        {
            return null;
        }

        return new Speaker(Join(text, w, head, w.Count), null, null, SpeakerKind.Organisation);
    }

    // An institution's head noun in lower case (institution-heads) after one to four words that qualify it: capitalised
    // words (a country, a body: "German", "UN"; a possessive only first: "Iran's") or words of institution-qualifiers
    // ("foreign", "human rights"). A bare head ("the office") names nothing; "the government" is read before this.
    private static Speaker? Institution(string text, List<Word> w, int head, StatementLexicon lexicon)
    {
        var last = w[^1];
        if (w.Count - head < 2 || w.Count - head > 5 || last.IsCapitalised || !lexicon.Classes["institution-heads"].Contains(last.Text))
        {
            return null;
        }

        var qualifiers = lexicon.Classes["institution-qualifiers"];
        for (var k = head; k < w.Count - 1; k++)
        {
            var x = w[k];
            if (!((x.IsCapitalised && (!x.IsPossessive || k == head) && !lexicon.NonSpeakers.Contains(x.Text)) || qualifiers.Contains(x.Text)))
            {
                return null;
            }
        }

        return new Speaker(Join(text, w, head, w.Count), null, null, SpeakerKind.Organisation);
    }

    // "the governor of Sistan and Baluchestan": a run after "and" whose partner before it is the object of a preposition is
    // the second half of that object, not a name.
    private static bool ObjectPair(List<Word> w, int runStart, StatementLexicon lexicon)
    {
        if (runStart < 3 || w[runStart - 1].Text != "and")
        {
            return false;
        }

        var k = runStart - 2;
        while (k > 0 && w[k].IsCapitalised)
        {
            k--;
        }

        return k < runStart - 2 && lexicon.Prepositions.Contains(w[k].Text);
    }

    /// <summary>A role phrase: the words from <paramref name="from"/> to <paramref name="to"/> without leading articles and possessives.</summary>
    public static string? Role(string text, List<Word> w, int from, int to, StatementLexicon lexicon)
    {
        // (An inverted attribution's verb is no role either: "…, said Mr. Karimi, who added …".)
        while (from < to && (lexicon.Determiners.Contains(w[from].Text) || w[from].IsPossessive || lexicon.Prepositions.Contains(w[from].Text)
            || (!w[from].IsCapitalised && lexicon.MayBeVerb(w[from].Text.AsSpan()) && lexicon.VerbLookup.ContainsKey(w[from].Text.AsSpan()))))
        {
            from++;
        }

        while (to > from && lexicon.Titles.Contains(w[to - 1].Text) && !lexicon.RoleWords.Contains(w[to - 1].Text) && UnicodeClasses.IsUpper(w[to - 1].Text[0]) && w[to - 1].Text.EndsWith('.'))
        {
            to--;
        }

        // "the families and Hengaw", "The U.S. has supported the strikes and Iran": words before a name that end in a
        // conjunction or a preposition are another part of the sentence, not the name's role.
        return from < to && !lexicon.Classes["modifiers"].Contains(w[to - 1].Text) ? Join(text, w, from, to) : null;
    }

    private static Speaker? ReadOutlet(string text, List<Word> w, StatementLexicon lexicon)
    {
        for (var k = 0; k < w.Count; k++)
        {
            if (!lexicon.OutletNouns.Contains(w[k].Text) || (w[k].IsCapitalised && w[k].Text != "TV"))
            {
                continue;
            }

            // "Ebtekar daily" / "Entekhab website" / "daily Ebtekhab"; "the ISNA news agency" (a lower-case word of
            // outlet-modifiers between the name and the noun).
            var nameEnd = k;
            while (nameEnd > 0 && !w[nameEnd - 1].IsCapitalised && lexicon.Classes["outlet-modifiers"].Contains(w[nameEnd - 1].Text))
            {
                nameEnd--;
            }

            var nameStart = nameEnd;
            while (nameStart > 0 && w[nameStart - 1].IsCapitalised && !lexicon.Determiners.Contains(w[nameStart - 1].Text) && !lexicon.OutletNouns.Contains(w[nameStart - 1].Text))
            {
                nameStart--;
            }

            if (nameStart == nameEnd)
            {
                nameStart = nameEnd = k;
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

            // "state media", "Iranian media", "the official press": a mass noun names a medium with the words before it.
            if (lexicon.Classes["media-mass-nouns"].Contains(w[k].Text))
            {
                var from = k;
                while (from > 0 && k - from < 3 && !lexicon.Determiners.Contains(w[from - 1].Text) && !lexicon.Prepositions.Contains(w[from - 1].Text)
                    && (w[from - 1].IsCapitalised || lexicon.Classes["media-kinds"].Contains(w[from - 1].Text)))
                {
                    from--;
                }

                if (from == k)
                {
                    continue;
                }

                var medium = Join(text, w, from, k + 1);
                medium = Enumerable.Range(from, k - from).All(x => lexicon.Classes["media-kinds"].Contains(w[x].Text)) ? medium.ToLowerInvariant() : medium;
                return new Speaker(medium, null, medium, SpeakerKind.Outlet);
            }

            if (nameStart == nameEnd)
            {
                if (k > 0 && lexicon.Classes["media-kinds"].Contains(w[k - 1].Text))
                {
                    var medium = Join(text, w, k - 1, k + 1).ToLowerInvariant();
                    return new Speaker(medium, null, medium, SpeakerKind.Outlet);
                }

                continue;
            }

            // "State television reported": a sentence-initial capital on a kind of medium, not an outlet's name.
            if (Enumerable.Range(nameStart, nameEnd - nameStart).All(x => lexicon.Classes["media-kinds"].Contains(w[x].Text)))
            {
                var medium = Join(text, w, nameStart, k + 1).ToLowerInvariant();
                return new Speaker(medium, null, medium, SpeakerKind.Outlet);
            }

            var name = Join(text, w, nameStart, nameEnd);
            var roleWords = new List<string>();
            for (var r = roleFrom; r < roleTo; r++)
            {
                if (!lexicon.Determiners.Contains(w[r].Text))
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
        while (start < w.Count && lexicon.Determiners.Contains(w[start].Text))
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

    private static Speaker? ReadDescription(string text, List<Word> w, StatementLexicon lexicon)
    {
        var roleAt = -1;
        for (var k = 0; k < w.Count; k++)
        {
            if (lexicon.SingularRoles.Contains(w[k].Text))
            {
                roleAt = k;
            }
        }

        if (roleAt < 0)
        {
            return null;
        }

        // An office's posting after it ("Chile's ambassador to the United Nations", "the Chilean envoy to the UN") is left
        // out, as the of-form leaves it out ("the ambassador of Chile to the UN" → "ambassador of Chile"): one office, one speaker.
        if (roleAt < w.Count - 1 && IsPosting(w, roleAt + 1))
        {
            w = w.GetRange(0, roleAt + 1);
        }

        var start = 0;
        while (start < w.Count && lexicon.Determiners.Contains(w[start].Text))
        {
            start++;
        }

        // "Varamin’s Friday prayers imam" → "Friday prayers imam of Varamin"; "the judiciary's spokesman" → "spokesman of the judiciary".
        if (w[start].IsPossessive && roleAt == w.Count - 1 && start < roleAt)
        {
            if (w[start].IsCapitalised)
            {
                var description = Join(text, w, start + 1, w.Count) + " of " + w[start].Bare;
                return new Speaker(description, description, null, SpeakerKind.Description);
            }

            if (lexicon.Institutions.Contains(w[start].Bare))
            {
                var description = Join(text, w, start + 1, w.Count) + " of the " + w[start].Bare;
                return new Speaker(description, description, null, SpeakerKind.Description);
            }
        }

        // "the Friday prayers leader of Rasht (in Gilan province)".
        if (roleAt + 2 < w.Count + 1 && roleAt + 1 < w.Count && w[roleAt + 1].Text == "of")
        {
            var end = roleAt + 2;
            while (end < w.Count && lexicon.Determiners.Contains(w[end].Text))
            {
                end++;
            }

            if (end < w.Count && w[end].IsCapitalised)
            {
                while (end < w.Count && (w[end].IsCapitalised || w[end].Text is "of" or "and"))
                {
                    end++;
                }

                // "the spokesman of Iran's judiciary": a possessive owns the institution after it, which ends the office.
                if (end < w.Count && w[end - 1].IsPossessive && w.Count - end <= 2 && lexicon.Institutions.Contains(w[^1].Text))
                {
                    end = w.Count;
                }

                var description = Join(text, w, start, end);
                var role = end < w.Count ? Join(text, w, start, w.Count) : description;
                return new Speaker(description, role, null, SpeakerKind.Description);
            }

            // "the spokesman of the judiciary", "the head of the police": an office of an institution named by its
            // common noun is a speaker known by that office.
            if (end == w.Count - 1 && end > roleAt + 2 && lexicon.Institutions.Contains(w[end].Text))
            {
                var description = Join(text, w, start, w.Count);
                return new Speaker(description, description, null, SpeakerKind.Description);
            }
        }

        // "the official", "the minister": someone named earlier; "a lawmaker", "a government spokesman" is someone
        // the text does not name, and an unnamed speaker makes no statement. An unnamed spokesperson of a named
        // institution speaks for it: "A German government spokesperson", "a spokesman for the Foreign Ministry".
        if (lexicon.Classes["indefinite-articles"].Contains(w[0].Text))
        {
            var spokes = lexicon.Classes["spokes-nouns"];
            if (w.Count >= 3 && spokes.Contains(w[^1].Text) && Read(text, w.GetRange(1, w.Count - 2), lexicon) is { Kind: SpeakerKind.Organisation } owner)
            {
                return owner;
            }

            if (w.Count >= 4 && spokes.Contains(w[1].Text) && w[2].Text is "for" or "of" && Read(text, w.GetRange(3, w.Count - 3), lexicon) is { Kind: SpeakerKind.Organisation } body)
            {
                return body;
            }

            return null;
        }

        // "Iranian spokesman says" (a headline): a spokesperson of no institution, only of a country named by its demonym,
        // names nobody. "The Iranian Foreign Ministry spokesperson said": the office of the institution named before the
        // noun speaks (its holder, when the report names one, is found later: OfficeHolderRule).
        if (roleAt == w.Count - 1 && lexicon.Classes["spokes-nouns"].Contains(w[roleAt].Text) && roleAt > start)
        {
            if (roleAt - start == 1 && IsDemonym(w[start].Text, lexicon))
            {
                return null;
            }

            if (roleAt - start >= 3 && Read(text, w.GetRange(start, roleAt - start), lexicon) is { Kind: SpeakerKind.Organisation })
            {
                var spokes = Join(text, w, start, w.Count);
                return new Speaker(spokes, spokes, null, SpeakerKind.Description);
            }
        }

        // "the interior minister", "the judiciary spokesman": an office with its qualifier names one person. It refers
        // to the person named with that role before; when nobody was, the office itself is the speaker.
        var office = w.Count - start >= 2 && roleAt == w.Count - 1 && Enumerable.Range(start, w.Count - start).All(k => !w[k].IsPossessive)
            ? Join(text, w, start, w.Count) : null;
        return w.Count - start <= 3 ? new Speaker(office, office, null, SpeakerKind.RoleReference) : null;
    }

    // One to four capitalised words, the last a possessive, then a head of owned-bodies and nothing after it but a posting
    // ("to the United Nations", "in Geneva"); null otherwise.
    private static Speaker? OwnedBody(string text, List<Word> w, StatementLexicon lexicon)
    {
        var owner = w.Count >= 2 && w.Count <= 9 ? w.FindIndex(x => x.IsPossessive) : -1;
        if (owner is < 0 or > 3 || owner + 1 >= w.Count || !lexicon.Classes["owned-bodies"].Contains(w[owner + 1].Text) || w[owner + 1].IsCapitalised)
        {
            return null;
        }

        for (var k = 0; k <= owner; k++)
        {
            if (!w[k].IsCapitalised || !w[k].IsWord)
            {
                return null;
            }
        }

        var rest = owner + 2;
        if (rest < w.Count && !(w[rest].Text is "to" or "in" && w.Skip(rest + 1).All(x => x.IsCapitalised || lexicon.Determiners.Contains(x.Text))))
        {
            return null;
        }

        var name = Join(text, w, 0, owner + 2);
        return new Speaker(name, null, null, SpeakerKind.Organisation);
    }

    private static bool IsDemonym(string x, StatementLexicon lexicon) =>
        x.Length > 3 && UnicodeClasses.IsUpper(x[0]) && !lexicon.SentenceAdverbs.Contains(x)
        && lexicon.Classes["demonym-endings"].Any(e => x.EndsWith(e, StringComparison.Ordinal));

    private static string Join(string text, List<Word> w, int from, int to) => text[w[from].Start..w[to - 1].End];

    // "to the United Nations", "to Iran", "to the EU" from word `at` to the phrase's end: "to", then only a determiner and
    // capitalised words (with "of" or "and" between them).
    private static bool IsPosting(List<Word> w, int at)
    {
        if (w[at].Text != "to" || at + 1 >= w.Count)
        {
            return false;
        }

        var k = at + 1;
        if (w[k].Text == "the")
        {
            k++;
        }

        if (k >= w.Count || !w[k].IsCapitalised)
        {
            return false;
        }

        for (; k < w.Count; k++)
        {
            if (!w[k].IsCapitalised && w[k].Text is not ("of" or "and"))
            {
                return false;
            }
        }

        return true;
    }
}
