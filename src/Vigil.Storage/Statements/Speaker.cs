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

    /// <summary>Roles seen with their first and last dates, JSON array of {role, from, to}.</summary>
    public string RolesJson { get; set; } = "[]";
}
