using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public sealed class WordNumberMapTests
{
    [Fact]
    public void Gives_each_words_value_in_any_case_and_nothing_for_other_numbers()
    {
        var map = new WordNumberMap<string?>(new Dictionary<string, string?> { ["qzwarned"] = "of", ["QZStated"] = null });

        Assert.True(map.TryGetValue(WordTable.Add("QZWARNED"), out var warned));
        Assert.Equal("of", warned);
        Assert.True(map.TryGetValue(WordTable.Add("qzstated"), out var stated));
        Assert.Null(stated);
        Assert.False(map.TryGetValue(WordTable.Add("qzwarning"), out _));
        Assert.False(map.TryGetValue(0, out _));
        Assert.False(map.TryGetValue(-1, out _));
        Assert.False(map.TryGetValue(int.MaxValue, out _));
    }

    [Fact]
    public void An_empty_map_holds_nothing()
    {
        var map = new WordNumberMap<int>([]);

        Assert.False(map.TryGetValue(WordTable.Add("qzanything"), out var value));
        Assert.Equal(0, value);
    }
}
