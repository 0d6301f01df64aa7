namespace Vigil.Storage.Sources;

/// <summary>A source that publishes reports (a news agency, an NGO, a state broadcaster …).</summary>
public sealed class Source
{
    /// <summary>Client-generated id (UUID v7), so that audit payloads can name it before the row is saved.</summary>
    public required Guid Id { get; init; }

    /// <summary>The source's name as first seen.</summary>
    public required string Name { get; set; }

    /// <summary>The name folded for lookup (lower case, single spaces). Unique.</summary>
    public required string Key { get; init; }

    /// <summary>news_agency, newspaper, broadcaster, ngo, state_media, party_affiliated, government, witness, social_media or other.</summary>
    public string Kind { get; set; } = "other";

    /// <summary>The organisation the source belongs to, if any ("IRGC", "MEK", "Government of Iran"). Sources with the same affiliation count once as corroboration.</summary>
    public string? Affiliation { get; set; }

    /// <summary>Reliability on the Admiralty scale: A (completely reliable) … E (unreliable), F (cannot be judged, the default until an editor grades it).</summary>
    public string Reliability { get; set; } = "F";

    /// <summary>When it was first seen (UTC).</summary>
    public DateTime CreatedAt { get; init; }

    /// <summary>The kinds a source can be.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["news_agency", "newspaper", "broadcaster", "ngo", "state_media", "party_affiliated", "government", "witness", "social_media", "other"];

    /// <summary>The Admiralty reliability grades.</summary>
    public static IReadOnlyList<string> Grades { get; } = ["A", "B", "C", "D", "E", "F"];

    /// <summary>Folds a source name into its lookup key.</summary>
    public static string KeyOf(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
