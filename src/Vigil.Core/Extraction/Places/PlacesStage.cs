using System.Buffers;
using System.Collections.Immutable;

namespace Vigil.Core.Extraction.Places;

/// <summary>
/// Finds place names (towns, Iran's provinces, countries) and resolves each to one
/// <see cref="Gazetteer"/> entry. One left-to-right pass over the text: a capitalised token starts a
/// candidate, the longest gazetteer name (up to <see cref="Gazetteer.MaxNameTokens"/> tokens) wins;
/// then each candidate is disambiguated by population, the province named nearby, the places named
/// earlier and the report's home country, and rejected when its context says it is a person, an
/// organisation or a small village without corroboration. See docs/pipeline/places.md.
/// </summary>
internal sealed class PlacesStage : ExtractionStage<PlaceMention>
{
    private const int MaxFoldedToken = 48;

    private static readonly SearchValues<char> Capitals = SearchValues.Create(BuildCapitals());

    // Scripts without case (capitalised-names: no): any Arabic-script letter may start a name.
    private static readonly SearchValues<char> CapitalsAndArabicLetters = SearchValues.Create(BuildCapitals() + BuildArabicLetters());

    private readonly PlacesOptions _options;
    private readonly Gazetteer _gazetteer;
    private readonly PlacesLexicon _lexicon;
    private readonly SearchValues<char> _nameStarts;

    public PlacesStage()
        : this(new PlacesOptions())
    {
    }

    public PlacesStage(PlacesOptions options)
        : this(options, Gazetteer.For(options.Language), PlacesLexicon.For(options.Language))
    {
    }

    public PlacesStage(PlacesOptions options, Gazetteer gazetteer, PlacesLexicon lexicon)
    {
        _options = options;
        _gazetteer = gazetteer;
        _lexicon = lexicon;
        _nameStarts = options.Language.CapitalisedNames ? Capitals : CapitalsAndArabicLetters;
    }

    public override ImmutableArray<PlaceMention> Extract(ExtractionContext context)
    {
        var matches = _spareMatches ?? [];
        _spareMatches = null;
        try
        {
            Scan(context.Text, matches);
            return Extract(context, matches);
        }
        finally
        {
            if (matches.Capacity <= MaxSpareMatches)
            {
                matches.Clear();
                _spareMatches = matches;
            }
        }
    }

    // The match list of the report this thread read last, used again: in a script without capitals nearly every word opens
    // a gazetteer name (stop names included), and the list growing from empty for each report was 2 % of `vigil-extract`'s
    // samples over 6 MB of Persian (docs/pipeline/pipeline.md, session 22). One grown for a very long report is not kept.
    [ThreadStatic]
    private static List<Match>? _spareMatches;

    private const int MaxSpareMatches = 1 << 14;

    private ImmutableArray<PlaceMention> Extract(ExtractionContext context, List<Match> matches)
    {
        if (matches.Count == 0)
        {
            return _lexicon.Facilities.Count == 0 ? [] : WithFacilities(context, []);
        }

        var home = _options.HomeCountry ?? InferHomeCountry(matches);
        var places = Resolve(context.Text, matches, home);

        // Without capitals a month name is also a town («۸ مهر ۱۴۰۱»: Mehr, «۱۲ دی»: Dey): a word of a date is not a place.
        if (!_options.Language.CapitalisedNames && !context.Dates.IsDefaultOrEmpty && !places.IsDefaultOrEmpty)
        {
            var dates = context.DateIndex; // by span: a long report has many dates and places
            places = places.RemoveAll(p => dates.Covers(p.Span));
        }

        places = WithCapital(context, places, home);
        return _lexicon.Facilities.Count == 0 ? places : WithFacilities(context, places);
    }

