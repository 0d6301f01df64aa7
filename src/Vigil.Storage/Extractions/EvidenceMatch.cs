namespace Vigil.Storage.Extractions;

/// <summary>
/// Pairs what a new extraction found with what the old one stored for the same report, so a re-extracted mention keeps
/// the id (and with it the incident, pin and grade an editor gave it) of the old mention it stands for: same key (the
/// incident type, the speaker, the person's name key) and overlapping evidence, the largest overlap first, each old
/// row used once.
/// </summary>
public static class EvidenceMatch
{
    /// <summary>For each of <paramref name="found"/>, the index in <paramref name="stored"/> of its old row, or null.</summary>
    public static int?[] Pair(IReadOnlyList<(string Key, int Start, int End)> stored, IReadOnlyList<(string Key, int Start, int End)> found)
    {
        var candidates = new List<(int Overlap, int New, int Old)>();
        for (var n = 0; n < found.Count; n++)
        {
            for (var o = 0; o < stored.Count; o++)
            {
                if (!string.Equals(found[n].Key, stored[o].Key, StringComparison.Ordinal))
                {
                    continue;
                }

                var overlap = Math.Min(found[n].End, stored[o].End) - Math.Max(found[n].Start, stored[o].Start);
                var same = found[n].Start == stored[o].Start && found[n].End == stored[o].End;
                if (overlap > 0 || same)
                {
                    candidates.Add((same ? int.MaxValue : overlap, n, o));
                }
            }
        }

        var result = new int?[found.Count];
        var used = new bool[stored.Count];
        foreach (var (_, n, o) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.New).ThenBy(c => c.Old))
        {
            if (result[n] is null && !used[o])
            {
                result[n] = o;
                used[o] = true;
            }
        }

        return result;
    }
}
