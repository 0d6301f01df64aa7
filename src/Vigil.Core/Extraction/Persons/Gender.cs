namespace Vigil.Core.Extraction.Persons;

/// <summary>A person's gender, only where the text says it (a gendered word, pronoun or title for that person).</summary>
public enum Gender
{
    /// <summary>Female.</summary>
    Female,

    /// <summary>Male.</summary>
    Male,
}
