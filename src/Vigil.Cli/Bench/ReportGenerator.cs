using System.Text;

namespace Vigil.Cli.Bench;

/// <summary>Writes synthetic but realistic-looking reports (front matter + ~5 KB of news-like prose) for benchmarks. Deterministic for a seed.</summary>
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

    /// <summary>Writes <paramref name="count"/> reports named report-00001.txt … into <paramref name="folder"/>; returns total bytes.</summary>
    public static long WriteReports(string folder, int count, int seed, int targetBytes = 5000)
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
