using System.Text;

namespace Vigil.Cli.Bench;

/// <summary>
/// Writes synthetic reports (front matter + ~5 KB of text) for benchmarks. Deterministic for a seed. The default reads
/// like a news article: about five incident sentences about one or two places among context (background, economy,
/// reactions, history) that names no incident. <c>dense</c> is the earlier generator, a list of incident sentences only
/// (~35 mentions and ~33 incidents a report), kept to measure the worst case and to compare with earlier figures.
/// </summary>
internal static class ReportGenerator
{
    private static readonly string[] Outlets = ["Iran News Now", "Amnesty International", "IRNA", "Tasnim News Agency", "Radio Farda", "Iran Human Rights", "HRANA", "BBC Persian", "Kurdistan Human Rights Network", "Reuters"];
    private static readonly string[] Places = ["Tehran", "Tabriz", "Shiraz", "Mashhad", "Isfahan", "Ahvaz", "Kermanshah", "Sanandaj", "Zahedan", "Rasht", "Khoy", "Karaj", "Qom", "Urmia", "Mahabad", "Izeh", "Bandar Abbas", "Kazerun", "Arak", "Yazd"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Sentences =
    [
        "Hundreds of protesters gathered in {place} on {date}, chanting slogans against the government.",
        "Security forces opened fire on demonstrators in {place}, killing at least {n} people, according to {outlet}.",
        "Witnesses said riot police arrested dozens of students near the university in {place}.",
        "Workers at the sugar cane company in {place} went on strike for a third day over unpaid wages.",
        "The judiciary announced that {n} people had been detained in connection with the unrest.",
        "\"We will not be silenced,\" one retiree told reporters outside the governor's office in {place}.",
        "Local activists reported that several banks and government buildings were set on fire in {place}.",
        "The governor of {place} province said the situation was under control and blamed foreign enemies.",
        "Videos shared on social media showed crowds blocking roads and burning tyres in {place}.",
        "According to {outlet}, the death toll has risen to {n}, while officials have given no figures.",
        "Teachers in {place} held a sit-in on {date} demanding the release of their detained colleagues.",
        "Slogans were written on walls in several neighbourhoods of {place} overnight.",
    ];

    // The templates that each yield an incident (two of them two: an arrest and a protest); the others (a quote, the governor's
    // claim, slogans on walls) yield none or only a statement. Checked with `vigil extract --json`.
    private static readonly int[] IncidentSentences = [0, 1, 2, 3, 4, 6, 8, 9, 10];

    // Context a news report carries around its incidents: no incident trigger (killing, arrest, strike, protest…), no figure of victims.
    private static readonly string[] Context =
    [
        "The rial has lost more than half of its value against the dollar over the past year, and the price of bread and cooking oil has doubled.",
        "Economists say inflation is running above forty percent, the highest level in decades, while wages in the public sector have barely moved.",
        "The government raised the price of petrol overnight, saying the extra revenue would be paid out to low-income families as monthly support.",
        "Parliament is debating next year's budget, which relies on oil sales that sanctions have sharply reduced.",
        "Officials in {place} said water reserves behind the main dam were at their lowest level in thirty years after a dry winter.",
        "The city of {place}, home to more than a million people, is known for its bazaar, its gardens and its universities.",
        "Analysts note that unemployment among young graduates in the province has remained high for a decade.",
        "Foreign ministers met in Vienna to discuss the nuclear agreement, but diplomats said no progress was expected before the summer.",
        "The president, speaking on state television, promised new housing programmes and cheaper loans for young couples.",
        "Internet connections in several provinces were slow for most of the day, according to the monitoring group NetBlocks.",
        "In 2009, disputed election results brought large crowds onto the streets of the capital for several weeks.",
        "The province's economy depends on agriculture, and farmers have complained for years about the diversion of rivers to industry.",
        "The foreign ministry spokesman rejected criticism from European governments as interference in the country's internal affairs.",
        "Exiled opposition figures called on the international community to support the population, in messages posted online.",
        "State media broadcast interviews with shopkeepers who said business had returned to normal in the city centre.",
        "The central bank announced a new exchange rate for importers of medicine and basic goods.",
        "Prices of imported cars and electronics rose again this week, traders in {place} said.",
        "Universities in the capital moved classes online for the rest of the term, citing the need to save energy.",
        "The supreme leader, in a speech to a group of clerics, called for unity and warned against rumours spread by foreign media.",
        "Relatives of people held abroad have long campaigned for their return, and the case has strained relations with Europe.",
        "The United Nations special rapporteur asked the authorities to allow an independent visit, a request that has gone unanswered.",
        "Observers in {place} said the mood in the city was tense, with shops closing early and fewer people in the streets at night.",
        "A spokesman for the judiciary said all cases would be handled according to the law and that the courts were independent.",
        "Many families in {place} now spend most of their income on rent, according to a survey by a local research centre.",
        "Historians recall that the province grew quickly in the decades after 1979, when many families moved from the villages to the cities.",
        "The governor's office announced new bus routes and an extension of the metro line to the eastern suburbs.",
        "Journalists said they had been told by officials not to report on the events without permission.",
        "Several members of parliament asked the interior minister to appear before the assembly and answer questions.",
        "The football federation postponed the weekend's league matches in {place} without giving a reason.",
        "Satellite television channels based abroad have become a main source of news for many households.",
    ];

    /// <summary>
    /// Writes <paramref name="count"/> reports named report-00001.txt … into <paramref name="folder"/>; returns total bytes.
    /// <paramref name="dense"/>: the earlier generator (every sentence an incident); otherwise news prose with
    /// <paramref name="incidentSentences"/> incident sentences a report.
    /// </summary>
    public static long WriteReports(string folder, int count, int seed, bool dense = false, int incidentSentences = 5, int targetBytes = 5000) =>
        dense ? WriteDense(folder, count, seed, targetBytes) : WriteProse(folder, count, seed, incidentSentences, targetBytes);

    private static long WriteProse(string folder, int count, int seed, int incidentSentences, int targetBytes)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        long total = 0;
        var text = new StringBuilder(targetBytes + 512);
        var incidents = IncidentSentences.Select(n => Sentences[n]).ToArray();
        for (var i = 1; i <= count; i++)
        {
            text.Clear();
            var published = new DateOnly(2017, 12, 28).AddDays(random.Next(0, 5 * 365));
            var outlet = Outlets[random.Next(Outlets.Length)];

            // A report is about one place, sometimes two.
            string[] places = random.Next(3) == 0 ? [Places[random.Next(Places.Length)], Places[random.Next(Places.Length)]] : [Places[random.Next(Places.Length)]];
            text.Append("---\n")
                .Append("title: Report ").Append(i).Append(" on unrest in ").Append(places[0]).Append('\n')
                .Append("outlet: ").Append(outlet).Append('\n')
                .Append("published: ").Append(published.ToString("yyyy-MM-dd")).Append('\n')
                .Append("language: en\n---\n");
            var start = text.Length;

            // Context sentences up to the size, then the incident sentences put between them at random places.
            var body = new List<string>();
            var length = 0;
            while (length < targetBytes - start - incidentSentences * 110)
            {
                var sentence = Fill(Context[random.Next(Context.Length)], places, published, outlet, random);
                body.Add(sentence);
                length += sentence.Length + 1;
            }

            for (var s = 0; s < incidentSentences; s++)
            {
                body.Insert(random.Next(body.Count + 1), Fill(incidents[random.Next(incidents.Length)], places, published, outlet, random));
            }

            for (var s = 0; s < body.Count; s++)
            {
                text.Append(body[s]).Append(s % 4 == 3 ? "\n\n" : " ");
            }

            text.Append("(ref ").Append(i).Append('.').Append(random.Next()).Append(")\n");
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            File.WriteAllBytes(Path.Combine(folder, $"report-{i:D5}.txt"), bytes);
            total += bytes.Length;
        }

        return total;
    }

