namespace Vigil.Core.Extraction.Statements.Rules;

/// <summary>
/// A speaker first known only by an office held by one person, whose name the report gives later in a continuation
/// («سخنگوی وزارت خارجه … گفت: «…»» then «ناصر کنعانی افزود: «…»»): the office holder is that person, so every
/// statement of the office becomes theirs, with the office as role; so does a name given the office in an apposition
/// anywhere in the report («علی صالحی، دادستان تهران، گفت»). Then one occasion, one statement (the guideline):
/// a continuation («افزود») of the speaker who spoke last, however many paragraphs later, is the same statement.
/// Runs for verb-final packs (a non-empty <c>final-speech-verbs</c> class); reads the statement-words classes
/// <c>single-holder-offices</c> and <c>continuing-verbs</c>.
/// </summary>
internal static class OfficeHolderRule
{
    private const int MaxNameWords = 3;

    /// <summary>Renames office-only speakers to the person named in the continuation after them and folds continuations in.</summary>
    public static void Apply(ExtractionContext context, StatementLexicon lexicon, List<StatementDraft> drafts)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        if (lexicon.FinalSpeechVerbs.Count == 0)
        {
            NameOffices(context.Text, drafts);
            return;
        }

        AddNamedContinuations(context, lexicon, drafts);
        drafts.Sort((a, b) => a.Attribution.Start.CompareTo(b.Attribution.Start));
        var text = context.Text;
        var offices = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Office(string speaker)
        {
            if (!offices.TryGetValue(speaker, out var office))
            {
                offices[speaker] = office = IsOffice(lexicon, speaker);
            }

            return office;
        }

