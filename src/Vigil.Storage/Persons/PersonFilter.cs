using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction.Dates;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// Every person list, count and export filter, written once for the CLI, the web pages and the API. Readers (viewers,
/// the public view) see only persons an editor confirmed and marked publishable, whatever else the filter says.
/// An editor's value (age, gender, province, date, fate, name) is what the filter reads where one is set
/// (<see cref="ApplyAsync"/>): the indexed columns hold the machine's values, so the few edited persons are matched by
/// their effective values in memory and added to the indexed query of the others.
/// </summary>
public sealed record PersonFilter
{
    /// <summary>A fate the person suffered (killed, arrested …).</summary>
    public string? Fate { get; init; }

    /// <summary>Persons with a fate on or after this day.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Persons with a fate on or before this day.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Province (English name, case-insensitive).</summary>
    public string? Admin1 { get; init; }

    /// <summary>Lowest stated age (a person any source gives this age or more).</summary>
    public int? AgeMin { get; init; }

    /// <summary>Highest stated age: 17 lists children (any source giving an age under 18).</summary>
    public int? AgeMax { get; init; }

    /// <summary>female or male.</summary>
    public string? Gender { get; init; }

    /// <summary>Review status.</summary>
    public string? Status { get; init; }

    /// <summary>A source name (part of it, case-insensitive).</summary>
    public string? Source { get; init; }

    /// <summary>A name in any spelling or script.</summary>
    public string? Search { get; init; }

    /// <summary>Who reads: <see cref="IncidentAudience.Reader"/> sees confirmed, publishable persons only.</summary>
    public IncidentAudience Audience { get; init; } = IncidentAudience.Operator;

    /// <summary>The age band an "under 18" filter asks for.</summary>
    public const int ChildAgeMax = 17;

    // The fates as a person's Fates column writes them (lower case), a closed set: each is a statement of its own.
    private static readonly HashSet<string> KnownFates = [.. Enum.GetNames<Vigil.Core.Extraction.Persons.Fate>().Select(n => n.ToLowerInvariant())];

    /// <summary>True when the filter reads a field an editor may set a value for.</summary>
    public bool ReadsEditableFields =>
        Fate is { Length: > 0 } || From is not null || To is not null || Admin1 is { Length: > 0 } || AgeMin is not null || AgeMax is not null
        || Gender is { Length: > 0 } || Search is { Length: > 0 };

    /// <summary>
    /// Applies the filter by effective values: persons without an editor's value by the machine columns (in the database),
    /// persons with one by the editor's value where set and the machine's elsewhere (<see cref="Matches"/>, in memory).
    /// Only the edited persons that could pass are read for that (a field an editor set, or a machine value that passes;
    /// the partial index on edited persons finds them), not every edited person.
    /// </summary>
    public async Task<IQueryable<Person>> ApplyAsync(IQueryable<Person> persons, IQueryable<PersonSearchTerm> terms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(terms);
        if (!ReadsEditableFields)
        {
            return Apply(persons, terms, loose: false);
        }

        // Only the columns Matches reads (not the fates' and ages' JSON), for the few edited persons that could pass.
        var edited = await Apply(persons.Where(p => p.OverridesJson != "{}"), terms, loose: true)
            .Select(p => new Person
            {
                Id = p.Id, Key = string.Empty, Name = string.Empty, SearchText = p.SearchText, AgeMin = p.AgeMin, AgeMax = p.AgeMax, Gender = p.Gender,
                Fates = p.Fates, DateFrom = p.DateFrom, DateTo = p.DateTo, Admin1 = p.Admin1, Sources = p.Sources, Status = p.Status,
                Publishable = p.Publishable, OverridesJson = p.OverridesJson,
            })
            .ToListAsync(cancellationToken);
        var matching = edited.Where(Matches).Select(p => p.Id).ToList();

        // One query, the matching edited persons let through each condition by id: a union of two queries would be
        // sorted whole for the page, where one query walks the list's index and stops at the page.
        return matching.Count == 0
            ? Apply(persons.Where(p => p.OverridesJson == "{}"), terms, loose: false)
            : Apply(persons.Where(p => p.OverridesJson == "{}" || EF.Parameter(matching).Contains(p.Id)), terms, loose: false, matching);
    }

