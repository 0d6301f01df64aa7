using System.CommandLine;
using System.Diagnostics;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Statements;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench statements</c>: clusters the statements of one speaker quoted many times (an outlet's or a
/// spokesman's routine remarks, as a news agency's feed repeats them) and prints the time per size, so that
/// growth with the number of quotes can be read off: linear-ish, not quadratic. Prints figures; asserts nothing.
/// </summary>
internal static class StatementBenchCommand
{
    private static readonly string[] Places = ["Tehran", "Tabriz", "Shiraz", "Mashhad", "Isfahan", "Ahvaz", "Kermanshah", "Sanandaj", "Zahedan", "Rasht", "Khoy", "Karaj", "Qom", "Urmia", "Mahabad", "Izeh", "Bandar Abbas", "Kazerun", "Arak", "Yazd"];

    private static readonly string[] Templates =
    [
        "{n} rioters were arrested in {place} and handed over to the judiciary",
        "the situation in {place} is fully under control and the enemies of the nation have failed",
        "those who set fire to {n} banks in {place} will be punished severely",
        "security forces showed restraint in {place}; {n} officers were injured by armed thugs",
        "foreign media are spreading lies about {place}; no one was killed by the police",
        "we call on the people of {place} to stay away from the gatherings organised by {group}",
        "{n} weapons were seized from a team linked to {group} near {place}",
    ];

    private static readonly string[] Groups = ["the hypocrites", "foreign intelligence services", "separatist groups", "counter-revolutionaries", "Zionist agents"];

    public static Command Create(CliConsole console)
    {
        var quotes = new Option<int[]>("--quotes") { Description = "Numbers of quotes of the one speaker to cluster", DefaultValueFactory = _ => [5_000, 10_000, 20_000, 50_000], AllowMultipleArgumentsPerToken = true };
        var runs = new Option<int>("--runs") { Description = "Repetitions per size; the median is reported", DefaultValueFactory = _ => 3 };
        var command = new Command("statements", "Cluster the statements of one speaker quoted thousands of times (growth must stay far below quadratic)") { quotes, runs };
        command.SetAction(parse =>
        {
            var clusterer = new StatementClusterer(new SpeakerNames(["Police spokesman Saeed Montazeralmahdi"]));
            foreach (var count in parse.GetValue(quotes)!)
            {
                var records = Generate(count, seed: 11);
                var times = new List<double>();
                var cpu = new List<double>();
                var statements = 0;
                for (var run = 0; run < Math.Max(1, parse.GetValue(runs)); run++)
                {
                    var watch = Stopwatch.StartNew();
                    var cpuBefore = ThreadCpu.Milliseconds();
                    statements = clusterer.Cluster(records).Count;
                    cpu.Add((ThreadCpu.Milliseconds() - cpuBefore) / 1000);
                    times.Add(watch.Elapsed.TotalSeconds);
                }

                var median = BenchCommand.Median(times);
                console.Output.WriteLine($"{count} quotes of one speaker -> {statements} statements in {median:0.000} s (median of {times.Count}) = {count / median:0} quotes/s; " +
                    $"{BenchCommand.Median(cpu):0.000} CPU-s on the clustering thread (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
                console.Output.Flush();
            }

            return 0;
        });
        return command;
    }

    /// <summary>Routine remarks from templates with varied places, figures, groups and dates over five years.</summary>
    internal static List<StatementRecord> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2018, 1, 1);
        return Enumerable.Range(0, count).Select(i =>
        {
            var quote = Templates[random.Next(Templates.Length)]
                .Replace("{n}", random.Next(2, 400).ToString(), StringComparison.Ordinal)
                .Replace("{place}", Places[random.Next(Places.Length)], StringComparison.Ordinal)
                .Replace("{group}", Groups[random.Next(Groups.Length)], StringComparison.Ordinal);
            PartialDate? date = random.Next(50) == 0 ? null : PartialDate.OfDay(start.AddDays(random.Next(5 * 365)));
            var speaker = random.Next(3) == 0 ? "Montazeralmahdi" : "Police spokesman Saeed Montazeralmahdi";
            return new StatementRecord(new Guid(i, 0, 0, new byte[8]), speaker, null, date, quote, "outlet" + random.Next(10));
        }).ToList();
    }
}
