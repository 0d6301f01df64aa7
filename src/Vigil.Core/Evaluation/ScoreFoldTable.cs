using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Vigil.Core.Evaluation;

/// <summary>
/// The per-character half of score.py's <c>norm()</c> (NFKD, then drop combining marks), generated from
/// Python's unicodedata into Data/fold-table.txt by Data/make-fold-table.py. .NET's own normalisation is
/// unavailable under invariant globalisation and follows a different Unicode version, so the scorer
/// carries Python's table.
/// </summary>
internal static class ScoreFoldTable
{
    private static readonly Lazy<(FrozenDictionary<int, string> Map, (int From, int To)[] Combining)> Table = new(Load);

    public static bool IsCombining(int codePoint)
    {
        if (codePoint < 0x300)
        {
            return false;
        }

        var ranges = Table.Value.Combining;
        int lo = 0, hi = ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (codePoint < ranges[mid].From)
            {
                hi = mid - 1;
            }
            else if (codePoint > ranges[mid].To)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    public static bool TryDecompose(int codePoint, out string decomposed)
    {
        if (codePoint < 0xA0)
        {
            decomposed = string.Empty;
            return false;
        }

        return Table.Value.Map.TryGetValue(codePoint, out decomposed!);
    }

    private static (FrozenDictionary<int, string>, (int, int)[]) Load()
    {
        using var stream = typeof(ScoreFoldTable).Assembly.GetManifestResourceStream("Vigil.Core.Evaluation.Data.fold-table.txt")
            ?? throw new InvalidOperationException("embedded resource fold-table.txt is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<int, string>();
        var combining = new List<(int, int)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] == "C")
            {
                var dash = parts[1].IndexOf('-', StringComparison.Ordinal);
                combining.Add((Hex(parts[1][..dash]), Hex(parts[1][(dash + 1)..])));
                continue;
            }

            var sb = new StringBuilder();
            for (var k = 1; k < parts.Length; k++)
            {
                sb.Append(char.ConvertFromUtf32(Hex(parts[k])));
            }

            map[Hex(parts[0])] = sb.ToString();
        }

        return (map.ToFrozenDictionary(), combining.ToArray());
    }

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
