using System.Text;
using System.Text.RegularExpressions;
using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public sealed class PipelineVersionTests
{
    private static (string, byte[]) File(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Current_is_the_rules_revision_and_twelve_hex_digits_of_the_data_hash()
    {
        Assert.Matches(new Regex($"^r{PipelineVersion.Rules}-[0-9a-f]{{12}}$"), PipelineVersion.Current);
        Assert.EndsWith(PipelineVersion.DataHash()[..12], PipelineVersion.Current, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_word_in_a_pack_file_changes_the_hash()
    {
        var before = PipelineVersion.HashOf([File("en/speech-verbs.txt", "said\nstated\n"), File("en/dates.txt", "May\n")]);
        var after = PipelineVersion.HashOf([File("en/speech-verbs.txt", "said\nstates\n"), File("en/dates.txt", "May\n")]);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void A_word_moved_from_one_file_to_another_changes_the_hash()
    {
        var before = PipelineVersion.HashOf([File("en/a.txt", "x\ny\n"), File("en/b.txt", "z\n")]);
        var after = PipelineVersion.HashOf([File("en/a.txt", "x\n"), File("en/b.txt", "y\nz\n")]);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Line_ends_folder_separators_and_resource_order_do_not_change_the_hash()
    {
        var unix = PipelineVersion.HashOf([File("en/a.txt", "x\ny\n"), File("fa/b.txt", "z\n")]);
        var windows = PipelineVersion.HashOf([File("fa\\b.txt", "z\r\n"), File("en\\a.txt", "x\r\ny\r\n")]);
        Assert.Equal(unix, windows);
    }

    [Fact]
    public void The_data_hash_covers_the_language_packs_and_the_gazetteer()
    {
        var names = typeof(PipelineVersion).Assembly.GetManifestResourceNames();
        Assert.Contains(names, n => n.StartsWith("Vigil.Core.Extraction.Data/", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("Vigil.Core.Places.", StringComparison.Ordinal));
        Assert.Equal(PipelineVersion.DataHash(), PipelineVersion.DataHash());
    }
}
