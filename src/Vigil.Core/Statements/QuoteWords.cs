namespace Vigil.Core.Statements;

/// <summary>The content words of a quote, for comparing two reports' wording of one remark.</summary>
internal static class QuoteWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
        "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "we", "you", "they", "he",
        "she", "i", "our", "your", "their", "his", "her", "will", "would", "shall", "should", "can", "could", "have",
        "has", "had", "do", "does", "did", "not", "no", "so", "if", "than", "then", "there", "here", "all", "such",
        "s", "t", "who", "which", "what", "when", "also", "just", "only", "even", "into", "about",
    };

    /// <summary>
    /// Distinct folded words of <paramref name="quote"/> without stop words, sorted ordinally. With <paramref name="shared"/>,
    /// each word is the one string of that word among every quote it was given for (a speaker's quotes are held together
    /// while they are clustered, and share most of their words).
    /// </summary>
    public static string[] Of(string quote, HashSet<string>? shared = null)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in SpeakerNames.Fold(quote).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!StopWords.Contains(w))
            {
                set.Add(shared is null ? w : Shared(shared, w));
            }
        }

        var words = set.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        return words;
    }

    /// <summary>The copy of <paramref name="value"/> in <paramref name="shared"/> (the value itself the first time).</summary>
    public static string Shared(HashSet<string> shared, string value)
    {
        if (shared.TryGetValue(value, out var copy))
        {
            return copy;
        }

        shared.Add(value);
        return value;
    }

    /// <summary>|a ∩ b| / min(|a|, |b|) over sorted distinct word arrays; 0 when either is empty.</summary>
    public static double Overlap(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var c = string.CompareOrdinal(a[i], b[j]);
            if (c == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / Math.Min(a.Length, b.Length);
    }

    /// <summary>|a ∩ b| / min(|a|, |b|) over sorted distinct numbers standing for words; 0 when either is empty.</summary>
    public static double Overlap(int[] a, int[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / Math.Min(a.Length, b.Length);
    }
}
