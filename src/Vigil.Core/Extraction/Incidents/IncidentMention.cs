using System.Collections.Immutable;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Extraction.Incidents;

/// <summary>One report's account of one incident: a type at one place on one day (or a range), with its evidence.</summary>
/// <param name="Type">What happened.</param>
/// <param name="Date">When (or the start of a range); null when the text does not say.</param>
/// <param name="DateEnd">The end of a range; null for a single date.</param>
/// <param name="Location">Where; null when the text does not say.</param>
/// <param name="Actors">Who acted (perpetrators, organisers).</param>
/// <param name="Victims">Who it was done to.</param>
/// <param name="Killed">Reported deaths, if any.</param>
/// <param name="Injured">Reported injuries, if any.</param>
/// <param name="Arrested">Reported arrests, if any.</param>
/// <param name="Evidence">The shortest span of the body that supports the incident.</param>
/// <param name="Confidence">0–1: how sure the classifier is.</param>
public sealed record IncidentMention(
    IncidentType Type,
    PartialDate? Date,
    PartialDate? DateEnd,
    Place? Location,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Victims,
    FigureRange? Killed,
    FigureRange? Injured,
    FigureRange? Arrested,
    TextSpan Evidence,
    double Confidence)
{
    private readonly DateSource _dateSource;

    /// <summary>
    /// True when the date is the day the report's source spoke ("…, Amnesty International said today"), the sentence
    /// giving none of its own: such a lede restates an incident the report dates elsewhere.
    /// </summary>
    internal bool DatedBySaying { get; init; }

    /// <summary>
    /// Where <see cref="Date"/> came from: the text, or the publication date standing in when the text gives none
    /// (<see cref="DateSource.None"/> whenever <see cref="Date"/> is null). Default <see cref="DateSource.Text"/>.
    /// </summary>
    public DateSource DateSource
    {
        get => Date is null ? DateSource.None : _dateSource;
        init => _dateSource = value;
    }
}
