namespace Vigil.Core.Extraction;

/// <summary>
/// The pipeline's stages in the order they run — written once, here. Each stage reads what the stages
/// above it stored in the <see cref="ExtractionContext"/>.
/// </summary>
internal enum StageSlot
{
    Segmentation,
    Dates,
    Places,
    Figures,
    Persons,
    Actors,
    Statements,
    Incidents,
    PersonFates,
}
