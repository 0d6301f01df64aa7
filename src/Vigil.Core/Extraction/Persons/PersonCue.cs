namespace Vigil.Core.Extraction.Persons;

/// <summary>What showed that a capitalised run names a person.</summary>
public enum PersonCue
{
    /// <summary>A title or office before it ("Supreme Leader Ali Khamenei", "the commander of state security forces Hossein Ashtari").</summary>
    Title,

    /// <summary>The name itself: it opens with a given name or an honorific ("Mojtaba Zolnour", "Molavi Abdolhamid").</summary>
    Name,
}
