using System.Globalization;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Figures;

/// <summary>The figures stage's files of a language pack (figure-numbers, figure-modifiers, figure-categories, figure-units), loaded once per pack and shared read-only.</summary>
internal sealed class FigureLexicon
{
    private FigureLexicon(LanguagePack pack)
    {
        foreach (var f in pack.Entries("figure-numbers.txt"))
        {
            var min = int.Parse(f[1], CultureInfo.InvariantCulture);
            int? max = f.Length > 2 && f[2].Length > 0 ? int.Parse(f[2], CultureInfo.InvariantCulture) : null;
            Numbers.Add(f[0], new FigureRange(min, max));
        }

        foreach (var f in pack.Entries("figure-modifiers.txt"))
        {
            Modifiers.Add(f[0], f[1] switch
            {
                "atleast" => FigureModifier.AtLeast,
                "atmost" => FigureModifier.AtMost,
                _ => FigureModifier.Approximately,
            });
        }

        foreach (var f in pack.Entries("figure-categories.txt"))
        {
            var kind = Enum.Parse<CasualtyKind>(f[2]);
            (f[0] == "before" ? Before : After).Add(f[1], kind);
        }

        foreach (var f in pack.Entries("figure-units.txt"))
        {
            Units.Add(f[0]);
        }

        UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = pack.Classes("figure-words.txt", StringComparer.OrdinalIgnoreCase);
        Coordinators = words["coordinators"].GetAlternateLookup<ReadOnlySpan<char>>();
        Parts = words["parts"].GetAlternateLookup<ReadOnlySpan<char>>();
        PartHeads = words["part-heads"].GetAlternateLookup<ReadOnlySpan<char>>();
        PartPronouns = words["part-pronouns"].GetAlternateLookup<ReadOnlySpan<char>>();
        Relatives = words["relatives"].GetAlternateLookup<ReadOnlySpan<char>>();
        Auxiliaries = words["auxiliaries"].GetAlternateLookup<ReadOnlySpan<char>>();
        ReducedRelatives = words["reduced-relatives"].GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>"who": after a number's noun it opens a relative clause the number's verb may follow ("57 rioters who threw rocks, have been arrested").</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives { get; }

    /// <summary>"have", "been", "were": the auxiliaries between the comma that closes such a clause and the category word.</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries { get; }

    /// <summary>"accused", "convicted": a participle right after a number's noun that opens a relative clause without "who".</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReducedRelatives { get; }

    /// <summary>"including": a number right after one is a part of a figure given before it ("35 people, including 6 children, were arrested").</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Parts { get; }

    /// <summary>"among", "of": with a <see cref="PartPronouns"/> word after them ("among them", "of whom") they open a part, as "including" does.</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartHeads { get; }

    /// <summary>"them", "whom": the pronoun of <see cref="PartHeads"/>.</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartPronouns { get; }

    /// <summary>Words that open another clause between a category word and a number after it ("killed and 15 injured").</summary>
    public System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Coordinators { get; }

    /// <summary>The lexicon of <paramref name="pack"/>.</summary>
    public static FigureLexicon For(LanguagePack pack) => pack.Lexicon(static p => new FigureLexicon(p));

    /// <summary>Number words and vague quantities ("two", "a dozen", "hundreds of").</summary>
    public PhraseTrie<FigureRange> Numbers { get; } = new();

    /// <summary>Words before a number ("at least", "some").</summary>
    public PhraseTrie<FigureModifier> Modifiers { get; } = new();

    /// <summary>Category words that precede a number ("killing", "death toll rose to").</summary>
    public PhraseTrie<CasualtyKind> Before { get; } = new();

    /// <summary>Category words that follow a number ("killed", "dead", "arrested").</summary>
    public PhraseTrie<CasualtyKind> After { get; } = new();

    /// <summary>Words after a number that make it a measure, not a head count ("years", "cities", "percent").</summary>
    public HashSet<string> Units { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Span lookup into <see cref="Units"/>.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup { get; }
}
