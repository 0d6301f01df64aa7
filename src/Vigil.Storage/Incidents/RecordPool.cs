using System.Collections.Immutable;
using Vigil.Core.Extraction.Places;

namespace Vigil.Storage.Incidents;

/// <summary>
/// One object per distinct value among a clustering round's records. Every row read brings its own copy of its report id,
/// source key, place and names, though a report has several mentions and a store a few hundred places, outlets and actors:
/// the round keeps its records until they are clustered, so it keeps one copy of each instead (docs/scaling.md, session 19).
/// Statement clustering shares a speaker's quotes the same way (session 20). Lives for one round, or one speaker.
/// </summary>
internal sealed class RecordPool
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<Place> _places = [];
    private readonly Dictionary<string, ImmutableArray<string>> _names = new(StringComparer.Ordinal);

    /// <summary>The pool's copy of <paramref name="value"/> (the value itself the first time).</summary>
    public string Share(string value)
    {
        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _strings.Add(value);
        return value;
    }

    /// <summary>The pool's copy of <paramref name="place"/>, equal by value.</summary>
    public Place Share(Place place)
    {
        if (_places.TryGetValue(place, out var shared))
        {
            return shared;
        }

        _places.Add(place);
        return place;
    }

    /// <summary>The names of a stored "; "-separated list, one array per distinct list.</summary>
    public ImmutableArray<string> Names(string list)
    {
        if (!_names.TryGetValue(list, out var names))
        {
            names = [.. MentionRecords.Split(list).Select(Share)];
            _names[Share(list)] = names;
        }

        return names;
    }
}
