using System.Buffers;
using System.Text;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;

namespace Vigil.Core.Tests.Extraction.Pipeline;

/// <summary>`vigil extract --json` writes each line as UTF-8 bytes: they must be the text line, byte for byte.</summary>
public sealed class JsonLineBytesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Theory]
    [InlineData("Majid-Reza Rahnavard, 23, was publicly executed in Mashhad on December 12, 2022. “We will not stop,” his mother said.", "en")]
    [InlineData("ماموران امنیتی روز شنبه ۲۵ آبان ۱۳۹۸ دست کم ۳۰ نفر را در شهر شیراز بازداشت کردند.", "fa")]
    [InlineData("Полиция задержала 12 студентов.", "ru")]
    public void The_utf8_line_is_the_text_line_and_a_newline(string body, string language)
    {
        var result = Pipeline.Run(body, new DateOnly(2022, 12, 20), language);
        var bytes = new ArrayBufferWriter<byte>();
        bytes.Write("earlier line\n"u8);

        ExtractionJson.WriteLine(bytes, "r1", result);

        Assert.Equal("earlier line\n" + ExtractionJson.ToJsonLine("r1", result) + "\n", Encoding.UTF8.GetString(bytes.WrittenSpan));
    }
}
