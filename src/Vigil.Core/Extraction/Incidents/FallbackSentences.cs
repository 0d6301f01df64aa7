using System.Collections.Immutable;
using Vigil.Core.Extraction.Segmentation;

namespace Vigil.Core.Extraction.Incidents;

/// <summary>
/// A plain sentence split used when the pipeline has no segmentation stage: a sentence ends at '.', '!' or '?'
/// followed by white space, or at a line break; a line break starts a new paragraph. Linear, never throws.
/// </summary>
internal static class FallbackSentences
{
    public static ImmutableArray<Sentence> Split(string text)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        var paragraph = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (c == '\n' && result.Count > 0 && result[^1].Paragraph == paragraph)
                {
                    paragraph++;
                }

                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }

                continue;
            }

            var end = c == '\n' ? i : (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) ? i + 1 : -1);
            if (end > 0)
            {
                result.Add(new Sentence(new TextSpan(start, end), paragraph, false));
                start = -1;
                if (c == '\n')
                {
                    i--;
                }
            }
        }

        if (start >= 0)
        {
            var end = text.Length;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            result.Add(new Sentence(new TextSpan(start, end), paragraph, false));
        }

        return result.ToImmutable();
    }
}
