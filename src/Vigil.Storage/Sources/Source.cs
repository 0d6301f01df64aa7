namespace Vigil.Storage.Sources;

/// <summary>An outlet that publishes reports (a news agency, an NGO, a state broadcaster …).</summary>
public sealed class Source
{
    /// <summary>Client-generated id (UUID v7), so that audit payloads can name it before the row is saved.</summary>
    public required Guid Id { get; init; }

    /// <summary>The outlet's name as first seen.</summary>
    public required string Name { get; set; }

    /// <summary>The name folded for lookup (lower case, single spaces). Unique.</summary>
    public required string Key { get; init; }

    /// <summary>news_agency, newspaper, broadcaster, ngo, state_media, party_affiliated, government, witness, social_media or other.</summary>
    public string Kind { get; set; } = "other";

    /// <summary>When it was first seen (UTC).</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>Folds an outlet name into its lookup key.</summary>
    public static string KeyOf(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