        // The drafts of each speaker, so renaming an office's drafts does not scan every draft (drafts x holders).
        var bySpeaker = new Dictionary<string, List<StatementDraft>>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            Of(bySpeaker, draft.Speaker).Add(draft);
        }

        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (!d.Continues || Previous(drafts, k) is not { } prev || !Office(prev.Speaker) || Office(d.Speaker)
                || string.Equals(prev.Speaker, d.Speaker, StringComparison.Ordinal) || (d.Role is not null && d.Role != prev.Speaker)
                || Paragraphs(text, Math.Max(prev.Attribution.End, prev.Quote.End), d.Attribution.Start) > 1)
            {
                continue;
            }

            var office = prev.Speaker;
            if (bySpeaker.Remove(office, out var same))
            {
                foreach (var draft in same)
                {
                    draft.Speaker = d.Speaker;
                    draft.Role ??= office;
                }

                Of(bySpeaker, d.Speaker).AddRange(same);
            }

            d.Role ??= office;
        }

        // «علی صالحی، دادستان تهران، …» anywhere in the report names the holder of the office quoted alone elsewhere,
        // unless two people are given the same office (which one spoke alone is not known). Renaming an office's drafts
        // never changes who is given an office (they had the office as speaker), so the holders are counted once.
        var holders = new Dictionary<string, (string Speaker, bool Several)>(StringComparer.Ordinal);
        foreach (var named in drafts)
        {
            if (named.Role is not null && Office(named.Role) && !Office(named.Speaker))
            {
                holders[named.Role] = holders.TryGetValue(named.Role, out var known)
                    ? (known.Speaker, known.Several || !string.Equals(known.Speaker, named.Speaker, StringComparison.Ordinal))
                    : (named.Speaker, false);
            }
        }

        foreach (var same in drafts)
        {
            if (holders.TryGetValue(same.Speaker, out var holder) && !holder.Several)
            {
                same.Role = same.Speaker;
                same.Speaker = holder.Speaker;
            }
        }

        // One occasion, one statement: «X افزود» after X's own statement, with nobody else quoted between, goes on with it.
        for (var k = drafts.Count - 1; k > 0; k--)
        {
            var d = drafts[k];
            if (d.Continues && Previous(drafts, k) is { } prev && string.Equals(prev.Speaker, d.Speaker, StringComparison.Ordinal))
            {
                prev.Date ??= d.Date;
                prev.Outlet ??= d.Outlet;
                prev.Role ??= d.Role;
                drafts.RemoveAt(k);
            }
        }
    }

    // "The Foreign Secretary has made the following statement" and, elsewhere in the report, "The Foreign Secretary Boris
    // Johnson said": an office speaking alone (a description) is the one person the report gives that office to, so its
    // statements are that person's, with the office as role. Two people given the same office leave it as it is.
    private static void NameOffices(string text, List<StatementDraft> drafts)
    {
        // "The spokesman of the judiciary says …. Ali Karimi made the remarks on Sunday": an office speaking and, next, a
        // person named without a role going on with what was said (a continuation), a paragraph away at most, is the office
        // holder: the office's statements are theirs, with the office as role.
        var ordered = drafts.OrderBy(d => d.Attribution.Start).ToList();
        Dictionary<string, List<StatementDraft>>? byOffice = null; // built on the first holder found
        Dictionary<string, int>? firstAt = null; // each capitalised word's first offset, built on the first need
        for (var k = 1; k < ordered.Count; k++)
        {
            var d = ordered[k];
            // (A surname alone, never given a full name in the report, goes on as a continuation does: "The spokesman of the
            // ministry added: …. “…,” Kanaani underscored." — the writer names the office's holder by the surname. So does a
            // person named for the first time, without a role, right after the office spoke: "Iran's foreign ministry
            // spokesman said …. Speaking at his weekly briefing, Ali Karimi said …" — the lede gave the office, the next
            // paragraph the name.)
            var surname = d.Speaker.AsSpan(d.Speaker.LastIndexOf(' ') + 1);
            if (d.Kind != SpeakerKind.Person || d.Role is not null
                || Previous(ordered, k) is not { Kind: SpeakerKind.Description } prev
                || Paragraphs(text, Math.Max(prev.Attribution.End, prev.Quote.End), d.Attribution.Start) > 1
                || !text.AsSpan(d.Attribution.Start, d.Attribution.Length).Contains(surname, StringComparison.Ordinal)
                || !(d.Continues || !d.Speaker.Contains(' ', StringComparison.Ordinal) || FirstNamedAt(text, ref firstAt, surname.ToString(), d.Attribution.Start)))
            {
                continue; // (a pronoun's continuation names nobody: "he added" stays with whoever spoke before)
            }

            var office = prev.Speaker;
            if (byOffice is null)
            {
                byOffice = new Dictionary<string, List<StatementDraft>>(StringComparer.Ordinal);
                foreach (var description in drafts)
                {
                    if (description.Kind == SpeakerKind.Description)
                    {
                        Of(byOffice, description.Speaker).Add(description);
                    }
                }
            }

            if (byOffice.Remove(office, out var same))
            {
                foreach (var draft in same)
                {
                    draft.Speaker = d.Speaker;
                    draft.Role = office;
                    draft.Kind = SpeakerKind.Person;
                }
            }

            d.Role = office;
        }

        var holders = new Dictionary<string, (string Speaker, bool Several)>(StringComparer.OrdinalIgnoreCase);
        foreach (var named in drafts)
        {
            if (named.Kind == SpeakerKind.Person && named.Role is { } role)
            {
                holders[role] = holders.TryGetValue(role, out var known)
                    ? (known.Speaker, known.Several || !string.Equals(known.Speaker, named.Speaker, StringComparison.Ordinal))
                    : (named.Speaker, false);
            }
        }

        if (holders.Count == 0)
        {
            return;
        }

        foreach (var office in drafts)
        {
            // (A capitalised office, "the Foreign Secretary", reads as an organisation's name until its holder is known.)
            if (office.Kind is SpeakerKind.Description or SpeakerKind.Organisation
                && (holders.TryGetValue(office.Speaker, out var holder) || holders.TryGetValue(OfficeOfPlace(office.Speaker), out holder)
                    || (office.Kind == SpeakerKind.Description && HeldAsPrefix(holders, office.Speaker, out holder)))
                && !holder.Several)
            {
                office.Role = office.Speaker;
                office.Speaker = holder.Speaker;
                office.Kind = SpeakerKind.Person;
            }
        }
    }

    // Whether the report names the surname first in the attribution starting at <paramref name="attribution"/>: the
    // surname's first occurrence as a word lies at or after the attribution's start. (The first offsets of all capitalised
    // words are found in one pass, so a long report of many such attributions stays linear.)
    private static bool FirstNamedAt(string text, ref Dictionary<string, int>? firstAt, string surname, int attribution)
    {
        if (firstAt is null)
        {
            firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
            var lookup = firstAt.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var k = 0; k < text.Length;)
            {
                if (!char.IsLetter(text[k]))
                {
                    k++;
                    continue;
                }

                var start = k;
                while (k < text.Length && (char.IsLetter(text[k]) || text[k] is '-' or '\''))
                {
                    k++;
                }

                if (char.IsUpper(text[start]))
                {
                    lookup.TryAdd(text.AsSpan(start, k - start), start);
                }
            }
        }

        return surname.Length > 0 && (!firstAt.TryGetValue(surname, out var first) || first >= attribution);
    }

    // "the chief of Tehran's Revolutionary Tribunal" is held by the one person given a role that begins with the office and
    // goes on ("chief of Tehran's Revolutionary Tribunal court"); an office of three words at least, and only the first
    // MaxPrefixHolders roles are asked (a report of many roles stays linear).
    private const int MaxPrefixHolders = 64;

    private static bool HeldAsPrefix(Dictionary<string, (string Speaker, bool Several)> holders, string office, out (string Speaker, bool Several) holder)
    {
        holder = (string.Empty, false);
        if (office.Count(c => c == ' ') < 2)
        {
            return false;
        }

        var found = false;
        var asked = 0;
        foreach (var (role, who) in holders)
        {
            if (asked++ >= MaxPrefixHolders)
            {
                break;
            }

            if (role.Length > office.Length + 1 && role[office.Length] == ' ' && role.StartsWith(office, StringComparison.OrdinalIgnoreCase)
                && !(found && string.Equals(holder.Speaker, who.Speaker, StringComparison.Ordinal)))
            {
                holder = found ? (holder.Speaker, true) : who;
                found = true;
            }
        }

        return found;
    }

    // "interior minister of Iran" (read from "Iran's interior minister") is the office "interior minister" of one place: a
    // person given the office without the place ("Interior Minister Ali Karimi") holds it.
    private static string OfficeOfPlace(string office)
    {
        var of = office.LastIndexOf(" of ", StringComparison.Ordinal);
        return of > 0 && office.IndexOf(' ', of + 4) < 0 && of + 4 < office.Length && char.IsUpper(office[of + 4]) ? office[..of] : office;
    }

    private static List<StatementDraft> Of(Dictionary<string, List<StatementDraft>> bySpeaker, string speaker)
    {
        if (!bySpeaker.TryGetValue(speaker, out var list))
        {
            bySpeaker[speaker] = list = [];
        }

        return list;
    }

    // The statement before drafts[k]: the last draft whose attribution ends before its own begins (drafts of the same
    // remark read by two rules overlap, and are one statement, not a previous one).
    private static StatementDraft? Previous(List<StatementDraft> drafts, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (drafts[j].Attribution.End <= drafts[k].Attribution.Start && !drafts[j].Attribution.Overlaps(drafts[k].Attribution))
            {
                return drafts[j];
            }
        }

        return null;
    }

    // «ند پرایس افزود: «…»»: a short subject no earlier stage knows as a name, a continuing verb, a colon and a quotation,
    // right after a statement of an office: the name of the office holder. Nowhere else is such a subject taken as a speaker.
    private static void AddNamedContinuations(ExtractionContext context, StatementLexicon lexicon, List<StatementDraft> drafts)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var continuing = lexicon.Classes["continuing-verbs"];
        var ends = lexicon.Classes["subject-ends"];
        foreach (var sentence in context.Sentences)
        {
            var first = WordTokenizer.FirstAtOrAfter(tokens, sentence.Span.Start);
            var end = WordTokenizer.FirstAtOrAfter(tokens, sentence.Span.End);
            for (var v = first + 2; v <= first + MaxNameWords && v < end; v++)
            {
                var len = lexicon.FinalSpeechVerbs.Match(tokens, v, end, out _);
                if (len == 0)
                {
                    continue;
                }

                var after = v + len;
                if (!continuing.Contains(string.Join('_', tokens[v..after].Select(t => t.Of(text).ToString())))
                    || after + 1 >= end || tokens[after].Kind != WordKind.Punct || text[tokens[after].Start] != ':'
                    || tokens[after + 1].Kind != WordKind.Punct || text[tokens[after + 1].Start] != '“')
                {
                    break;
                }

                var attribution = new TextSpan(tokens[first].Start, tokens[v + len - 1].End);
                if (drafts.Exists(d => d.Attribution.Overlaps(attribution)))
                {
                    break;
                }

                var name = tokens[first..v];
                if (name.Exists(t => t.Kind != WordKind.Word || ends.Contains(t.Of(text).ToString()) || lexicon.RoleWordLookup.Contains(t.Of(text))
                    || lexicon.TitleLookup.Contains(t.Of(text)) || lexicon.NonSpeakers.Contains(t.Of(text).ToString())))
                {
                    break;
                }

                var prev = drafts.Where(d => d.Attribution.End <= attribution.Start).MaxBy(d => d.Attribution.End);
                if (prev is null || !IsOffice(lexicon, prev.Speaker) || Paragraphs(text, Math.Max(prev.Attribution.End, prev.Quote.End), attribution.Start) > 1)
                {
                    break;
                }

                var open = tokens[after + 1].End;
                var close = text.IndexOf('”', open);
                drafts.Add(new StatementDraft
                {
                    Speaker = text[tokens[first].Start..tokens[v - 1].End],
                    Quote = close > open ? new TextSpan(open, close) : sentence.Span,
                    Evidence = sentence.Span,
                    Attribution = attribution,
                    Kind = SpeakerKind.Person,
                    Continues = true,
                });
                break;
            }
        }
    }

    // An office one person holds («سخنگوی وزارت خارجه», «وزیر کشور», «دادستان تهران»), with no name in it.
    private static bool IsOffice(StatementLexicon lexicon, string speaker)
    {
        var space = speaker.IndexOf(' ');
        var head = space < 0 ? speaker : speaker[..space];
        return lexicon.Classes["single-holder-offices"].Contains(head)
            && !speaker.Split(' ').Any(w => lexicon.FirstNames.Contains(w));
    }

    private static int Paragraphs(string text, int from, int to)
    {
        var breaks = 0;
        for (var k = from; k < to && k < text.Length; k++)
        {
            if (text[k] == '\n' && (k + 1 >= text.Length || text[k + 1] != '\n'))
            {
                breaks++;
            }
        }

        return breaks;
    }
}
