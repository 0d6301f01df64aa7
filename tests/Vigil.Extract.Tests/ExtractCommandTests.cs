using System.Buffers;
using System.Text;
using System.Text.Json;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;

namespace Vigil.Extract.Tests;

/// <summary><c>vigil-extract</c> run in-process on report files, as a script would run the native executable.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _input = Directory.CreateTempSubdirectory("vigil-extract-tests-").FullName;

    public void Dispose() => Directory.Delete(_input, recursive: true);

    [Fact]
    public void Prints_one_json_line_per_report_in_file_order_as_the_pipeline_writes_it()
    {
        var arrest = "Zahedan, 5 May 2023 - Security forces arrested 12 students after prayers.\n";
        var execution = "Majid-Reza Rahnavard, 23, was publicly executed in Mashhad on December 12, 2022.\n";
        File.WriteAllText(Path.Combine(_input, "b-execution.txt"), "---\npublished: 2022-12-20\n---\n" + execution);
        Directory.CreateDirectory(Path.Combine(_input, "a"));
        File.WriteAllText(Path.Combine(_input, "a", "arrest.txt"), "---\npublished: 2023-05-06\n---\n" + arrest);

        var (exit, output, error) = Run(_input, "--json");

        Assert.Equal((0, ""), (exit, error));
        var pipeline = ExtractionPipeline.CreateDefault();
        var expected = new ArrayBufferWriter<byte>();
        ExtractionJson.WriteLine(expected, "arrest", pipeline.Run(arrest, new DateOnly(2023, 5, 6)));
        ExtractionJson.WriteLine(expected, "b-execution", pipeline.Run(execution, new DateOnly(2022, 12, 20)));
        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var incident = lines[0].GetProperty("incidents")[0];
        Assert.Equal(("arrest", "2023-05-05"), (incident.GetProperty("type").GetString(), incident.GetProperty("date").GetString()));
        Assert.Equal("Majid-Reza Rahnavard", lines[1].GetProperty("persons")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Lines_of_a_later_chunk_are_whole_though_its_buffers_held_longer_lines_of_the_chunk_before()
    {
        // The first chunk's reports are long, the next chunk's short: each line must be its own report's, nothing left over.
        var longReport = string.Concat(Enumerable.Repeat("Security forces killed 3 protesters in Zahedan on 5 May 2023. ", 20)) + "\n";
        var shortReport = "Two students were arrested in Tabriz.\n";
        var count = Vigil.Cli.Extraction.ReportBatches.Chunk + 3;
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(_input, $"r{i:D4}.txt"), i < Vigil.Cli.Extraction.ReportBatches.Chunk ? longReport : shortReport);
        }

        var (exit, output, error) = Run(_input);

        Assert.Equal((0, ""), (exit, error));
        var pipeline = ExtractionPipeline.CreateDefault();
        var expected = new ArrayBufferWriter<byte>();
        for (var i = 0; i < count; i++)
        {
            ExtractionJson.WriteLine(expected, $"r{i:D4}", pipeline.Run(i < Vigil.Cli.Extraction.ReportBatches.Chunk ? longReport : shortReport, null));
        }

        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), output);
    }

    [Fact]
    public void Lines_stay_whole_and_in_order_when_long_and_short_reports_alternate_over_several_chunks()
    {
        // A line's array goes back to the pool once its chunk is written and comes out again for a line of another slot and
        // size: every line must still be its own report's.
        string Report(int i) => i % 3 == 0
            ? string.Concat(Enumerable.Repeat($"Security forces killed {i % 9 + 2} protesters in Zahedan on 5 May 2023. ", 10 + (i % 40))) + "\n"
            : $"{i % 7 + 2} students were arrested in Tabriz.\n";
        var count = (Vigil.Cli.Extraction.ReportBatches.Chunk * 2) + 17;
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(_input, $"r{i:D4}.txt"), Report(i));
        }

        var (exit, output, error) = Run(_input);

        Assert.Equal((0, ""), (exit, error));
        var pipeline = ExtractionPipeline.CreateDefault();
        var expected = new ArrayBufferWriter<byte>();
        for (var i = 0; i < count; i++)
        {
            ExtractionJson.WriteLine(expected, $"r{i:D4}", pipeline.Run(Report(i), null));
        }

        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), output);
    }

    [Fact]
    public void A_run_of_several_chunks_whose_first_file_cannot_be_read_writes_every_other_report_in_order()
    {
        // The first report of a run of several chunks is extracted alone (it loads the packs with no collection): when it cannot
        // be read, the packs load in the next chunk and nothing else changes.
        File.WriteAllText(Path.Combine(_input, "r0000.txt"), "");
        string Report(int i) => $"{i % 7 + 2} students were arrested in Tabriz on {i % 28 + 1} May 2023.\n";
        var count = Vigil.Cli.Extraction.ReportBatches.Chunk + 5;
        for (var i = 1; i < count; i++)
        {
            File.WriteAllText(Path.Combine(_input, $"r{i:D4}.txt"), Report(i));
        }

        var (exit, output, error) = Run(_input);

        Assert.Equal(1, exit);
        Assert.Equal([$"error: {Path.Combine(_input, "r0000.txt")}: empty file"], error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var pipeline = ExtractionPipeline.CreateDefault();
        var expected = new ArrayBufferWriter<byte>();
        for (var i = 1; i < count; i++)
        {
            ExtractionJson.WriteLine(expected, $"r{i:D4}", pipeline.Run(Report(i), null));
        }

        Assert.Equal(Encoding.UTF8.GetString(expected.WrittenSpan), output);
    }

    [Fact]
    public void A_missing_path_and_an_unreadable_file_are_named_on_standard_error_and_the_other_reports_still_come_out()
    {
        File.WriteAllText(Path.Combine(_input, "empty.txt"), "");
        File.WriteAllText(Path.Combine(_input, "good.txt"), "Security forces killed 3 protesters in Zahedan.\n");
        var missing = Path.Combine(_input, "missing");

        var (exit, output, error) = Run(missing, _input);

        Assert.Equal(1, exit);
        Assert.Equal(
            [$"error: {missing}: no such file or folder", $"error: {Path.Combine(_input, "empty.txt")}: empty file"],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("good", JsonDocument.Parse(output).RootElement.GetProperty("doc").GetString());
    }

    [Fact]
    public void A_relative_path_is_read_from_the_folder_given_not_the_current_one()
    {
        Directory.CreateDirectory(Path.Combine(_input, "sub"));
        File.WriteAllText(Path.Combine(_input, "sub", "good.txt"), "Security forces killed 3 protesters in Zahedan.\n");

        var (content, error) = Vigil.Cli.Extraction.ReportFile.Read(Path.Combine("sub", "good.txt"), _input);
        var (viaParent, _) = Vigil.Cli.Extraction.ReportFile.Read(Path.Combine("..", "sub", "good.txt"), Path.Combine(_input, "sub"));
        var (notHere, notHereError) = Vigil.Cli.Extraction.ReportFile.Read(Path.Combine("sub", "good.txt"), Path.Combine(_input, "sub"));

        Assert.Null(error);
        Assert.Equal("Security forces killed 3 protesters in Zahedan.\n", content!.Body);
        Assert.Equal(content.Body, viaParent!.Body);
        Assert.Null(notHere);
        Assert.StartsWith("cannot read: ", notHereError, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_input, "sub", "sub", "good.txt"), notHereError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--tables", "error: --tables: unknown option (JSON lines are the only output)")]
    [InlineData("--json", "error: no report file or folder given")]
    public void A_command_line_it_cannot_run_is_refused_with_the_usage_and_exit_code_2(string arg, string message)
    {
        var (exit, output, error) = Run(arg);

        Assert.Equal((2, ""), (exit, output));
        Assert.StartsWith(message + "\n" + "usage: vigil-extract FILE|DIR... [--json]", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var exit = ExtractCommand.Run(args, output, error);
        return (exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