    // "State TV reported that protests were held in the capital": "the capital" with no name after it, in a report about
    // one country, is that country's capital ("the capital Tehran", "the capital of Fars", "the provincial capital" are not).
    private ImmutableArray<PlaceMention> WithCapital(ExtractionContext context, ImmutableArray<PlaceMention> places, string? home)
    {
        if (home is null || _lexicon.CapitalNouns.Set.Count == 0)
        {
            return places;
        }

        // Every word of the report is asked, so by its number (session 29).
        var capitalNouns = _lexicon.CapitalNounNumbers;
        var text = context.Text;
        var tokens = context.Tokens;
        List<PlaceMention>? found = null;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != WordKind.Word || !capitalNouns.Contains(tokens[k].WordNumber)
                || !_lexicon.CapitalDeterminers.Contains(tokens[k - 1].Of(text)))
            {
                continue;
            }

            var next = k + 1 < tokens.Count ? tokens[k + 1] : default;
            if (next.Length > 0 && next.Kind == WordKind.Word && (next.IsCapitalised(text) || !_lexicon.CapitalFollowers.Contains(next.Of(text))))
            {
                continue; // "the capital Tehran", "the capital punishment", "the capital of Fars"
            }

            if (CapitalOf(home) is { } capital)
            {
                (found ??= []).Add(new PlaceMention(new TextSpan(tokens[k].Start, tokens[k].End), capital, 0.7));
            }
        }

        return found is null ? places : [.. places.Concat(found).OrderBy(p => p.Span.Start)];
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Gazetteer, string), Place?> Capitals_ = new();

    // The national capital of a country, read once from the gazetteer's entries.
    private Place? CapitalOf(string country) => Capitals_.GetOrAdd((_gazetteer, country), static key =>
    {
        foreach (var name in key.Item1.Keys)
        {
            foreach (var entry in key.Item1.Find(name))
            {
                if (entry.IsCapital && entry.Place.Country == key.Item2 && entry.Place.Precision == GeoPrecision.City)
                {
                    return entry.Place;
                }
            }
        }

        return null;
    });

    // "executed in Qezel Hesar prison": a facility the pack knows places what happened there in its town, instead of a
    // village its name may spell.
    private ImmutableArray<PlaceMention> WithFacilities(ExtractionContext context, ImmutableArray<PlaceMention> places)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        List<PlaceMention>? found = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != WordKind.Word || !UnicodeClasses.IsUpper(text[tokens[k].Start]))
            {
                continue;
            }

            var len = _lexicon.Facilities.Match(tokens, k, tokens.Count, out var town);
            var word = k + len;
            if (len == 0 || town is null || word >= tokens.Count || tokens[word].Kind != WordKind.Word || !_lexicon.FacilityWords.Contains(tokens[word].Of(text)))
            {
                continue;
            }

            var span = new TextSpan(tokens[k].Start, tokens[word].End);
            if (TownNamed(town) is { } place)
            {
                (found ??= []).Add(new PlaceMention(span, place, 0.9));
            }

            k = word;
        }

        return found is null ? places : [.. places.Where(p => !found.Exists(f => f.Span.Overlaps(p.Span))).Concat(found).OrderBy(p => p.Span.Start)];
    }

    private Place? TownNamed(string name)
    {
        GazetteerEntry? best = null;
        foreach (var e in _gazetteer.Find(name))
        {
            if (e.Place.Precision == GeoPrecision.City && (best is null || e.Population > best.Population))
            {
                best = e;
            }
        }

        return best?.Place;
    }

    /// <summary>Every longest gazetteer name in the text (stop names included, with no entries).</summary>
    internal List<Match> Scan(string text) => Scan(text, []);

    /// <summary>Appends every longest gazetteer name in the text to <paramref name="matches"/> and returns it.</summary>
    private List<Match> Scan(string text, List<Match> matches)
    {
        var span = text.AsSpan();
        var folding = _gazetteer.Folding;
        Span<char> buffer = stackalloc char[(MaxFoldedToken + 1) * (Gazetteer.MaxNameTokens + 1)];
        Span<int> ends = stackalloc int[Gazetteer.MaxNameTokens];
        Span<int> keyLengths = stackalloc int[Gazetteer.MaxNameTokens];
        Span<bool> upper = stackalloc bool[Gazetteer.MaxNameTokens];

        var i = 0;
        while (i < span.Length)
        {
            var next = NextNameStart(span, i);
            if (next < 0)
            {
                break;
            }

            i = next;
            if (i > 0 && NameFolding.IsWordChar(span[i - 1]))
            {
                // A capital inside a word ("IranWire", "McDonald") starts nothing.
                i = SkipWord(span, i);
                continue;
            }

            var length = 0;
            var end = ReadToken(folding, span, i, buffer, ref length, out var allUpper);
            if (length == 0 || length > MaxFoldedToken || !_gazetteer.TryGetFirstToken(buffer[..length], out var maxTokens, out var firstNames))
            {
                i = Math.Max(end, i + 1);
                continue;
            }

            ends[0] = end;
            keyLengths[0] = length;
            upper[0] = allUpper;
            var count = 1;
            var singleLetter = end - i == 1;
            var p = end;
            while (count < maxTokens && p < span.Length)
            {
                var c = span[p];
                int q;
                if (c is ' ' or '-')
                {
                    q = p + 1;
                }
                else if (c == '.' && singleLetter)
                {
                    // "U.S.", "U.K."
                    q = p + 1;
                    if (q < span.Length && span[q] == ' ')
                    {
                        q++;
                    }
                }
                else
                {
                    break;
                }

                if (q >= span.Length || !NameFolding.IsWordChar(span[q]))
                {
                    break;
                }

                var before = length;
                buffer[length++] = ' ';
                var tokenEnd = ReadToken(folding, span, q, buffer, ref length, out var tokenUpper);
                if (length - before - 1 > MaxFoldedToken || length == before + 1)
                {
                    break;
                }

                allUpper &= tokenUpper;
                ends[count] = tokenEnd;
                keyLengths[count] = length;
                upper[count] = allUpper;
                count++;
                singleLetter = tokenEnd - q == 1;
                p = tokenEnd;
            }

            var found = false;
            for (var k = count - 1; k >= 0; k--)
            {
                // The first token alone was looked up with it: no second look-up of the same key.
                if ((k == 0 ? firstNames : _gazetteer.TryGetNames(buffer[..keyLengths[k]], out var longer) ? longer : null) is { } names)
                {
                    var matchEnd = ends[k];
                    if (k > 0 && matchEnd - 1 >= 0 && matchEnd < span.Length && span[matchEnd] == '.' && NameFolding.IsWordChar(span[matchEnd - 1])
                        && (matchEnd - 2 < 0 || span[matchEnd - 2] == '.'))
                    {
                        matchEnd++; // the final dot of "U.S."
                    }

                    matches.Add(new Match(i, matchEnd, names, upper[k]));
                    i = ends[k];
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                i = end;
            }
        }

        return matches;
    }

    // The first offset at or after `from` where a name may start. In a script without case nearly every word starts one,
    // and the next is a character or two away: the two checked one by one cost less than setting up the vector search,
    // which took 4 % of a Persian run.
    private int NextNameStart(ReadOnlySpan<char> span, int from)
    {
        for (var i = from; i < from + 2 && i < span.Length; i++)
        {
            if (_nameStarts.Contains(span[i]))
            {
                return i;
            }
        }

        if (from + 2 >= span.Length)
        {
            return -1;
        }

        // The vector search for the set itself falls back to a slow path at every character outside ASCII, and English
        // reports are full of curly quotes and dashes: search for the first ASCII capital or non-ASCII character instead
        // (an all-ASCII search), and test the few non-ASCII ones it stops at.
        for (var i = from + 2; i < span.Length; i++)
        {
            var next = span[i..].IndexOfAnyExcept(AsciiOtherThanCapitals);
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (span[i] < 0x80 || _nameStarts.Contains(span[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Every ASCII character but A–Z: what NextNameStart's search skips.
    private static readonly SearchValues<char> AsciiOtherThanCapitals =
        SearchValues.Create(string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is < 'A' or > 'Z')));

    private static int ReadToken(NameFolding folding, ReadOnlySpan<char> span, int start, Span<char> buffer, ref int length, out bool allUpper)
    {
        allUpper = true;
        var limit = Math.Min(buffer.Length, length + MaxFoldedToken + 1);
        var p = start;
        while (p < span.Length)
        {
            var c = span[p];
            if (NameFolding.IsWordChar(c))
            {
                if (UnicodeClasses.IsLower(c))
                {
                    allUpper = false;
                }

                folding.Append(c, buffer[..limit], ref length);
                p++;
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' && p + 1 < span.Length && NameFolding.IsWordChar(span[p + 1]))
            {
                // "Tehran's" ends the name; an apostrophe inside a name ("Ma'shur") is dropped.
                if (span[p + 1] is 's' or 'S' && (p + 2 >= span.Length || !NameFolding.IsWordChar(span[p + 2])))
                {
                    break;
                }

                p++;
            }
            else
            {
                break;
            }
        }

        return p;
    }

    private static int SkipWord(ReadOnlySpan<char> span, int i)
    {
        while (i < span.Length && NameFolding.IsWordChar(span[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The country named most often (countries, demonyms, provinces); ties go to the first named.</summary>
    internal static string? InferHomeCountry(List<Match> matches)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        var bestCount = 0;
        foreach (var match in matches)
        {
            string? country = null;
            foreach (var name in match.Names)
            {
                if (name.UpperCaseOnly && !match.AllUpper)
                {
                    continue;
                }

                if (name.IsDemonym || name.Entry.Place.Precision != GeoPrecision.City)
                {
                    country = name.Entry.Place.Country;
                    break;
                }
            }

            if (country is null)
            {
                continue;
            }

            var count = counts[country] = counts.GetValueOrDefault(country) + 1;
            if (count > bestCount)
            {
                best = country;
                bestCount = count;
            }
        }

        return best;
    }

    private ImmutableArray<PlaceMention> Resolve(string text, List<Match> matches, string? home)
    {
        var span = text.AsSpan();
        var result = ImmutableArray.CreateBuilder<PlaceMention>();
        var earlierProvinces = new HashSet<string>(StringComparer.Ordinal);
        var earlierCountries = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<GazetteerEntry>(8);
        var window = Math.Max(0, _options.ContextWindow);

        for (var index = 0; index < matches.Count; index++)
        {
            var match = matches[index];
            candidates.Clear();
            var demonymOnly = match.Names.Length > 0;
            foreach (var name in match.Names)
            {
                if (name.UpperCaseOnly && !match.AllUpper)
                {
                    continue;
                }

                if (name.IsDemonym)
                {
                    continue;
                }

                demonymOnly = false;
                candidates.Add(name.Entry);
            }

            if (demonymOnly)
            {
                if (_options.TagDemonyms && match.Names[0].Entry.Place is var country)
                {
                    result.Add(new PlaceMention(new TextSpan(match.Start, match.End), country, _options.DemonymConfidence));
                }

                continue;
            }

            if (candidates.Count == 0)
            {
                continue; // a stop name, or "us" that is not "US"
            }

            var before = PreviousWord(span, match.Start, out var beforeAdjacent, out var beforeStart);
            var after = NextWord(span, match.End, out var afterAdjacent);
            var afterCapitalised = !after.IsEmpty && UnicodeClasses.IsUpper(after[0]);
            var beforeCapitalised = !before.IsEmpty && UnicodeClasses.IsUpper(before[0]);
            var previousMatchAdjacent = index > 0 && beforeAdjacent && matches[index - 1].End >= beforeStart && matches[index - 1].Start <= beforeStart;

            // "Fars News", "Tehran Times", "Iran International": part of an organisation's name.
            if (afterAdjacent && afterCapitalised && _lexicon.OrganisationSuffixes.Contains(after))
            {
                continue;
            }

            // "Azadi Street", "Evin Prison": a street names no town; a building is named after a village or a small town only
            // by chance ("Dastgerd Prison" is in Isfahan, not in the town of Dastgerd), while a county seat or capital keeps
            // its reading ("Zahedan Prison" is in Zahedan). A building's word may be written small ("Azadi complex").
            if (afterAdjacent && ((afterCapitalised && _lexicon.StreetWords.Contains(after)) || _lexicon.FacilityWords.Contains(after)))
            {
                var street = _lexicon.StreetWords.Contains(after);
                candidates.RemoveAll(c => c.Place.Precision == GeoPrecision.City && (street || (!c.IsSeat && !c.IsCapital)));
                if (candidates.Count == 0)
                {
                    continue;
                }
            }

            // "Mr. Tabriz", "General Shiraz": a person.
            if (beforeCapitalised && _lexicon.Titles.Contains(before) && !previousMatchAdjacent)
            {
                continue;
            }

            // "Iraqi Kurdistan": the demonym fixes the country; no place of that country, no tag.
            if (previousMatchAdjacent && IsDemonymOnly(matches[index - 1]) is { } demonymCountry)
            {
                candidates.RemoveAll(c => c.Place.Country != demonymCountry);
                if (candidates.Count == 0)
                {
                    continue;
                }
            }

            // A town between capitalised words ("Narges Mohammadi") is most likely part of a person's name.
            if (beforeAdjacent && beforeCapitalised && !previousMatchAdjacent && !_lexicon.FunctionWords.Contains(before))
            {
                candidates.RemoveAll(c => c.Place.Precision == GeoPrecision.City);
                if (candidates.Count == 0)
                {
                    continue;
                }
            }

            var provinceCue = (afterAdjacent && _lexicon.ProvinceWords.Contains(after))
                || _lexicon.ProvinceWords.Contains(WordAfterBracket(span, match.End))
                || (before.Equals("of", StringComparison.OrdinalIgnoreCase) && _lexicon.ProvinceWords.Contains(PreviousWord(span, beforeStart, out _, out _)));
            var settlementCue = (afterAdjacent && _lexicon.SettlementWords.Contains(after))
                || (before.Equals("of", StringComparison.OrdinalIgnoreCase) && _lexicon.SettlementWords.Contains(PreviousWord(span, beforeStart, out _, out _)));
            provinceCue |= beforeAdjacent && _lexicon.ProvincePrefixes.Contains(before);
            settlementCue |= beforeAdjacent && _lexicon.SettlementPrefixes.Contains(before);
            var locative = beforeAdjacent && !beforeCapitalised && _lexicon.Locatives.Contains(before);

            ApplyPrecisionCues(candidates, provinceCue, settlementCue);

            var nearbyProvinces = ProvincesNear(matches, index, window, out var nearbyCountries);
            var minimum = _options.MinimumPopulation;
            candidates.RemoveAll(c => c.IsMinor(minimum)
                && !(settlementCue
                    || (c.Place.Admin1 is { } a && (nearbyProvinces.Contains(a) || earlierProvinces.Contains(a)))
                    || (locative && (home is null || c.Place.Country == home))));

            // A minor name next to other capitalised words ("Kalleh Pacheh") is not trusted either.
            if (afterAdjacent && afterCapitalised && !_lexicon.FunctionWords.Contains(after) && !_lexicon.ProvinceWords.Contains(after)
                && !(index + 1 < matches.Count && matches[index + 1].Start <= match.End + 2))
            {
                candidates.RemoveAll(c => c.Place.Precision == GeoPrecision.City && c.Population < 20_000 && !c.IsCapital && !c.IsSeat);
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            GazetteerEntry? best = null;
            double bestScore = double.MinValue, secondScore = double.MinValue;
            foreach (var candidate in candidates)
            {
                var score = Score(candidate, minimum, home, nearbyProvinces, nearbyCountries, earlierProvinces, earlierCountries);
                if (score > bestScore)
                {
                    secondScore = bestScore;
                    bestScore = score;
                    best = candidate;
                }
                else if (score > secondScore)
                {
                    secondScore = score;
                }
            }

            var place = best!.Place;
            // "Urmia Province", "( Urmia ) Province": a town named with the word for a province, where no province bears
            // its name, names the province it lies in.
            if (provinceCue && place.Precision == GeoPrecision.City && (home is null || place.Country == home) && place.Admin1 is { } within
                && _gazetteer.Province(within) is { } province)
            {
                place = province;
            }

            // "Tehran executed two protesters", "Washington says": a capital as the subject of a verb is its government.
            if (best.IsCapital && !locative && IsGovernmentVerb(after, afterAdjacent) && _gazetteer.Country(place.Country) is { } state)
            {
                place = state;
            }

            double confidence;
            if (secondScore == double.MinValue)
            {
                confidence = best.IsMinor(minimum) ? 0.6 : 0.9;
            }
            else
            {
                confidence = 0.5 + (0.45 * (1 - Math.Exp(-(bestScore - secondScore) / 3)));
            }

            result.Add(new PlaceMention(new TextSpan(match.Start, match.End), place, Math.Round(confidence, 2)));
            if (place.Admin1 is { } admin1)
            {
                earlierProvinces.Add(admin1);
            }

            earlierCountries.Add(place.Country);
        }

        return result.ToImmutable();
    }

    // The word after a closing bracket right after a name: "( Urmia ) Province" gives "Province"; empty when there is none.
    private static ReadOnlySpan<char> WordAfterBracket(ReadOnlySpan<char> span, int end)
    {
        var p = end;
        while (p < span.Length && p - end < 3 && span[p] == ' ')
        {
            p++;
        }

        if (p >= span.Length || span[p] != ')')
        {
            return [];
        }

        return NextWord(span, p + 1, out var adjacent) is var word && adjacent ? word : [];
    }

    private bool IsGovernmentVerb(ReadOnlySpan<char> after, bool adjacent) =>
        adjacent && !after.IsEmpty && UnicodeClasses.IsLower(after[0]) && _lexicon.GovernmentVerbs.Contains(after);

    // "Kermanshah province" is the province; "Kazerun county" the town; "Tehran" alone the city
    // when a real city carries the province's name.
    private static void ApplyPrecisionCues(List<GazetteerEntry> candidates, bool provinceCue, bool settlementCue)
    {
        if (provinceCue && candidates.Exists(c => c.Place.Precision == GeoPrecision.Province))
        {
            candidates.RemoveAll(c => c.Place.Precision != GeoPrecision.Province);
            return;
        }

        if (settlementCue && candidates.Exists(c => c.Place.Precision == GeoPrecision.City))
        {
            candidates.RemoveAll(c => c.Place.Precision != GeoPrecision.City);
            return;
        }

        if (!provinceCue && candidates.Count > 1)
        {
            candidates.RemoveAll(p => p.Place.Precision == GeoPrecision.Province
                && candidates.Exists(c => c.Place.Precision == GeoPrecision.City && c.Place.Country == p.Place.Country
                    && c.Place.Admin1 == p.Place.Name && (c.IsSeat || c.IsOfficialCity || c.Population >= 20_000)));
        }
    }

    private static double Score(GazetteerEntry entry, int minimumPopulation, string? home, HashSet<string> nearbyProvinces, HashSet<string> nearbyCountries, HashSet<string> earlierProvinces, HashSet<string> earlierCountries)
    {
        var place = entry.Place;
        var score = place.Precision switch
        {
            GeoPrecision.Country => 20.0,
            GeoPrecision.Province => 14.0,
            _ => Math.Log10(entry.Population + 10.0) + (entry.IsSeat ? 1.5 : 0) + (entry.IsOfficialCity ? 1.5 : 0) + (entry.IsCapital ? 2 : 0),
        };

        // The home country outweighs a bigger namesake abroad, but a village at home does not
        // outweigh a real city abroad ("Afghan refugees in Herat").
        if (home is not null && place.Country == home && place.Precision != GeoPrecision.Country)
        {
            score += entry.IsMinor(minimumPopulation) ? 2 : 6;
        }

        if (place.Precision == GeoPrecision.City && place.Admin1 is { } admin1 && nearbyProvinces.Contains(admin1))
        {
            score += 8;
        }

        // A foreign country named nearby ("Afghan refugees … in Herat") counters the home bonus.
        if (place.Precision == GeoPrecision.City && place.Country != home && nearbyCountries.Contains(place.Country))
        {
            score += 5;
        }

        if (place.Admin1 is { } a && earlierProvinces.Contains(a))
        {
            score += 2;
        }
        else if (earlierCountries.Contains(place.Country))
        {
            score += 1;
        }

        return score;
    }

    /// <summary>Names of provinces (and codes of countries, demonyms included) mentioned within <paramref name="window"/> characters of match <paramref name="index"/>.</summary>
    private static HashSet<string> ProvincesNear(List<Match> matches, int index, int window, out HashSet<string> countries)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        countries = new HashSet<string>(StringComparer.Ordinal);
        var from = matches[index].Start - window;
        var to = matches[index].End + window;
        for (var k = index - 1; k >= 0 && matches[k].End >= from; k--)
        {
            AddProvinces(matches[k], set, countries);
        }

        for (var k = index + 1; k < matches.Count && matches[k].Start <= to; k++)
        {
            AddProvinces(matches[k], set, countries);
        }

        return set;

        static void AddProvinces(Match match, HashSet<string> set, HashSet<string> countries)
        {
            foreach (var name in match.Names)
            {
                if (name.IsDemonym || name.Entry.Place.Precision == GeoPrecision.Country)
                {
                    if (!name.UpperCaseOnly || match.AllUpper)
                    {
                        countries.Add(name.Entry.Place.Country);
                    }
                }
                else if (name.Entry.Place.Precision == GeoPrecision.Province)
                {
                    set.Add(name.Entry.Place.Name);
                }
            }
        }
    }

    private static string? IsDemonymOnly(Match match)
    {
        if (match.Names.Length == 0)
        {
            return null;
        }

        foreach (var name in match.Names)
        {
            if (!name.IsDemonym)
            {
                return null;
            }
        }

        return match.Names[0].Entry.Place.Country;
    }

    /// <summary>The word before <paramref name="start"/>; adjacent when only spaces (no punctuation, no line break) lie between.</summary>
    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> span, int start, out bool adjacent, out int wordStart)
    {
        var p = start - 1;
        var gap = 0;
        while (p >= 0 && span[p] == ' ' && gap < 3)
        {
            p--;
            gap++;
        }

        if (p >= 0 && span[p] == '.' && p >= 1 && UnicodeClasses.IsLetter(span[p - 1]))
        {
            // "Mr. X", "Dr. X": the dot of an abbreviation; any other dot ends a sentence, and then
            // the word is too short to be a title.
            p--;
        }

        var end = p + 1;
        while (p >= 0 && NameFolding.IsWordChar(span[p]) && end - p < 32)
        {
            p--;
        }

        wordStart = p + 1;
        adjacent = gap >= 1 && end == start - gap && end > wordStart;
        return span[wordStart..end];
    }

    /// <summary>The word after <paramref name="end"/> (after a possessive "'s"); adjacent when only spaces lie between.</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> span, int end, out bool adjacent)
    {
        var p = end;
        if (p + 1 < span.Length && span[p] is '\'' or '\u2019' && span[p + 1] is 's' or 'S')
        {
            p += 2;
        }

        var gap = 0;
        while (p < span.Length && span[p] == ' ' && gap < 3)
        {
            p++;
            gap++;
        }

        var start = p;
        while (p < span.Length && NameFolding.IsWordChar(span[p]) && p - start < 32)
        {
            p++;
        }

        adjacent = gap >= 1 && p > start;
        return span[start..p];
    }

    private static string BuildArabicLetters()
    {
        var chars = new List<char>();
        for (var c = '\u0621'; c <= '\u06FF'; c++)
        {
            if (UnicodeClasses.IsLetter(c))
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }

    private static string BuildCapitals()
    {
        var chars = new List<char>();
        for (var c = 'A'; c <= 'Z'; c++)
        {
            chars.Add(c);
        }

        for (var c = (char)0xC0; c < 0x250; c++)
        {
            if (UnicodeClasses.IsUpper(c))
            {
                chars.Add(c);
            }
        }

        for (var c = (char)0x1E00; c < 0x1F00; c++)
        {
            if (UnicodeClasses.IsUpper(c))
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }

    /// <summary>A longest gazetteer name found in the text.</summary>
    /// <param name="Start">First char of the name.</param>
    /// <param name="End">One past the last char.</param>
    /// <param name="Names">What the name may denote; empty for a stop name.</param>
    /// <param name="AllUpper">Written in capitals ("US", "IRAN").</param>
    internal readonly record struct Match(int Start, int End, GazetteerName[] Names, bool AllUpper);
}
