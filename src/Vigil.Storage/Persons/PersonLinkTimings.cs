using System.Diagnostics;

namespace Vigil.Storage.Persons;

/// <summary>
/// Where a <see cref="LinkPersons"/> run spent its time, by section (reading mentions, linking in memory, writing links,
/// describing persons, the audit, the search index, saving): wall time and the process's CPU time, which a loaded
/// machine distorts less. <c>vigil bench persons-list</c> prints them.
/// </summary>
public sealed class PersonLinkTimings
{
    private readonly Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)> _sections = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    /// <summary>The sections in the order first timed, with their total wall and CPU time.</summary>
    public IEnumerable<(string Section, TimeSpan Wall, TimeSpan Cpu)> Sections => _order.Select(s => (s, _sections[s].Wall, _sections[s].Cpu));

    /// <summary>A mark to time the next section from.</summary>
    public static (long Wall, TimeSpan Cpu) Now() => (Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime);

    /// <summary>Adds the time since <paramref name="started"/> (a <see cref="Now"/>) to <paramref name="section"/> and returns now.</summary>
    public (long Wall, TimeSpan Cpu) Add(string section, (long Wall, TimeSpan Cpu) started)
    {
        var now = Now();
        if (!_sections.TryGetValue(section, out var total))
        {
            _order.Add(section);
        }

        _sections[section] = (total.Wall + Stopwatch.GetElapsedTime(started.Wall, now.Wall), total.Cpu + (now.Cpu - started.Cpu));
        return now;
    }
}
