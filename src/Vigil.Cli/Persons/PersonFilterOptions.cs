using System.CommandLine;
using System.Globalization;
using Vigil.Core.Extraction.Persons;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;

namespace Vigil.Cli.Persons;

/// <summary>The person filters shared by <c>vigil persons</c> and <c>vigil export persons</c>.</summary>
internal sealed class PersonFilterOptions
{
    private readonly Option<string?> _fate = new("--fate") { Description = $"A fate: {string.Join(", ", Enum.GetNames<Fate>().Select(n => n.ToLowerInvariant()))}" };
    private readonly Option<string?> _from = new("--from") { Description = "With a fate on or after this day (YYYY-MM-DD)" };
    private readonly Option<string?> _to = new("--to") { Description = "With a fate on or before this day (YYYY-MM-DD)" };
    private readonly Option<string?> _province = new("--province") { Description = "Province (English name)" };
    private readonly Option<int?> _ageMin = new("--age-min") { Description = "A stated age of at least this" };
    private readonly Option<int?> _ageMax = new("--age-max") { Description = "A stated age of at most this" };
    private readonly Option<bool> _children = new("--children") { Description = "Children: a stated age under 18" };
    private readonly Option<string?> _gender = new("--gender") { Description = "female or male" };
    private readonly Option<string?> _status = new("--status") { Description = $"Review status: {string.Join(", ", PersonStatus.All)}" };
    private readonly Option<string?> _source = new("--source") { Description = "A source (part of its name)" };
    private readonly Option<string?> _search = new("--search") { Description = "A name in any spelling or script" };
    private readonly Option<bool> _public = new("--public") { Description = "Only what viewers and the public view see: confirmed persons an editor marked publishable" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _fate, _from, _to, _province, _ageMin, _ageMax, _children, _gender, _status, _source, _search, _public })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the filter; on bad input says which option and why (never echoing a name) and returns false.</summary>
    public bool TryRead(ParseResult parse, CliConsole console, out PersonFilter filter)
    {
        filter = new PersonFilter();
        var fate = parse.GetValue(_fate)?.Trim().ToLowerInvariant();
        if (fate is not null && !Enum.TryParse<Fate>(fate, ignoreCase: true, out _))
        {
            console.Fail($"--fate: not one of {string.Join(", ", Enum.GetNames<Fate>().Select(n => n.ToLowerInvariant()))}");
            return false;
        }

        DateOnly? from = null, to = null;
        foreach (var (option, set) in new (Option<string?>, Action<DateOnly>)[] { (_from, d => from = d), (_to, d => to = d) })
        {
            if (parse.GetValue(option) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    console.Fail($"{option.Name}: '{text}' is not a day (YYYY-MM-DD)");
                    return false;
                }

                set(day);
            }
        }

        if (from is { } first && to is { } last && last < first)
        {
            console.Fail("--to: is before --from");
            return false;
        }

        var gender = parse.GetValue(_gender)?.Trim().ToLowerInvariant();
        if (gender is not null and not ("female" or "male"))
        {
            console.Fail("--gender: female or male");
            return false;
        }

        var status = parse.GetValue(_status)?.Trim().ToLowerInvariant();
        if (status is not null && !PersonStatus.All.Contains(status))
        {
            console.Fail($"--status: not one of {string.Join(", ", PersonStatus.All)}");
            return false;
        }

        var ageMin = parse.GetValue(_ageMin);
        var ageMax = parse.GetValue(_ageMax);
        foreach (var (option, age) in new[] { (_ageMin, ageMin), (_ageMax, ageMax) })
        {
            if (age is < 0 or > 120)
            {
                console.Fail($"{option.Name}: a whole number of years between 0 and 120");
                return false;
            }
        }

        if (ageMin is { } youngest && ageMax is { } oldest && oldest < youngest)
        {
            console.Fail("--age-max: is below --age-min");
            return false;
        }

        if (parse.GetValue(_children))
        {
            ageMax = Math.Min(ageMax ?? PersonFilter.ChildAgeMax, PersonFilter.ChildAgeMax);
        }

        filter = new PersonFilter
        {
            Fate = fate,
            From = from,
            To = to,
            Admin1 = parse.GetValue(_province),
            AgeMin = ageMin,
            AgeMax = ageMax,
            Gender = gender,
            Status = status,
            Source = parse.GetValue(_source),
            Search = parse.GetValue(_search),
            Audience = parse.GetValue(_public) ? IncidentAudience.Reader : IncidentAudience.Operator,
        };
        return true;
    }
}
