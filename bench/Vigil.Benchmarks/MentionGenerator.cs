using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Incidents;

namespace Vigil.Benchmarks;

/// <summary>
/// Realistic-looking mentions with known ground truth: 30 provinces of 40 towns each (weighted, the capital
/// and the big provinces busiest), 5 years (2018–2022) with the November 2019 and autumn 2022 peaks, 11 types.
/// Two distinct incidents never share type family, town and day: such a pair is indistinguishable to any
/// coder working from date, place and type alone, so the truth would score a correct merge as an error.
/// 80 % of the mentions are each the first report of a distinct incident; 20 % are further reports of one of
/// them, with varied precision (month instead of day, province instead of city), a sibling type (riot for
/// protest), actors left out and different figures; a tenth of those are dated only by their publication date
/// (0–7 days after the event) and a twentieth are summary accounts at country level, so the benchmark no longer
/// flatters the clusterer with only well-dated, well-placed accounts. One mention in 200 (before the others are drawn) is
/// an account of a wave: a country or a province over a month or 3–14 days of it, with 1–3 accounts each (month or range),
/// one wave per family, place and month, so the days drawn inside it become its parts. Deterministic for a seed.
/// </summary>
internal static class MentionGenerator
{
    private static readonly string[] Provinces =
    [
        "Tehran", "Razavi Khorasan", "Isfahan", "Fars", "Khuzestan", "East Azerbaijan", "Mazandaran", "West Azerbaijan",
        "Kerman", "Sistan and Baluchestan", "Alborz", "Gilan", "Kermanshah", "Golestan", "Hormozgan", "Lorestan",
        "Hamadan", "Kurdistan", "Markazi", "Qom", "Qazvin", "Ardabil", "Bushehr", "Yazd", "Zanjan",
        "Chaharmahal and Bakhtiari", "North Khorasan", "Kohgiluyeh and Boyer-Ahmad", "Semnan", "Ilam",
    ];

    private static readonly Place Iran = new("Iran", null, "IR", 32.0, 53.0, GeoPrecision.Country);

    private static readonly IncidentType[] Types = Enum.GetValues<IncidentType>();

    private static readonly string[][] Actors = [["security forces"], ["IRGC"], ["Basij"], ["police"], ["MEK"], ["protesters"]];

    private static readonly string[] GivenNames = ["Ali", "Reza", "Sara", "Nasrin", "Mohammad", "Fatemeh", "Hossein", "Maryam", "Navid", "Zahra"];

    private const string Consonants = "bdfgjklmnprtz";

