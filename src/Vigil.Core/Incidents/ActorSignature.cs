using System.Collections.Immutable;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Incidents;

/// <summary>
/// The classes a list of actor (or victim) names falls into, for the no-contradiction rule: group classes
/// (state, opposition, civilians, media, other) from the actors lexicon, and named persons for names the
/// lexicon does not know as groups. Two signatures contradict when both name groups and share no group class,
/// or both name persons and share no person. A side that names only groups never contradicts a side that
/// names only persons ("a protester" and "Mahsa Amini" may be the same victim).
/// </summary>
internal sealed class ActorSignature
{
    private const int State = 1, Opposition = 2, Civilians = 4, Media = 8, OtherGroup = 16;

    private static readonly Dictionary<string, int> GroupClassByName = LoadGroupClasses();

    private static readonly string[] ClassNames = ["state", "opposition", "civilians", "media", "other"];

    /// <summary>The signature of no names: compatible with everything.</summary>
    public static ActorSignature Empty { get; } = new(0, []);

    private ActorSignature(int groups, string[] persons)
    {
        Groups = groups;
        Persons = persons;
    }

    /// <summary>Bit set of group classes.</summary>
    public int Groups { get; }

    /// <summary>Upper-cased person names, sorted ordinally.</summary>
    public string[] Persons { get; }

    /// <summary>True when no name was given.</summary>
    public bool IsEmpty => Groups == 0 && Persons.Length == 0;

    /// <summary>The signature of <paramref name="names"/> (canonical names; a default array counts as empty).</summary>
    public static ActorSignature Of(ImmutableArray<string> names)
    {
        if (names.IsDefaultOrEmpty)
        {
            return Empty;
        }

        var groups = 0;
        List<string>? persons = null;
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            if (GroupClassByName.TryGetValue(name.Trim(), out var cls))
            {
                groups |= cls;
            }
            else
            {
                (persons ??= []).Add(name.Trim().ToUpperInvariant());
            }
        }

        if (groups == 0 && persons is null)
        {
            return Empty;
        }

        var array = persons is null ? [] : persons.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new ActorSignature(groups, array);
    }

    /// <summary>
    /// The same signature with the opposition class read as civilians: for demonstrations, whose protesters one source
    /// calls "people" and another (state media, or the opposition itself) calls an opposition group's members or units.
    /// That naming is contested, not a contradiction; state forces against protesters still are.
    /// </summary>
    public ActorSignature WithOppositionAsCivilians() =>
        (Groups & Opposition) == 0 ? this : new ActorSignature((Groups & ~Opposition) | Civilians, Persons);

    /// <summary>True unless the two signatures contradict (see the type's summary).</summary>
    public bool AgreesWith(ActorSignature other)
    {
        if (Groups != 0 && other.Groups != 0 && (Groups & other.Groups) == 0)
        {
            return false;
        }

        if (Persons.Length != 0 && other.Persons.Length != 0)
        {
            foreach (var p in Persons)
            {
                if (Array.BinarySearch(other.Persons, p, StringComparer.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    /// <summary>What the two signatures share, for a merge reason ("state", "person MAHSA AMINI"); empty when either is empty.</summary>
    public string SharedWith(ActorSignature other)
    {
        var parts = new List<string>();
        var shared = Groups & other.Groups;
        for (var i = 0; i < ClassNames.Length; i++)
        {
            if ((shared & (1 << i)) != 0)
            {
                parts.Add(ClassNames[i]);
            }
        }

        parts.AddRange(Persons.Intersect(other.Persons, StringComparer.Ordinal));
        return string.Join(", ", parts);
    }

    private static Dictionary<string, int> LoadGroupClasses()
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in LanguagePack.English.Entries("actors.txt"))
        {
            if (f.Length < 3 || !Enum.TryParse<ActorKind>(f[2], out var kind))
            {
                continue;
            }

            int cls = kind switch
            {
                ActorKind.StateForces or ActorKind.Government or ActorKind.Judiciary => State,
                ActorKind.OppositionGroup => Opposition,
                ActorKind.Protesters or ActorKind.SocialGroup => Civilians,
                ActorKind.Media => Media,
                ActorKind.Other => OtherGroup,
                _ => 0,
            };
            if (cls != 0)
            {
                map[f[1]] = cls;
            }
        }

        return map;
    }
}
