using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Mentions;

namespace Vigil.Storage.Statements;

/// <summary>
/// The speaker keys a statement clustering works through, and the quotes whose stored key is not the one just computed.
/// A quote's new key is written with its statement, in one update, so until then it is read under its new key and not
/// under the key it is stored with (<see cref="Quoting"/>).
/// </summary>
internal sealed class SpeakerKeys
{
    private readonly Dictionary<string, List<Guid>> _arriving = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Guid>> _leaving = new(StringComparer.Ordinal);

    /// <summary>Every key to cluster: the quotes' new keys and the keys they leave.</summary>
    public HashSet<string> Speakers { get; } = new(StringComparer.Ordinal);

    /// <summary>Notes the quote <paramref name="id"/>'s new <paramref name="key"/> beside the one it is <paramref name="stored"/> with.</summary>
    public void Rekey(Guid id, string? stored, string key)
    {
        if (string.Equals(stored, key, StringComparison.Ordinal))
        {
            return;
        }

        Add(_arriving, key, id);
        if (stored is not null)
        {
            Add(_leaving, stored, id);
            Speakers.Add(stored);
        }
    }

    /// <summary>
    /// The quotes of <paramref name="key"/> among <paramref name="quotes"/>: those stored with it that keep it, and those that
    /// take it. Each part reads its own index (the speaker key, the primary key). Each list of ids is sent as one parameter
    /// (<see cref="EF.Parameter{T}"/>: a JSON array on SQLite, an array on PostgreSQL): EF Core 10 otherwise sends one
    /// parameter per id, and SQLite takes at most 32,766, fewer than the quotes a busy speaker takes in one run (a recluster
    /// of 60,000 generated reports failed with "too many SQL variables", docs/scaling.md, session 25).
    /// </summary>
    public IQueryable<StatementMention> Quoting(IQueryable<StatementMention> quotes, string key)
    {
        var stored = quotes.Where(m => m.SpeakerKey == key);
        if (_leaving.TryGetValue(key, out var leaving))
        {
            stored = stored.Where(m => !EF.Parameter(leaving).Contains(m.Id));
        }

        return _arriving.TryGetValue(key, out var arriving) ? stored.Concat(quotes.Where(m => EF.Parameter(arriving).Contains(m.Id))) : stored;
    }

    private static void Add(Dictionary<string, List<Guid>> ids, string key, Guid id)
    {
        if (!ids.TryGetValue(key, out var list))
        {
            ids[key] = list = [];
        }

        list.Add(id);
    }
}