    public static GeneratedMentions Generate(int count, int seed = 20191115)
    {
        var random = new Random(seed);
        const int Towns = 40;
        var cities = Provinces.Select((p, i) => Enumerable.Range(0, Towns)
            .Select(c => new Place(c == 0 ? p + " City" : $"{p} Town {c}", p, "IR", 30 + i * 0.3, 50 + c * 0.05, GeoPrecision.City)).ToArray()).ToArray();
        var provinces = Provinces.Select((p, i) => new Place(p, p, "IR", 30 + i * 0.3, 50, GeoPrecision.Province)).ToArray();
        var provinceWeights = Cumulative(Provinces.Select((_, i) => 1.0 / (i + 2)).ToArray());
        var cityWeights = Cumulative(Enumerable.Range(0, Towns).Select(c => 1.0 / (c + 1)).ToArray());
        var taken = new HashSet<(IncidentFamily, int, int, int)>();
        var first = new DateOnly(2018, 1, 1).DayNumber;
        var days = new DateOnly(2022, 12, 31).DayNumber - first + 1;

        var waveAccounts = count / 200;
        var originals = (int)((count - waveAccounts) * 0.8);
        var mentions = new List<MentionRecord>(count);
        var truth = new Dictionary<Guid, int>(count);
        var events = new (IncidentType Type, int Day, int Province, int City, string[]? Actors, int Killed, string? Person)[originals];
        for (var e = 0; e < originals; e++)
        {
            int day, p, city;
            IncidentType type;
            do
            {
                day = random.Next(10) switch
                {
                    0 => new DateOnly(2019, 11, 15).DayNumber + random.Next(30),
                    1 => new DateOnly(2022, 9, 16).DayNumber + random.Next(100),
                    _ => first + random.Next(days),
                };
                p = Pick(provinceWeights, random);
                city = Pick(cityWeights, random);
                type = Types[random.Next(Types.Length)];
            }
            while (!taken.Add((IncidentClusterer.FamilyOf(type), p, city, day)));

            // A third of the killings, arrests and executions name their victim (one name per true incident).
            var person = FateOf(type) is not null && random.Next(3) == 0 ? NameOf(e) : null;
            events[e] = (type, day, p, city,
                random.Next(3) == 0 ? null : Actors[random.Next(Actors.Length)], random.Next(4) == 0 ? random.Next(1, 40) : 0, person);
            Add(e, events[e].Type, PartialDate.OfDay(DateOnly.FromDayNumber(day)), cities[p][events[e].City], events[e].Actors, events[e].Killed, person: person);
        }

        // Waves: a wave is a true incident of its own (numbered after the originals), never the same as a day inside it.
        var waves = 0;
        var waveTaken = new HashSet<(IncidentFamily, int, int)>();
        var produced = 0;
        while (produced < waveAccounts)
        {
            var month = random.Next(3) == 0 ? (2019 * 12) + 10 : (2018 * 12) + random.Next(60);
            var province = random.Next(3) == 0 ? -1 : Pick(provinceWeights, random);
            var type = Types[random.Next(Types.Length)];
            if (!waveTaken.Add((IncidentClusterer.FamilyOf(type), province, month)))
            {
                continue;
            }

            var (year, m) = (month / 12, (month % 12) + 1);
            var place = province < 0 ? Iran : provinces[province];
            var accounts = Math.Min(1 + random.Next(3), waveAccounts - produced);
            var start = 1 + random.Next(14);
            for (var a = 0; a < accounts; a++)
            {
                if (random.Next(2) == 0)
                {
                    Add(originals + waves, type, PartialDate.OfMonth(year, m), place, null, random.Next(3) == 0 ? random.Next(50, 400) : 0);
                }
                else
                {
                    Add(originals + waves, type, PartialDate.OfDay(new DateOnly(year, m, start)), place, null, 0, end: PartialDate.OfDay(new DateOnly(year, m, start + 3 + random.Next(11))));
                }
            }

            produced += accounts;
            waves++;
        }

        while (mentions.Count < count)
        {
            var e = random.Next(originals);
            var ev = events[e];
            var type = ev.Type switch
            {
                IncidentType.Protest when random.Next(5) == 0 => IncidentType.Riot,
                IncidentType.Attack when random.Next(5) == 0 => IncidentType.PropertyDestruction,
                _ => ev.Type,
            };
            var date = DateOnly.FromDayNumber(ev.Day);
            PartialDate partial = random.Next(10) < 2 ? PartialDate.OfMonth(date.Year, date.Month) : PartialDate.OfDay(date);
            var place = random.Next(10) < 2 ? provinces[ev.Province] : cities[ev.Province][ev.City];
            var actors = random.Next(10) < 3 ? null : ev.Actors;
            var killed = ev.Killed == 0 ? 0 : Math.Max(1, ev.Killed + random.Next(-3, 6));
            var source = DateSource.Text;
            switch (random.Next(20))
            {
                case 0 or 1:
                    // A report that gives no date: the publication date (0–7 days later) stands in.
                    partial = PartialDate.OfDay(date.AddDays(random.Next(8)));
                    source = DateSource.Publication;
                    break;
                case 2:
                    // A summary account at country level ("protests in Iran on the 17th").
                    place = Iran;
                    break;
            }

            // Most accounts of a named victim repeat the name; a tenth of those give the place only as the country.
            var named = ev.Person is not null && random.Next(10) < 7 ? ev.Person : null;
            if (named is not null && random.Next(10) == 0)
            {
                place = Iran;
            }

            Add(e, type, partial, place, actors, killed, source, person: named);
        }

        return new GeneratedMentions(mentions, truth, originals + waves);

        void Add(int incident, IncidentType type, PartialDate date, Place place, string[]? actors, int killed, DateSource source = DateSource.Text, PartialDate? end = null, string? person = null)
        {
            Span<byte> bytes = stackalloc byte[16];
            random.NextBytes(bytes);
            var id = new Guid(bytes);
            mentions.Add(new MentionRecord(id, type, date, end, place, actors is null ? [] : [.. actors], [],
                "outlet" + random.Next(40), killed == 0 ? null : FigureRange.Exactly(killed), DateSource: source,
                Persons: person is null || FateOf(type) is not { } fate ? default : [new MentionPerson(person, fate)]));
            truth[id] = incident;
        }
    }

    private static Fate? FateOf(IncidentType type) => type switch
    {
        IncidentType.Killing => Fate.Killed,
        IncidentType.Arrest => Fate.Arrested,
        IncidentType.Execution => Fate.Executed,
        _ => null,
    };

    /// <summary>
    /// A name for true incident <paramref name="e"/>, distinct in its consonant skeleton from every other incident's: a given
    /// name and a surname whose consonants spell the number, each one different from the one before (so none collapse).
    /// </summary>
    private static string NameOf(int e)
    {
        var sb = new System.Text.StringBuilder(GivenNames[e % GivenNames.Length]).Append(' ');
        var n = e / GivenNames.Length;
        var previous = 0;
        var first = true;
        do
        {
            previous = (previous + 1 + (n % (Consonants.Length - 1))) % Consonants.Length;
            sb.Append(first ? char.ToUpperInvariant(Consonants[previous]) : Consonants[previous]).Append('a');
            first = false;
            n /= Consonants.Length - 1;
        }
        while (n > 0);

        return sb.ToString();
    }

    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        var acc = 0.0;
        return weights.Select(w => acc += w / total).ToArray();
    }

    private static int Pick(double[] cumulative, Random random)
    {
        var x = random.NextDouble();
        var i = Array.BinarySearch(cumulative, x);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}
