namespace Vigil.Core.Extraction.Actors;

/// <summary>Options of the actors stage.</summary>
public sealed class ActorsOptions
{
    /// <summary>Whether to find named people after a title ("Supreme Leader Ali Khamenei"). Default true.</summary>
    public bool IncludePeople { get; set; } = true;

    /// <summary>The most capitalised words read as a person's name after a title. Default 4 ("Ali Akbar Hashemi Rafsanjani").</summary>
    public int MaxNameWords { get; set; } = 4;
}
