using Vigil.Core;
using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage;

/// <summary>
/// The one rule for ids as people see and type them, in every CLI command and web page: a UUID (incident, mention,
/// person) is shown by its last 12 hex digits, because the first ones of a time-ordered UUID are shared by everything
/// made in the same second, and can be typed whole or as a unique suffix of 6 to 12 hex digits; a SHA-256 (report,
/// evidence file) is shown by its first 12 hex digits and can be typed whole or as a unique prefix of at least 6.
/// </summary>
public static class ShortIds
{
    /// <summary>The fewest hex digits a typed short id may have.</summary>
    public const int MinDigits = 6;

    /// <summary>How many hex digits lists show.</summary>
    public const int ShownDigits = 12;

    /// <summary>The short form of a UUID: its last 12 hex digits.</summary>
    public static string Of(Guid id) => id.ToString("N")[^ShownDigits..];

    /// <summary>The short form of any stored id: a UUID's last 12 hex digits, a hash's first 12, anything shorter as it is.</summary>
    public static string Of(string id) =>
        Guid.TryParse(id, out var guid) ? Of(guid) : id.Length > ShownDigits ? id[..ShownDigits] : id;

    /// <summary>
    /// Resolves a full UUID or a unique suffix among <paramref name="ids"/>: the id, Invalid (not an id, or more than one
    /// match; named <paramref name="parameter"/>) or NotFound. <paramref name="noun"/> names what is looked for in messages.
    /// </summary>
    public static async Task<Outcome<Guid>> ResolveAsync(IQueryable<Guid> ids, string noun, string? text, string parameter, CancellationToken cancellationToken = default)
    {
        text = text?.Trim() ?? string.Empty;
        if (Guid.TryParse(text, out var full))
        {
            return await ids.AnyAsync(id => id == full, cancellationToken) ? full : Outcome.NotFound($"{Noun(noun)} {full}");
        }

        var suffix = text.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (suffix.Length is < MinDigits or > ShownDigits || !suffix.All(char.IsAsciiHexDigit))
        {
            return Outcome.Invalid(parameter, $"'{text}' is not {Article(noun)} {Noun(noun)} id (a UUID, or its last {MinDigits} to {ShownDigits} hex digits)");
        }

        // The last 12 hex digits are the UUID's last group, so a suffix of at most 12 needs no dash handling.
#pragma warning disable CA1862, CA1311 // ToLower() is translated to SQL; stored GUID text is upper case on SQLite and lower case on PostgreSQL
        var matches = await ids.Where(id => id.ToString().ToLower().EndsWith(suffix)).Take(2).ToListAsync(cancellationToken);
#pragma warning restore CA1862, CA1311
        return matches.Count switch
        {
            0 => Outcome.NotFound($"{Noun(noun)} ends in {suffix}"),
            1 => matches[0],
            _ => Outcome.Invalid(parameter, $"more than one {Noun(noun)} ends in {suffix}: give more digits"),
        };
    }

    /// <summary>
    /// Resolves a full SHA-256 or a unique prefix of at least 6 hex digits among <paramref name="ids"/> (lower-case hex):
    /// the id, Invalid (named <paramref name="parameter"/>) or NotFound.
    /// </summary>
    public static async Task<Outcome<string>> ResolveHashAsync(IQueryable<string> ids, string noun, string? text, string parameter, CancellationToken cancellationToken = default)
    {
        var prefix = text?.Trim().ToLowerInvariant() ?? string.Empty;
        if (prefix.Length is < MinDigits or > 64 || !prefix.All(char.IsAsciiHexDigit))
        {
            return Outcome.Invalid(parameter, $"'{text?.Trim()}' is not {Article(noun)} {Noun(noun)} id (a SHA-256, or its first {MinDigits} or more hex digits)");
        }

        var matches = await ids.Where(id => id.StartsWith(prefix)).Take(2).ToListAsync(cancellationToken);
        return matches.Count switch
        {
            0 => Outcome.NotFound($"{Noun(noun)} starts with {prefix[..Math.Min(prefix.Length, ShownDigits)]}"),
            1 => matches[0],
            _ => Outcome.Invalid(parameter, $"more than one {Noun(noun)} starts with {prefix}: give more digits"),
        };
    }

    private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";

    // The noun as a message of its own ("incident"), so a page can translate it inside the sentence.
    private static UserMessage Noun(string noun) => noun;
}
