using System.CommandLine;
using System.Globalization;
using Vigil.Core.Extraction.Output;
using Vigil.Storage.Incidents;

namespace Vigil.Cli.Incidents;

/// <summary>The incident filters shared by <c>incidents</c> and <c>export incidents</c>.</summary>
internal sealed class FilterOptions
{
    private readonly Option<string?> _from = new("--from") { Description = "Only incidents on or after this day (YYYY-MM-DD)" };
    private readonly Option<string?> _to = new("--to") { Description = "Only incidents on or before this day (YYYY-MM-DD)" };
    private readonly Option<string?> _type = new("--type") { Description = "Only this type (protest, riot, killing, injury, arrest, execution, attack, property_destruction, graffiti_poster, strike, other)" };
    private readonly Option<string?> _province = new("--province") { Description = "Only this province (admin1)" };
    private readonly Option<string?> _status = new("--status") { Description = "Only this review status (unreviewed, confirmed, disputed, rejected)" };
    private readonly Option<int?> _corroboration = new("--min-corroboration") { Description = "Only incidents with at least this many independent sources" };

    public void AddTo(Command command)
    {
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_type);
        command.Options.Add(_province);
        command.Options.Add(_status);
        command.Options.Add(_corroboration);
    }

    public bool TryRead(ParseResult parse, CliConsole console, out IncidentFilter filter)
    {
        filter = new IncidentFilter();
        DateOnly? from = null, to = null;
        if (parse.GetValue(_from) is { } f)
        {
            if (!DateOnly.TryParseExact(f, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                console.Fail($"--from: '{f}' is not a date YYYY-MM-DD");
                return false;
            }

            from = d;
        }

        if (parse.GetValue(_to) is { } t)
        {
            if (!DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                console.Fail($"--to: '{t}' is not a date YYYY-MM-DD");
                return false;
            }

            to = d;
        }

        var type = parse.GetValue(_type);
        if (type is not null && ExtractionJson.ParseType(type) is null)
        {
            console.Fail($"--type: '{type}' is not an incident type");
            return false;
        }

        var status = parse.GetValue(_status);
        if (status is not null && !IncidentStatus.All.Contains(status))
        {
            console.Fail($"--status: '{status}' is not one of {string.Join(", ", IncidentStatus.All)}");
            return false;
        }

        filter = new IncidentFilter { From = from, To = to, Type = type, Province = parse.GetValue(_province), Status = status, Corroboration = parse.GetValue(_corroboration) };
        return true;
    }
}