    /// <summary>Whether <paramref name="person"/> passes the filter by its effective values (the editor's where set).</summary>
    public bool Matches(Person person) => Matches(EditedPerson.Of(person), Search is { Length: > 0 } search ? PersonSearch.Of(search) : null);

    /// <summary>
    /// Whether <paramref name="edited"/> passes the filter by its effective values; <paramref name="search"/> is the
    /// filter's <see cref="Search"/> read once (<see cref="PersonSearch.Of"/>) for a list of persons.
    /// </summary>
    public bool Matches(EditedPerson edited, PersonSearch? search) => Matches(edited, search, new Test(this));

    // The same, with the filter's values read once (Test) for a list of persons.
    internal bool Matches(EditedPerson edited, PersonSearch? search, Test test)
    {
        ArgumentNullException.ThrowIfNull(edited);
        var person = edited.Person;
        return test.Status(person.Status, person.Publishable) && test.Fates(edited.Fates) && test.Dates(edited.DateFrom, edited.DateTo)
            && test.Admin1(edited.Admin1) && test.Ages(edited.AgeMin, edited.AgeMax) && test.Gender(edited.Gender) && test.Sources(person.Sources)
            && (Search is not { Length: > 0 } || (search ?? PersonSearch.Of(Search)).Matches(edited.Terms));
    }

    /// <summary>
    /// The filter's conditions field by field over one person's values, its texts read once: what <see cref="Matches(EditedPerson, PersonSearch?)"/>
    /// tests on an edited person's effective values and <see cref="PersonListIndex"/> on the machine's values of the
    /// others, as the database's query of the same filter (<see cref="ApplyUnedited"/>) tests them. The name search is
    /// not in it (the index finds those persons).
    /// </summary>
    internal sealed class Test(PersonFilter filter)
    {
        private readonly string? _fate = filter.Fate is { Length: > 0 } f ? f.Trim().ToLowerInvariant() : null;
        private readonly string? _admin1 = filter.Admin1 is { Length: > 0 } a ? a.Trim() : null;
        private readonly string? _source = filter.Source is { Length: > 0 } s ? s.Trim() : null;
        private readonly string? _status = filter.Status is { Length: > 0 } s ? s : null;
        private readonly string? _gender = filter.Gender is { Length: > 0 } g ? g : null;

        /// <summary>Whether only confirmed, publishable persons are listed.</summary>
        public bool Reader { get; } = filter.Audience == IncidentAudience.Reader;

        /// <summary>Which of the text conditions the filter sets (a list tests only those).</summary>
        public bool HasFate => _fate is not null;

        public bool HasAdmin1 => _admin1 is not null;

        public bool HasGender => _gender is not null;

        public bool HasSource => _source is not null;

        public bool HasDates => filter.From is not null || filter.To is not null;

        public bool HasAges => filter.AgeMin is not null || filter.AgeMax is not null;

        /// <summary>The audience and the status asked for.</summary>
        public bool Status(string status, bool publishable) =>
            (!Reader || (status == IncidentStatus.Confirmed && publishable)) && (_status is null || status == _status);

        /// <summary>As <see cref="Status"/>, rejected persons left out unless the filter asks for a status (every list does so).</summary>
        public bool Listed(string status, bool publishable) => Status(status, publishable) && (_status is not null || status != IncidentStatus.Rejected);

        /// <summary>A fate as part of the fates' text, as the database's <c>LIKE</c> reads the machine's ("kill" lists the killed).</summary>
        public bool Fates(string fates) => _fate is null || fates.Contains(_fate, StringComparison.Ordinal);

