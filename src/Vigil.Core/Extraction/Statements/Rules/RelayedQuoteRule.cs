namespace Vigil.Core.Extraction.Statements.Rules;

/// <summary>
/// A quotation attributed twice in one attribution, first to a speaker and then to an outlet after it: "“…,” spokesman
/// Ali Karimi said on Friday, adding that …, the ISNA news agency reported." The outlet relays the speaker's remark (the
/// guideline's relayed quote): it is the statement's outlet, not a speaker of its own. Reported speech already reads so
/// (<see cref="TrailingAttributionRule.HasSpeechVerb"/>); this is the same shape when the words said are a quotation.
/// One pass over the drafts, each compared with the one before it.
/// </summary>
internal static class RelayedQuoteRule
{
    /// <summary>Removes each outlet's draft that relays the quotation of the draft just before it, naming it that draft's outlet.</summary>
    public static void Apply(string text, StatementLexicon lexicon, List<StatementDraft> drafts)
    {
        var kept = 0;
        for (var k = 0; k < drafts.Count; k++)
        {
            var d = drafts[k];
            if (kept > 0 && Relays(text, lexicon, drafts[kept - 1], d))
            {
                drafts[kept - 1].Outlet ??= d.Speaker;
                continue;
            }

            drafts[kept++] = d;
        }

        drafts.RemoveRange(kept, drafts.Count - kept);
    }

    // The same quotation, read from the same left bound (one attribution after it); the outlet's name comes after a comma
    // that follows a speech verb of the attribution ("…,” X said on Friday, adding …, ISNA reported"), so it is a second
    // attribution of the words, not a second speaker of the same verb ("“…,” Karimi and Amnesty said").
    private static bool Relays(string text, StatementLexicon lexicon, StatementDraft speaker, StatementDraft outlet)
    {
        if (outlet.Kind is not (SpeakerKind.Outlet or SpeakerKind.Organisation) || outlet.QuoteIndex < 0 || outlet.QuoteIndex != speaker.QuoteIndex
            || outlet.Attribution.Start != speaker.Attribution.Start || speaker.Speaker == outlet.Speaker || outlet.Attribution.End > text.Length)
        {
            return false;
        }

        var first = outlet.Speaker.Split(' ', 2)[0];
        var name = text.AsSpan(outlet.Attribution.Start, outlet.Attribution.End - outlet.Attribution.Start).LastIndexOf(first, StringComparison.Ordinal);
        if (name <= 0)
        {
            return false;
        }

        var comma = text.AsSpan(outlet.Attribution.Start, name).LastIndexOf(',');
        return comma > 0 && TrailingAttributionRule.HasSpeechVerb(text, new TextSpan(outlet.Attribution.Start, outlet.Attribution.Start + comma), lexicon);
    }
}
