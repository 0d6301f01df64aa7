using System.Globalization;
using System.IO.Compression;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Tests.Extraction.Places;

/// <summary>
/// The gazetteer reads its coordinates and populations without the runtime's general number parsers (session 26): the same
/// doubles and integers, bit for bit, as <c>double.Parse</c> and <c>int.Parse</c>.
/// </summary>
public sealed class GazetteerNumberParsingTests
{
    private static void AssertSameDouble(string written)
    {
        var expected = double.Parse(written, CultureInfo.InvariantCulture);
        var actual = Gazetteer.ParseDecimal(written);
        Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual), $"{written}: {expected:R} against {actual:R}");
    }

    [Fact]
    public void Every_coordinate_and_population_of_the_embedded_gazetteer_reads_as_the_runtime_reads_it()
    {
        using var resource = typeof(Gazetteer).Assembly.GetManifestResourceStream("Vigil.Core.Places.gazetteer.tsv.gz")!;
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var checkedLines = 0;
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (line.StartsWith('#') || fields.Length < 9 || fields[0] == "D")
            {
                continue;
            }

            AssertSameDouble(fields[4]);
            AssertSameDouble(fields[5]);
            Assert.Equal(int.Parse(fields[6], CultureInfo.InvariantCulture), Gazetteer.ParseCount(fields[6]));
            checkedLines++;
        }

        Assert.True(checkedLines > 5_000, $"only {checkedLines} entries read");
    }

    [Fact]
    public void Random_decimals_read_as_the_runtime_reads_them()
    {
        var random = new Random(26);
        for (var n = 0; n < 200_000; n++)
        {
            var digits = random.Next(1, 16);
            var decimals = random.Next(0, digits + 1);
            var text = new char[digits];
            for (var d = 0; d < digits; d++)
            {
                text[d] = (char)('0' + random.Next(10));
            }

            var number = new string(text);
            if (decimals > 0)
            {
                number = number[..^decimals] + "." + number[^decimals..];
            }

            AssertSameDouble(random.Next(3) == 0 ? "-" + number : number);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData(".5")]
    [InlineData("35.6944")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("179.9999")]
    [InlineData("-89.99999")]
    [InlineData("1.")] // a point with no decimals: by double.Parse
    [InlineData("1e5")]
    [InlineData("1234567890.1234567")] // more than 15 digits
    [InlineData("1,234.5")]
    public void Edge_cases_read_as_the_runtime_reads_them(string written)
    {
        AssertSameDouble(written);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("8693706")]
    [InlineData("999999999")]
    [InlineData("2147483647")] // ten digits: by int.Parse
    [InlineData("-5")]
    public void Populations_read_as_the_runtime_reads_them(string written)
    {
        Assert.Equal(int.Parse(written, CultureInfo.InvariantCulture), Gazetteer.ParseCount(written));
    }
}
