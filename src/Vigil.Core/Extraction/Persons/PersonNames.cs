using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Extraction.Persons;

/// <summary>
/// The name rule of the persons stage. Finds named people: a capitalised run that starts with a given name or a title from the lexicon
/// ("Ali Shamkhani", "Ayatollah Ahmad Khatami", "Brig. Gen. Hossein Salami", "Mojtaba Zolnour"), with the
/// role words before it ("the commander of state security forces Hossein Ashtari"). Text inside quotations is skipped.
/// </summary>
internal static class PersonNames
{
    /// <summary>
    /// The named people of <paramref name="text"/>. A capitalised word that is exactly one of <paramref name="tokens"/> (the
    /// body's shared tokens, numbered after <paramref name="lexicon"/> was made) is tried against the name words by the
    /// token's number; any other, or every word when <paramref name="tokens"/> is null, by its characters. Both give the
    /// same answer.
    /// </summary>
    public static List<PersonMention> Scan(string text, List<WordToken>? tokens, List<Quotation> quotes, StatementLexicon lexicon)
    {
        var found = new List<PersonMention>();
        var q = 0;
        var i = 0;
        var cursor = new TokenCursor(tokens);
        while (i < text.Length)
        {
            if (!UnicodeClasses.IsUpper(text[i]) || (i > 0 && UnicodeClasses.IsLetterOrDigit(text[i - 1])))
            {
                // Nothing opens at i: on to the next character that may be a capital (every character of the body is asked).
                i = CapitalSearch.Next(text, i + 1, text.Length);
                continue;
            }

            while (q < quotes.Count && quotes[q].Span.End <= i)
            {
                q++;
            }

            if (q < quotes.Count && quotes[q].Span.Contains(i))
            {
                i = quotes[q].Span.End;
                continue;
            }

            // Most capitalised words start no name: a name opens with a title or a first name. Checked on the
            // span first, so the words are split (and copied) only for the few that can.
            // One look-up says whether the word is any of the first names, titles, role words or sentence adverbs the
            // two below try it against: most capitalised words are none.
            var wordEnd = WordEnd(text, i, text.Length);
            var known = cursor.NumberOf(i, wordEnd) is var number and >= 0
                ? lexicon.IsNameWord(number)
                : lexicon.NameWordLookup.Contains(text.AsSpan(i, wordEnd - i));
            if (!CanOpenName(text, i, wordEnd, known, lexicon))
            {
                i = SkipCapitalisedRun(text, i, wordEnd, known, lexicon);
                continue;
            }

            // The loop below reads at most seven words and the one after them.
            var to = LineEndWithin(text, i, 120);
            var words = Word.Split(text, i, to, max: 8);
            var n = 0;
            while (n < words.Count && n < 7 && words[n].IsWord && (words[n].IsCapitalised || lexicon.NameParticles.Contains(words[n].Text)) && !lexicon.RoleWords.Contains(words[n].Bare))
            {
                n++;
                if (words[n - 1].IsPossessive)
                {
                    break;
                }
            }

            var first = 0;
            while (first < n && lexicon.Titles.Contains(words[first].Text) && !lexicon.FirstNames.Contains(words[first].Text))
            {
                first++;
            }

            if (n >= 2 && first < n - 1 && lexicon.FirstNames.Contains(words[first].Text))
            {
                var span = new TextSpan(words[first].Start, words[n - 1].End);
                var name = text[span.Start..span.End];
                if (words[n - 1].IsPossessive)
                {
                    name = name[..^2];
                }

                found.Add(new PersonMention(span, name, RoleBefore(text, words[0].Start, name, lexicon), PersonCue.Name));
                i = words[n - 1].End;
                continue;
            }

            i = n > 0 ? words[n - 1].End : i + 1;
        }

        return found;
    }

    // known: the word is in StatementLexicon.NameWordLookup; false says it is no first name or title.
    private static bool CanOpenName(string text, int start, int end, bool known, StatementLexicon lexicon)
    {
        var word = text.AsSpan(start, end - start);
        if (known && (lexicon.FirstNameLookup.Contains(word) || lexicon.TitleLookup.Contains(word)))
        {
            return true;
        }

        // "Gen." and other titles kept with their dot.
        return end < text.Length && text[end] == '.' && end - start <= 4 && lexicon.TitleLookup.Contains(text.AsSpan(start, end - start + 1));
    }

