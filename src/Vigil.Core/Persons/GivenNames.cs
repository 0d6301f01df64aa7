namespace Vigil.Core.Persons;

/// <summary>
/// The given-name variants table (<c>Persons/Data/given-names.txt</c>): every spelling of a given name, in both
/// scripts, and the compound given names (Mohammadreza = Mohammad Reza). Immutable; thread-safe.
/// </summary>
public sealed class GivenNames
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);

    /// <summary>The table shipped with Vigil.</summary>
    public static GivenNames Default { get; } = new(ReadDefault());

    /// <summary>A table from <paramref name="lines"/> in the data file's format.</summary>
    public GivenNames(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            var words = (eq < 0 ? line : line[..eq]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var w in words)
            {
                _canonical[NameSkeleton.Fold(w)] = NameSkeleton.Fold(words[0]);
                _words.Add(NameSkeleton.Fold(w));
            }
        }
    }

    /// <summary>The canonical spelling of a given-name word ("muhammed" → "mohammad"), or the folded word itself.</summary>
    public string Canonical(string word)
    {
        var folded = NameSkeleton.Fold(word);
        return _canonical.GetValueOrDefault(folded, folded);
    }

    /// <summary>
    /// True when the word is a spelling of a given name in the table, in either script. Spellings, not skeletons:
    /// the surname "Rezaei" shares the skeleton of "Reza" but is no given name.
    /// </summary>
    public bool IsGivenName(string word) => _words.Contains(NameSkeleton.Fold(word));

    private static string[] ReadDefault()
    {
        using var stream = typeof(GivenNames).Assembly.GetManifestResourceStream("Vigil.Core.Persons.given-names.txt")
            ?? throw new InvalidOperationException("the given-names table is not embedded in Vigil.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n');
    }
}
