using System.Globalization;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Counts;

/// <summary>The counts stage's files of a language pack (count-numbers, count-modifiers, count-categories, count-units), loaded once per pack and shared read-only.</summary>
internal sealed class CountLexicon
{
    private CountLexicon(LanguagePack pack)
    {
        foreach (var f in pack.Entries("count-numbers.txt"))
        {
            var min = int.Parse(f[1], CultureInfo.InvariantCulture);
            int? max = f.Length > 2 && f[2].Length > 0 ? int.Parse(f[2], CultureInfo.InvariantCulture) : null;
            Numbers.Add(f[0], new CountRange(min, max));
        }

        foreach (var f in pack.Entries("count-modifiers.txt"))
        {
            Modifiers.Add(f[0], f[1] switch
            {
                "atleast" => CountModifier.AtLeast,
                "atmost" => CountModifier.AtMost,
                _ => CountModifier.Approximately,
            });
        }

        foreach (var f in pack.Entries("count-categories.txt"))
        {
            var kind = Enum.Parse<CasualtyKind>(f[2]);
            (f[0] == "before" ? Before : After).Add(f[1], kind);
        }

        foreach (var f in pack.Entries("count-units.txt"))
        {
            Units.Add(f[0]);
        }

        UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        Coordinators = pack.Classes("count-words.txt", StringComparer.OrdinalIgnoreCase)["coordinators"].GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Words that open another clause between a category word and a number after it ("killed and 15 injured").</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Coordinators { get; }

    /// <summary>The lexicon of <paramref name="pack"/>.</summary>
    public static CountLexicon For(LanguagePack pack) => pack.Lexicon(static p => new CountLexicon(p));

    /// <summary>Number words and vague quantities ("two", "a dozen", "hundreds of").</summary>
    public PhraseTrie<CountRange> Numbers { get; } = new();

    /// <summary>Words before a number ("at least", "some").</summary>
    public PhraseTrie<CountModifier> Modifiers { get; } = new();

    /// <summary>Category words that precede a number ("killing", "death toll rose to").</summary>
    public PhraseTrie<CasualtyKind> Before { get; } = new();

    /// <summary>Category words that follow a number ("killed", "dead", "arrested").</summary>
    public PhraseTrie<CasualtyKind> After { get; } = new();

    /// <summary>Words after a number that make it a measure, not a head count ("years", "cities", "percent").</summary>
    public HashSet<string> Units { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Span lookup into <see cref="Units"/>.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup { get; }
}
