namespace Vigil.Storage.Persons;

/// <summary>
/// One word a person is found by: a written name's word folded (lower case, no diacritics), or a name skeleton ("~rhm",
/// the whole name's key or one word's). The persons search looks words up here through an index instead of reading every
/// person's <see cref="Person.SearchText"/>, which these rows are split from (the machine's names; an editor's names are
/// matched in memory, as every edited field is).
/// </summary>
public sealed class PersonSearchTerm
{
    /// <summary>The person.</summary>
    public required Guid PersonId { get; init; }

    /// <summary>The word or "~" + skeleton.</summary>
    public required string Term { get; init; }
}
