using System.Linq.Expressions;

namespace Vigil.Storage.Incidents;

/// <summary>
/// Filters on the fields an editor may set (type, dates, province), by effective values: SQL compares the
/// machine values in the indexed columns for incidents no editor changed in those fields, and the edited ones
/// (<see cref="EditedIncident"/>) are decided here by their effective values and joined in by id. With no
/// edits the query is exactly the machine-value one, so its indexes serve it.
/// </summary>
/// <param name="Type">Incident type.</param>
/// <param name="From">Incidents whose date window ends on or after this day.</param>
/// <param name="To">Incidents whose date window starts on or before this day.</param>
/// <param name="Province">Province (admin1).</param>
/// <param name="ProvinceIgnoresCase">Match the province case-insensitively (typed by hand) rather than exactly (chosen from a list, which an index serves).</param>
public sealed record EffectiveFilter(string? Type = null, DateOnly? From = null, DateOnly? To = null, string? Province = null, bool ProvinceIgnoresCase = false)
{
    /// <summary>True when <paramref name="incident"/>'s effective values pass the filter.</summary>
    public bool Passes(EditedIncident incident) =>
        (Type is null || incident.Type == Type)
        && (From is null || incident.DateTo >= From)
        && (To is null || incident.DateFrom <= To)
        && (Province is null || string.Equals(incident.Admin1, Province, ProvinceIgnoresCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    /// <summary>Applies the filter to <paramref name="query"/>, using the effective values of the <paramref name="edited"/> incidents.</summary>
    public IQueryable<Incident> Apply(IQueryable<Incident> query, IReadOnlyCollection<EditedIncident> edited)
    {
        var machine = Machine();
        if (machine is null)
        {
            return query;
        }

        var touched = edited.Where(Touches).ToList();
        if (touched.Count == 0)
        {
            return query.Where(machine);
        }

        var touchedIds = touched.Select(e => e.Id).ToList();
        var passingIds = touched.Where(Passes).Select(e => e.Id).ToList();
        Expression<Func<Incident, bool>> untouched = i => !touchedIds.Contains(i.Id);
        Expression<Func<Incident, bool>> passing = i => passingIds.Contains(i.Id);
        return query.Where(Or(And(machine, untouched), passing));
    }

    // Whether an editor changed a field this filter looks at (only then can the machine value mislead).
    private bool Touches(EditedIncident incident) =>
        (Type is not null && incident.Fields.Contains("type"))
        || ((From is not null || To is not null) && (incident.Fields.Contains("date") || incident.Fields.Contains("date_end")))
        || (Province is not null && incident.Fields.Contains("admin1"));

    private Expression<Func<Incident, bool>>? Machine()
    {
        Expression<Func<Incident, bool>>? all = null;
        void Add(Expression<Func<Incident, bool>> part) => all = all is null ? part : And(all, part);
        if (Type is { } type)
        {
            Add(i => i.Type == type);
        }

        if (From is { } from)
        {
            Add(i => i.DateTo >= from);
        }

        if (To is { } to)
        {
            Add(i => i.DateFrom <= to);
        }

        if (Province is { } province)
        {
#pragma warning disable CA1862 // string.Equals(…, StringComparison) is not translatable to SQL by every provider
            var folded = province.ToLowerInvariant();
            Add(ProvinceIgnoresCase ? i => i.Admin1 != null && i.Admin1.ToLower() == folded : i => i.Admin1 == province);
#pragma warning restore CA1862
        }

        return all;
    }

    private static Expression<Func<Incident, bool>> And(Expression<Func<Incident, bool>> left, Expression<Func<Incident, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    private static Expression<Func<Incident, bool>> Or(Expression<Func<Incident, bool>> left, Expression<Func<Incident, bool>> right) =>
        Combine(left, right, Expression.OrElse);

    private static Expression<Func<Incident, bool>> Combine(Expression<Func<Incident, bool>> left, Expression<Func<Incident, bool>> right, Func<Expression, Expression, BinaryExpression> join)
    {
        var parameter = left.Parameters[0];
        var body = new Rebind(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<Incident, bool>>(join(left.Body, body), parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