    private static string Fill(string sentence, string[] places, DateOnly published, string outlet, Random random)
    {
        var day = published.AddDays(-random.Next(0, 20));
        return sentence
            .Replace("{place}", places[random.Next(places.Length)], StringComparison.Ordinal)
            .Replace("{date}", $"{Months[day.Month - 1]} {day.Day}", StringComparison.Ordinal)
            .Replace("{n}", random.Next(2, 1500).ToString(), StringComparison.Ordinal)
            .Replace("{outlet}", random.Next(2) == 0 ? outlet : Outlets[random.Next(Outlets.Length)], StringComparison.Ordinal);
    }

    private static long WriteDense(string folder, int count, int seed, int targetBytes)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        long total = 0;
        var text = new StringBuilder(targetBytes + 512);
        for (var i = 1; i <= count; i++)
        {
            text.Clear();
            var published = new DateOnly(2017, 12, 28).AddDays(random.Next(0, 5 * 365));
            var outlet = Outlets[random.Next(Outlets.Length)];
            text.Append("---\n")
                .Append("title: Report ").Append(i).Append(" on unrest in ").Append(Places[random.Next(Places.Length)]).Append('\n')
                .Append("outlet: ").Append(outlet).Append('\n')
                .Append("published: ").Append(published.ToString("yyyy-MM-dd")).Append('\n')
                .Append("language: en\n---\n");
            while (text.Length < targetBytes)
            {
                for (var s = 0; s < 4 && text.Length < targetBytes; s++)
                {
                    var day = published.AddDays(-random.Next(0, 20));
                    text.Append(Sentences[random.Next(Sentences.Length)]
                        .Replace("{place}", Places[random.Next(Places.Length)], StringComparison.Ordinal)
                        .Replace("{date}", $"{Months[day.Month - 1]} {day.Day}", StringComparison.Ordinal)
                        .Replace("{n}", random.Next(2, 1500).ToString(), StringComparison.Ordinal)
                        .Replace("{outlet}", Outlets[random.Next(Outlets.Length)], StringComparison.Ordinal));
                    text.Append(' ');
                }

                text.Append("(ref ").Append(i).Append('.').Append(random.Next()).Append(")\n\n");
            }

            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            File.WriteAllBytes(Path.Combine(folder, $"report-{i:D5}.txt"), bytes);
            total += bytes.Length;
        }

        return total;
    }

    /// <summary>Writes <paramref name="count"/> small PNG evidence files, each named after a report so they attach to it.</summary>
    public static void WriteEvidence(string folder, int count, int reports, int seed)
    {
        var random = new Random(seed);
        for (var i = 1; i <= count; i++)
        {
            var report = 1 + (i - 1) * Math.Max(1, reports / Math.Max(1, count));
            var unique = new byte[64];
            random.NextBytes(unique);
            File.WriteAllBytes(Path.Combine(folder, $"report-{report:D5}.png"), [.. OnePixelPng, .. unique]);
        }
    }

    // A valid 1×1 PNG; the random bytes appended after IEND make each file distinct.
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