        /// <summary>The same over an edited person's effective fates.</summary>
        public bool Fates(IReadOnlySet<string> fates) => _fate is null || fates.Any(f => f.Contains(_fate, StringComparison.Ordinal));

        public bool Dates(DateOnly? dateFrom, DateOnly? dateTo) =>
            (filter.From is not { } from || dateTo >= from) && (filter.To is not { } to || dateFrom <= to);

        public bool Admin1(string? admin1) => _admin1 is null || string.Equals(admin1, _admin1, StringComparison.OrdinalIgnoreCase);

        public bool Ages(int? ageMin, int? ageMax) => (filter.AgeMin is not { } min || ageMax >= min) && (filter.AgeMax is not { } max || ageMin <= max);

        public bool Gender(string? gender) => _gender is null || gender == _gender;

        public bool Sources(string sources) => _source is null || sources.Contains(_source, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The persons without an editor's value that pass the filter, by the machine columns alone: one query of plain
    /// conditions that an index can walk in the list's order (the edited persons are matched in memory, <see cref="Matches(EditedPerson, PersonSearch?)"/>).
    /// </summary>
    public IQueryable<Person> ApplyUnedited(IQueryable<Person> persons, IQueryable<PersonSearchTerm> terms)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ArgumentNullException.ThrowIfNull(terms);
        return Apply(persons.Where(p => p.OverridesJson == "{}"), terms, loose: false);
    }

    /// <summary>
    /// Applies the filter's audience, status and source to a query over persons (for lists that take no name, age, fate,
    /// date, province or gender: those need <see cref="ApplyAsync"/>, which reads editors' values).
    /// </summary>
    public IQueryable<Person> Apply(IQueryable<Person> persons)
    {
        if (Search is { Length: > 0 })
        {
            throw new InvalidOperationException("a name search needs the search terms: use ApplyAsync");
        }

        return Apply(persons, null!, loose: false, []);
    }

