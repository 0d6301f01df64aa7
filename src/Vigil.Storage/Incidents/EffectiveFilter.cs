using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage.Incidents;

/// <summary>
/// Filters on the fields an editor may set (type, dates, province), by effective values: SQL compares the
/// machine values in the indexed columns, and the edited incidents (<see cref="EditedIncident"/>) whose
/// machine and effective values disagree about the filter are taken out of that query or added to it by id.
/// With no such disagreement the query is exactly the machine-value one, so its indexes serve it. Apply it
/// after the other filters, so both arms of the union carry them.
/// </summary>
/// <param name="Type">Incident type.</param>
/// <param name="From">Incidents whose date window ends on or after this day.</param>
/// <param name="To">Incidents whose date window starts on or before this day.</param>
/// <param name="Province">Province (admin1).</param>
/// <param name="ProvinceIgnoresCase">Match the province case-insensitively (typed by hand) rather than exactly (chosen from a list, which an index serves).</param>
public sealed record EffectiveFilter(string? Type = null, DateOnly? From = null, DateOnly? To = null, string? Province = null, bool ProvinceIgnoresCase = false)
{
    /// <summary>True when <paramref name="incident"/>'s effective values pass the filter.</summary>
    public bool Passes(EditedIncident incident) => Passes(incident.Type, incident.DateFrom, incident.DateTo, incident.Admin1);

    /// <summary>Applies the filter to <paramref name="query"/>, using the effective values of the <paramref name="edited"/> incidents.</summary>
    public IQueryable<Incident> Apply(IQueryable<Incident> query, IReadOnlyCollection<EditedIncident> edited) => Split(query, edited).All;

    /// <summary>
    /// As <see cref="Apply"/>, with the two parts kept apart: the incidents whose machine values pass (less the few an editor
    /// moved out) and the few an editor moved in, so a list can take each part's newest from its own index (<see cref="NewestIncidents"/>).
    /// </summary>
    public EffectiveQuery Split(IQueryable<Incident> query, IReadOnlyCollection<EditedIncident> edited)
    {
        if (Type is null && From is null && To is null && Province is null)
        {
            return new EffectiveQuery(query, null);
        }

        // Where the machine and the editor's values disagree about this filter, the machine's SQL alone would be
        // wrong: those incidents are taken out of it, or added to it by id. These lists stay short even when many
        // incidents are edited, and each goes to the database as one parameter.
        var wrong = edited.Where(e => MachinePasses(e) != Passes(e)).ToList();
        var excluded = wrong.Where(e => !Passes(e)).Select(e => e.Id).ToList();
        var added = wrong.Where(Passes).Select(e => e.Id).ToList();
        var machine = Machine(query);
        if (excluded.Count > 0)
        {
            machine = machine.Where(i => !EF.Parameter(excluded).Contains(i.Id));
        }

        return new EffectiveQuery(machine, added.Count == 0 ? null : query.Where(i => EF.Parameter(added).Contains(i.Id)));
    }

    /// <summary>True when <paramref name="incident"/>'s machine values pass, that is, when the indexed SQL alone would list it.</summary>
    public bool MachinePasses(EditedIncident incident) =>
        Passes(incident.Machine.Type, incident.Machine.DateFrom, incident.Machine.DateTo, incident.Machine.Admin1);

    private bool Passes(string type, DateOnly? dateFrom, DateOnly? dateTo, string? admin1) =>
        (Type is null || type == Type)
        && (From is null || dateTo >= From)
        && (To is null || dateFrom <= To)
        && (Province is null || string.Equals(admin1, Province, ProvinceIgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    // The filter on the machine values in the indexed columns.
    private IQueryable<Incident> Machine(IQueryable<Incident> query)
    {
        if (Type is { } type)
        {
            query = query.Where(i => i.Type == type);
        }

        if (From is { } from)
        {
            query = query.Where(i => i.DateTo >= from);
        }

        if (To is { } to)
        {
            query = query.Where(i => i.DateFrom <= to);
        }

        if (Province is { } province)
        {
#pragma warning disable CA1862 // string.Equals(…, StringComparison) is not translatable to SQL by every provider
            var folded = province.ToLowerInvariant();
            query = ProvinceIgnoresCase
                ? query.Where(i => i.Admin1 != null && i.Admin1.ToLower() == folded)
                : query.Where(i => i.Admin1 == province);
#pragma warning restore CA1862
        }

        return query;
    }
}