    // The words Scan would have read as one capitalised run after a first word that opens no name: it skips them
    // all, as it always has ("Supreme Leader Ali Khamenei" is found by the actors stage, not here).
    // known: the first word is in StatementLexicon.NameWordLookup; false says it is no role word or sentence adverb.
    private static int SkipCapitalisedRun(string text, int start, int firstEnd, bool known, StatementLexicon lexicon)
    {
        var first = text.AsSpan(start, firstEnd - start);
        var firstPossessive = IsPossessive(text, firstEnd);
        if ((known || firstPossessive) && lexicon.RoleWordLookup.Contains(firstPossessive ? first[..^2] : first))
        {
            return firstEnd; // a role word opens no run ("Supreme Leader Ali Khamenei": the name after it is still read)
        }

        if (known && lexicon.SentenceAdverbLookup.Contains(first))
        {
            return firstEnd; // "Later Maryam Sadeghi told …": a sentence adverb is no part of the name after it
        }

        var to = LineEndWithin(text, firstEnd, 120);
        var end = firstEnd;
        var count = 1;
        if (IsPossessive(text, end))
        {
            return end;
        }

        var i = end;
        while (count < 7)
        {
            while (i < to && text[i] == ' ')
            {
                i++;
            }

            if (i >= to || !UnicodeClasses.IsLetterOrDigit(text[i]))
            {
                break;
            }

            var e = WordEnd(text, i, to);
            var word = text.AsSpan(i, e - i);
            var possessive = IsPossessive(text, e);
            var bare = possessive ? word[..^2] : word;
            if (!(UnicodeClasses.IsUpper(word[0]) || lexicon.NameParticleLookup.Contains(word)) || lexicon.RoleWordLookup.Contains(bare))
            {
                break;
            }

            count++;
            end = e;
            i = e;
            if (possessive)
            {
                break;
            }
        }

        return end;
    }

    // The end of the line, looked for only within the next max characters (a bounded search keeps long
    // paragraphs, or a 10 MB line, linear).
    private static int LineEndWithin(string text, int from, int max)
    {
        var window = text.AsSpan(from, Math.Min(max, text.Length - from));
        var nl = window.IndexOf('\n');
        return from + (nl < 0 ? window.Length : nl);
    }

    private static bool IsPossessive(string text, int end) =>
        end >= 2 && ((text[end - 1] == 's' && text[end - 2] is '’' or '\'') || (text[end - 1] == '’' && text[end - 2] == 's'));

    private static int WordEnd(string text, int start, int to)
    {
        var i = CapitalSearch.AsciiLettersAndDigitsEnd(text, start, to);
        while (i < to && (UnicodeClasses.IsLetterOrDigit(text[i]) || (text[i] is '’' or '\'' or '-' && i + 1 < to && UnicodeClasses.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    // Whether a word of [from, to), as Word.Split cuts it and without a possessive ending (Word.Bare), is a role word.
    private static bool HasRoleWord(string text, int from, int to, StatementLexicon lexicon)
    {
        foreach (var (start, end) in Word.Spans(text, from, to))
        {
            var word = UnicodeClasses.IsLetterOrDigit(text[start]) ? text.AsSpan(start, end - start) : text.AsSpan(start, 1);
            var bare = word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("s’", StringComparison.Ordinal) ? word[..^2] : word;
            if (lexicon.RoleWordLookup.Contains(bare))
            {
                return true;
            }
        }

        return false;
    }

    private static string? RoleBefore(string text, int nameStart, string name, StatementLexicon lexicon)
    {
        var from = nameStart;
        var seen = 0;
        while (from > 0 && seen < 80)
        {
            var c = text[from - 1];
            if (c is '.' or ',' or ';' or ':' or '\n' or '(' or '"' or '“' or '”')
            {
                break;
            }

            from--;
            seen++;
        }

        // A role needs a role word among the words before the name (the last test below): most names have none, and are
        // answered from the words' offsets, without copying them.
        if (!HasRoleWord(text, from, nameStart, lexicon))
        {
            return null;
        }

        var words = Word.Split(text, from, nameStart);
        var cut = words.FindLastIndex(x => lexicon.Classes["name-stops"].Contains(x.Text) || (x.Text.EndsWith("ing", StringComparison.Ordinal) && !lexicon.RoleWords.Contains(x.Text)));
        if (cut >= 0)
        {
            words = words.GetRange(cut + 1, words.Count - cut - 1);
        }

        while (words.Count > 0 && (lexicon.Classes["name-leaders"].Contains(words[0].Text) || !words[0].IsWord))
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0)
        {
            return null;
        }

        var role = SpeakerPhrase.Role(text, words, 0, words.Count, lexicon);
        return role is { Length: > 0 } && words.Any(x => lexicon.RoleWords.Contains(x.Bare)) && role != name ? role : null;
    }
}