    // The filter over the machine values (the indexed columns). Loose: a field an editor set passes whatever its machine
    // value, so that Matches can then decide on the editor's value in memory.
#pragma warning disable CA1862, CA1311, CA1304 // ToLower() is translated to SQL (lower()), where no StringComparison overload is
    private IQueryable<Person> Apply(IQueryable<Person> persons, IQueryable<PersonSearchTerm> terms, bool loose, List<Guid>? pass = null)
    {
        // Edited persons that passed in memory (pass) skip the conditions on fields an editor may set; loose lets through
        // every person whose editor set the field, for Matches to decide.
        pass ??= [];
        var any = pass.Count > 0;
        if (Audience == IncidentAudience.Reader)
        {
            persons = persons.Where(p => p.Status == IncidentStatus.Confirmed && p.Publishable);
        }

        if (Fate is { Length: > 0 } fate)
        {
            // One of the fates the extraction writes goes into the SQL as a constant (any other text stays a parameter).
            // PostgreSQL plans a statement it has run five times for any parameter, and for "fates LIKE $1" it guessed
            // a rare fate: a name search with a fate then walked every person in the list's order testing each against
            // the search's ids (7.3 s for "Yazdani" + arrested on the 63,316-person store; 75 ms with the constant).
            var f = fate.Trim().ToLowerInvariant();
            if (KnownFates.Contains(f))
            {
                // (Contains with EF.Constant still sent its LIKE pattern as a parameter; a LIKE of a constant pattern does
                // not. Both sides are lower case, so SQLite's case-blind LIKE matches as its instr() did.)
                var pattern = "%" + f + "%";
                persons = loose ? persons.Where(p => EF.Functions.Like(p.Fates, EF.Constant(pattern)) || p.OverridesJson.Contains("\"fate\""))
                    : any ? persons.Where(p => EF.Functions.Like(p.Fates, EF.Constant(pattern)) || EF.Parameter(pass).Contains(p.Id))
                    : persons.Where(p => EF.Functions.Like(p.Fates, EF.Constant(pattern)));
            }
            else
            {
                persons = loose ? persons.Where(p => p.Fates.Contains(f) || p.OverridesJson.Contains("\"fate\""))
                    : any ? persons.Where(p => p.Fates.Contains(f) || EF.Parameter(pass).Contains(p.Id))
                    : persons.Where(p => p.Fates.Contains(f));
            }
        }

        if (From is { } from)
        {
            persons = loose ? persons.Where(p => p.DateTo >= from || p.OverridesJson.Contains("\"date\""))
                : any ? persons.Where(p => p.DateTo >= from || EF.Parameter(pass).Contains(p.Id))
                : persons.Where(p => p.DateTo >= from);
        }

        if (To is { } to)
        {
            persons = loose ? persons.Where(p => p.DateFrom <= to || p.OverridesJson.Contains("\"date\""))
                : any ? persons.Where(p => p.DateFrom <= to || EF.Parameter(pass).Contains(p.Id))
                : persons.Where(p => p.DateFrom <= to);
        }

        if (Admin1 is { Length: > 0 } admin1)
        {
            // lower("Admin1") leads a covering index in the list's order on both providers (migration PersonListUnedited). The
            // plain condition has no "Admin1" IS NOT NULL (lower(NULL) equals nothing in SQL): that index holds lower("Admin1"),
            // not the column, so testing the column made each person's row be read (SQLite: 4 -> 0.1 ms for Kurdistan since 2021).
            var a = admin1.Trim().ToLower();
            persons = loose ? persons.Where(p => (p.Admin1 != null && p.Admin1.ToLower() == a) || p.OverridesJson.Contains("\"admin1\""))
                : any ? persons.Where(p => (p.Admin1 != null && p.Admin1.ToLower() == a) || EF.Parameter(pass).Contains(p.Id))
                : persons.Where(p => p.Admin1!.ToLower() == a);
        }

        if (AgeMin is { } min)
        {
            persons = loose ? persons.Where(p => p.AgeMax >= min || p.OverridesJson.Contains("\"age\""))
                : any ? persons.Where(p => p.AgeMax >= min || EF.Parameter(pass).Contains(p.Id))
                : persons.Where(p => p.AgeMax >= min);
        }

        if (AgeMax is { } max)
        {
            // Children (the age band the pages offer) as a constant, not a parameter: the SQL then reads "AgeMin" <= 17, which
            // a partial index over the unedited children in the list's order names in its condition (migration
            // PersonListChildren), so the list walks the children alone instead of every person to find them.
            persons = loose ? persons.Where(p => p.AgeMin <= max || p.OverridesJson.Contains("\"age\""))
                : any ? persons.Where(p => p.AgeMin <= max || EF.Parameter(pass).Contains(p.Id))
                : max == ChildAgeMax ? persons.Where(p => p.AgeMin <= ChildAgeMax)
                : persons.Where(p => p.AgeMin <= max);
        }

        if (Gender is { Length: > 0 } gender)
        {
            persons = loose ? persons.Where(p => p.Gender == gender || p.OverridesJson.Contains("\"gender\""))
                : any ? persons.Where(p => p.Gender == gender || EF.Parameter(pass).Contains(p.Id))
                : persons.Where(p => p.Gender == gender);
        }

        if (Status is { Length: > 0 } status)
        {
            persons = persons.Where(p => p.Status == status);
        }

        if (Source is { Length: > 0 } source)
        {
            var s = source.Trim().ToLower();
            persons = persons.Where(p => p.Sources.ToLower().Contains(s));
        }

        if (Search is { Length: > 0 } search)
        {
            var found = PersonSearch.Of(search).Ids(terms);
            persons = loose ? persons.Where(p => found.Contains(p.Id) || p.OverridesJson.Contains("\"name\"") || p.OverridesJson.Contains("\"name_local\""))
                : any ? persons.Where(p => found.Contains(p.Id) || EF.Parameter(pass).Contains(p.Id))
                : persons.Where(p => found.Contains(p.Id));
        }

        return persons;
    }
#pragma warning restore CA1862, CA1311, CA1304
}
