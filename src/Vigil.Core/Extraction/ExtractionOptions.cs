using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Extraction.Segmentation;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Extraction;

/// <summary>
/// The options of every stage, for <see cref="ExtractionPipeline.CreateDefault"/>. The pipeline reads them
/// while it runs: do not change them after building it.
/// </summary>
public sealed class ExtractionOptions
{
    /// <summary>Options of the segmentation stage.</summary>
    public SegmentationOptions Segmentation { get; set; } = new();

    /// <summary>Options of the dates stage.</summary>
    public DatesOptions Dates { get; set; } = new();

    /// <summary>Options of the places stage.</summary>
    public PlacesOptions Places { get; set; } = new();

    /// <summary>Options of the figures stage.</summary>
    public FiguresOptions Figures { get; set; } = new();

    /// <summary>Options of the persons stage.</summary>
    public PersonsOptions Persons { get; set; } = new();

    /// <summary>Options of the actors stage.</summary>
    public ActorsOptions Actors { get; set; } = new();

    /// <summary>Options of the statements stage.</summary>
    public StatementsOptions Statements { get; set; } = new();

    /// <summary>Options of the incidents stage.</summary>
    public IncidentsOptions Incidents { get; set; } = new();

    /// <summary>Options of the person-fates stage (named victims and detainees).</summary>
    public PersonFatesOptions PersonFates { get; set; } = new();
}
