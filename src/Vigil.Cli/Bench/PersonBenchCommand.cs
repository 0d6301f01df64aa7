using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Persons;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench persons</c>: generates persons and their mentions (names in Latin spellings and Persian script, compound
/// given names split or joined, middle names written or dropped, one-consonant typos in Latin surnames, many namesakes,
/// ages off by one, missing facts, fates over time) and links them with Core's <see cref="PersonLinker"/>, printing the
/// median linking time and the pairwise precision and recall; <c>--exact-keys</c> links on the name key alone (the
/// linker before its second blocking keys), for the figures before and after.
/// </summary>
internal static class PersonBenchCommand
{
    internal static readonly string[][] Given =
    [
        ["Mohammad", "Mohammed", "Muhammad", "محمد"], ["Ali", "Aly", "علی"], ["Reza", "Rida", "رضا"], ["Hossein", "Hussein", "Husain", "حسین"],
        ["Mahdi", "Mehdi", "مهدی"], ["Amir", "Ameer", "امیر"], ["Javad", "Jawad", "جواد"], ["Majid", "Majeed", "مجید"], ["Saeed", "Saeid", "سعید"],
        ["Hamid", "Hameed", "حمید"], ["Zahra", "زهرا"], ["Fatemeh", "Fatima", "فاطمه"], ["Maryam", "Mariam", "مریم"], ["Narges", "Nargis", "نرگس"],
        ["Mohammadreza", "Mohammad Reza", "Muhammad Reza", "محمدرضا"], ["Abdolhamid", "Abdul Hamid", "عبدالحمید"], ["Navid", "نوید"], ["Kian", "کیان"],
        ["Mahsa", "مهسا"], ["Qasem", "Ghasem", "Kasim", "قاسم"], ["Yousef", "Yusuf", "یوسف"], ["Ebrahim", "Ibrahim", "ابراهیم"], ["Mohsen", "Muhsin", "محسن"],
        ["Hadi", "هادی"], ["Sina", "سینا"], ["Nika", "نیکا"], ["Ahmad", "Ahmed", "احمد"], ["Jafar", "Jaafar", "جعفر"], ["Esmail", "Ismail", "اسماعیل"], ["Hassan", "Hasan", "حسن"],
    ];

    internal static readonly string[][] Surnames =
    [
        ["Rahimi", "رحیمی"], ["Karimi", "کریمی"], ["Hosseini", "Husseini", "حسینی"], ["Ahmadi", "احمدی"], ["Mohammadi", "Muhammadi", "محمدی"], ["Rezaei", "Rezaee", "رضایی"],
        ["Moradi", "مرادی"], ["Jafari", "Jaafari", "جعفری"], ["Sadeghi", "Sadeqi", "صادقی"], ["Kazemi", "Kazimi", "کاظمی"], ["Heydari", "Haidari", "حیدری"],
        ["Ebrahimi", "Ibrahimi", "ابراهیمی"], ["Ghasemi", "Qasemi", "قاسمی"], ["Mousavi", "Musavi", "موسوی"], ["Hashemi", "هاشمی"], ["Shirazi", "شیرازی"],
        ["Najafi", "نجفی"], ["Amini", "امینی"], ["Bakhtiari", "Bakhtiyari", "بختیاری"], ["Soltani", "Sultani", "سلطانی"], ["Rostami", "Rustami", "رستمی"],
        ["Ansari", "انصاری"], ["Zamani", "زمانی"], ["Nouri", "Nuri", "نوری"], ["Azizi", "عزیزی"], ["Shekari", "شکاری"], ["Afkari", "افکاری"], ["Salehi", "صالحی"],
        ["Yazdani", "یزدانی"], ["Ghorbani", "Qorbani", "قربانی"], ["Safari", "صفری"], ["Bagheri", "Baqeri", "باقری"], ["Mirzaei", "میرزایی"], ["Abbasi", "عباسی"],
        ["Khodadadi", "خدادادی"], ["Mahmoudi", "Mahmudi", "محمودی"], ["Taheri", "طاهری"], ["Asadi", "اسدی"], ["Fazeli", "فاضلی"], ["Kamali", "کمالی"],
    ];

    internal static readonly (string City, string Province)[] Cities =
    [
        ("Tehran", "Tehran"), ("Zahedan", "Sistan and Baluchestan"), ("Karaj", "Alborz"), ("Mashhad", "Razavi Khorasan"), ("Isfahan", "Isfahan"),
        ("Shiraz", "Fars"), ("Sanandaj", "Kurdistan"), ("Rasht", "Gilan"), ("Tabriz", "East Azerbaijan"), ("Ahvaz", "Khuzestan"),
        ("Saqqez", "Kurdistan"), ("Izeh", "Khuzestan"), ("Qazvin", "Qazvin"), ("Kermanshah", "Kermanshah"), ("Bukan", "West Azerbaijan"),
    ];

    public static Command Create(CliConsole console)
    {
        var persons = new Option<int>("--persons") { Description = "Persons to generate", DefaultValueFactory = _ => 20_000 };
        var mentions = new Option<int>("--mentions") { Description = "Person mentions to generate", DefaultValueFactory = _ => 200_000 };
        var runs = new Option<int>("--runs") { Description = "Linking runs (the median is quoted)", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Random seed", DefaultValueFactory = _ => 11 };
        var exactKeys = new Option<bool>("--exact-keys") { Description = "Compare only mentions with the same name key (no second blocking keys for dropped middle names and typos)" };
        var command = new Command("persons", "Link generated person mentions (spellings, both scripts, namesakes, middle names, typos) and print the median time, precision and recall") { persons, mentions, runs, seed, exactKeys };
        command.SetAction(parse =>
        {
            var (n, m) = (parse.GetValue(persons), parse.GetValue(mentions));
            if (n < 1 || m < n)
            {
                console.Fail("--persons must be at least 1 and --mentions at least --persons");
                return 2;
            }

            var (facts, truth) = Generate(n, m, parse.GetValue(seed));
            var linker = new PersonLinker(new PersonLinkingOptions { VariantSupport = parse.GetValue(exactKeys) ? -1 : new PersonLinkingOptions().VariantSupport });
            var times = new List<double>();
            IReadOnlyList<PersonCluster> clusters = [];
            for (var r = 0; r < Math.Max(1, parse.GetValue(runs)); r++)
            {
                var watch = Stopwatch.StartNew();
                clusters = linker.Link(facts);
                times.Add(watch.Elapsed.TotalSeconds);
            }

            var (precision, recall) = Score(clusters, truth);
            times.Sort();
            var distinctNames = facts.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count();
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"persons bench: {n} persons, {m} mentions ({distinctNames} distinct written names), {(parse.GetValue(exactKeys) ? "name key only" : "name key and second keys")}, {clusters.Count} persons linked; linking median {times[times.Count / 2]:F2} s over {times.Count} runs; pairwise precision {precision:F4}, recall {recall:F4}"));
            return 0;
        });
        return command;
    }

    /// <summary>Generated mentions and, per mention id, the generated person it names (the truth linking is scored against).</summary>
    internal static (List<PersonFacts> Facts, Dictionary<Guid, int> Truth) Generate(int persons, int mentions, int seed)
    {
        var random = new Random(seed);
        var people = new List<(string[] Given, string[]? Middle, string[] Surname, int Age, Gender Gender, (string City, string Province) Place, DateOnly Arrested, bool Killed)>(persons);
        for (var i = 0; i < persons; i++)
        {
            var given = Given[random.Next(Given.Length)];
            var female = given[0] is "Zahra" or "Fatemeh" or "Maryam" or "Narges" or "Mahsa" or "Nika";
            var middle = !female && random.Next(6) == 0 ? Given[random.Next(Given.Length)] : null; // "Mohammad Ali Rahimi", often "Mohammad Rahimi"
            people.Add((given, middle, Surnames[random.Next(Surnames.Length)], random.Next(9, 65), female ? Gender.Female : Gender.Male,
                Cities[random.Next(Cities.Length)], new DateOnly(2019, 11, 15).AddDays(random.Next(0, 1500)), random.Next(3) == 0));
        }

        var facts = new List<PersonFacts>(mentions);
        var truth = new Dictionary<Guid, int>(mentions);
        for (var k = 0; k < mentions; k++)
        {
            // Every person gets one mention, the rest go to random persons.
            var p = k < persons ? k : random.Next(persons);
            var who = people[p];
            var latin = random.Next(3) > 0;
            string Pick(string[] forms) => latin ? forms[random.Next(forms.Length - 1)] : forms[^1];
            var surname = Pick(who.Surname);
            if (latin && random.Next(15) == 0)
            {
                surname = Typo(surname, random);
            }

            var name = who.Middle is { } middle && random.Next(2) == 0 ? $"{Pick(who.Given)} {Pick(middle)} {surname}" : $"{Pick(who.Given)} {surname}";
            var step = random.Next(3);
            var (fate, date) = who.Killed
                ? (Fate.Killed, who.Arrested)
                : step switch { 0 => (Fate.Arrested, who.Arrested), 1 => (Fate.Sentenced, who.Arrested.AddDays(90)), _ => (Fate.Executed, who.Arrested.AddDays(300)) };
            DateOnly? day = random.Next(5) > 0 ? date.AddDays(random.Next(0, 3)) : null;
            int? age = random.Next(10) < 6 ? who.Age + (random.Next(5) == 0 ? 1 : 0) : null;
            var placed = random.Next(5) > 0;
            var id = Guid.CreateVersion7();
            facts.Add(new PersonFacts(id, name, age, random.Next(3) == 0 ? who.Gender : null, fate, day, day, placed ? who.Place.City : null, placed || random.Next(2) == 0 ? who.Place.Province : null, null));
            truth[id] = p;
        }

        return (facts, truth);
    }

    // One consonant of a Latin surname written as another ("Rahimi" → "Rahini"), as hurried transcription does.
    private static string Typo(string surname, Random random)
    {
        const string Consonants = "bdfgjklmnprstz";
        var positions = Enumerable.Range(1, surname.Length - 1).Where(i => Consonants.Contains(surname[i], StringComparison.Ordinal)).ToList();
        if (positions.Count == 0)
        {
            return surname;
        }

        var at = positions[random.Next(positions.Count)];
        var other = Consonants[(Consonants.IndexOf(surname[at], StringComparison.Ordinal) + 1 + random.Next(Consonants.Length - 1)) % Consonants.Length];
        return string.Concat(surname.AsSpan(0, at), other.ToString(), surname.AsSpan(at + 1));
    }

    // Pairwise: a pair of mentions linked together is right when both are the same generated person.
    internal static (double Precision, double Recall) Score(IReadOnlyList<PersonCluster> clusters, Dictionary<Guid, int> truth)
    {
        static double Pairs(long n) => n * (n - 1) / 2.0;
        double linked = 0, right = 0;
        foreach (var c in clusters)
        {
            linked += Pairs(c.Members.Count);
            right += c.Members.GroupBy(f => truth[f.Id]).Sum(g => Pairs(g.Count()));
        }

        var all = truth.Values.GroupBy(p => p).Sum(g => Pairs(g.Count()));
        return (linked == 0 ? 1 : right / linked, all == 0 ? 1 : right / all);
    }
}
