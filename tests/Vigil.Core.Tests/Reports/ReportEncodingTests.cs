using System.Text;
using Vigil.Core.Reports;

namespace Vigil.Core.Tests.Reports;

/// <summary>Hole 8: text with a UTF-16 or UTF-32 byte order mark is read, not rejected as binary.</summary>
public sealed class ReportEncodingTests
{
    private const string Text = "Security forces arrested 12 students in Tabriz on 2022-10-02. «زن، زندگی، آزادی»";

    public static TheoryData<string> Encodings => ["utf-16le", "utf-16be", "utf-32le", "utf-32be", "utf-8"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Text_with_a_byte_order_mark_is_read(string name)
    {
        var encoding = name switch
        {
            "utf-16le" => (Encoding)new UnicodeEncoding(false, true),
            "utf-16be" => new UnicodeEncoding(true, true),
            "utf-32le" => new UTF32Encoding(false, true),
            "utf-32be" => new UTF32Encoding(true, true),
            _ => new UTF8Encoding(true),
        };
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text + "\r\n")];

        var result = ReportReader.Read(bytes, ReportFormat.Text);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(Text + "\n", result.Content.Body);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_still_binary()
    {
        var result = ReportReader.Read(Encoding.Unicode.GetBytes(Text), ReportFormat.Text);
        Assert.False(result.Succeeded);
        Assert.Contains("NUL", result.Error);
    }

    [Fact]
    public void A_broken_utf16_body_names_the_encoding_and_offset()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0]; // a lone high surrogate
        var result = ReportReader.Read(bytes, ReportFormat.Text);
        Assert.False(result.Succeeded);
        Assert.StartsWith("not valid UTF-16", result.Error);
    }
}
