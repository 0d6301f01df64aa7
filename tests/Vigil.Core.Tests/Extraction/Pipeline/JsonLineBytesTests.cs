using System.Buffers;
using System.Text;
using System.Text.Json;
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

    [Fact]
    public void A_place_is_written_the_same_on_every_line_and_by_a_writer_of_other_options()
    {
        var result = Pipeline.Run("Security forces killed two protesters in Zahedan on 30 September 2022. Protesters gathered in Zahedan on 1 October 2022.", new DateOnly(2022, 12, 20), "en");
        Assert.All(result.Incidents, i => Assert.Equal("Zahedan", i.Location?.Name));
        var first = ExtractionJson.ToJsonLine("r1", result);
        var second = ExtractionJson.ToJsonLine("r1", result);
        Assert.Equal(first, second);
        Assert.Contains("\"location\":{\"name\":\"Zahedan\",\"name_local\":\"زاهدان\",\"admin1\":\"Sistan and Baluchestan\",\"country\":\"IR\",", first, StringComparison.Ordinal);

        var indented = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(indented, new JsonWriterOptions { Indented = true }))
        {
            ExtractionJson.Write(writer, "r1", null, "en", result.Text, result.Incidents, result.Statements);
        }

        var text = Encoding.UTF8.GetString(indented.WrittenSpan);
        Assert.Contains("\"location\": {\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        var location = document.RootElement.GetProperty("incidents")[0].GetProperty("location");
        Assert.Equal("Zahedan", location.GetProperty("name").GetString());
        Assert.Equal("IR", location.GetProperty("country").GetString());
    }

    [Fact]
    public void A_confidence_is_written_as_the_writer_writes_its_number_rounded_to_three_decimals()
    {
        var result = Pipeline.Run("Security forces killed two protesters in Zahedan on 30 September 2022.", new DateOnly(2022, 12, 20), "en");
        var incident = Assert.Single(result.Incidents);
        double[] odd = [0.12345, 0.9996, 0.0004, 1.5, 2.25, -0.25, -0.0001, 1e-9, 0.1 + 0.2, double.Epsilon];
        foreach (var confidence in Enumerable.Range(0, 1001).Select(k => k / 1000.0).Concat(odd))
        {
            var line = ExtractionJson.ToJsonLine("r1", null, "en", result.Text, [incident with { Confidence = confidence }], []);
            var expected = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(expected))
            {
                writer.WriteNumberValue(Math.Round(confidence, 3));
            }

            Assert.Contains($"\"confidence\":{Encoding.UTF8.GetString(expected.WrittenSpan)}}}", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lists_given_to_the_public_writer_write_what_the_result_writes()
    {
        var result = Pipeline.Run(
            "Security forces killed Mahsa Amini, 22, in Tehran on 16 September 2022. Amnesty International said on Monday that the killing must be investigated. Protesters gathered in Zahedan on 30 September 2022.",
            new DateOnly(2022, 12, 20),
            "en");
        Assert.NotEmpty(result.Incidents);
        Assert.NotEmpty(result.Statements);
        Assert.NotEmpty(result.PersonFates);

        var fromLists = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(fromLists, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ExtractionJson.Write(writer, "r1", result.Published, result.Language, result.Text, result.Incidents.ToList(), result.Statements.ToList(), result.Note, result.PersonFates.ToList());
        }

        Assert.Equal(ExtractionJson.ToJsonLine("r1", result), Encoding.UTF8.GetString(fromLists.WrittenSpan));
    }
}
