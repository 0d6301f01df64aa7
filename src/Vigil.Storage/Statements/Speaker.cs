namespace Vigil.Storage.Statements;

/// <summary>A person or organisation that made statements, with the name variants and roles seen for them.</summary>
public sealed class Speaker
{
    /// <summary>Id.</summary>
    public required Guid Id { get; init; }

    /// <summary>The canonical identity key (folded full name).</summary>
    public required string Key { get; init; }

    /// <summary>The fullest name seen.</summary>
    public required string Name { get; set; }

    /// <summary>Every name form seen, "; "-separated ("Ali Khamenei; Khamenei; Supreme Leader Ali Khamenei").</summary>
    public string Variants { get; set; } = string.Empty;

    /// <summary>The name forms other than <see cref="Name"/>: what "also named" lists, without repeating the name shown above it.</summary>
    public IReadOnlyList<string> OtherNames() => OtherNames(Name, Variants);

    /// <summary>The forms in <paramref name="variants"/> other than <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> OtherNames(string name, string variants) =>
        [.. variants.Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(v => !string.Equals(v, name, StringComparison.OrdinalIgnoreCase))];

    /// <summary>Roles seen with their first and last dates, JSON array of {role, from, to}.</summary>
    public string RolesJson { get; set; } = "[]";
}
