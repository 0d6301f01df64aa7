using System.Buffers;
using System.CommandLine;
using System.Text;
using Spectre.Console;
using Vigil.Core;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Reports;

namespace Vigil.Cli.Extraction;

/// <summary><c>vigil extract FILE|DIR... [--json]</c>: runs the extraction pipeline on loose files, on all cores, without storing anything.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files (.txt .md .html .htm) or folders", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per report per line (the output contract in docs/pipeline/pipeline.md)" };
        var command = new Command("extract", "Code incidents and statements from reports, every field traced to its span; nothing is stored") { paths, json };
        command.SetAction(parse =>
        {
            var (files, problems) = ReportFile.Collect(parse.GetValue(paths)!);
            foreach (var problem in problems)
            {
                console.Fail(problem);
            }

            var pipeline = ExtractionPipeline.CreateDefault();
            var asJson = parse.GetValue(json);
            var failed = problems.Count;

            // The JSON lines of a chunk go to standard output as bytes in one write, never made into strings and encoded again.
            var lines = new ArrayBufferWriter<byte>(1 << 16);
            ReportBatches.Run(files, pipeline, asJson, chunk =>
            {
                lines.ResetWrittenCount();
                foreach (var (file, content, error, result, line) in chunk)
                {
                    if (line is { } utf8)
                    {
                        lines.Write(utf8);
                    }
                    else if (error is not null || content is null || result is null)
                    {
                        console.Fail($"{file}: {error}");
                        failed++;
                    }
                    else
                    {
                        WriteTables(console, Path.GetFileNameWithoutExtension(file), content.Metadata.Published, result);
                    }
                }

                WriteUtf8(console.Output, lines.WrittenSpan);
            });

            console.Output.Flush();
            return failed > 0 ? 1 : 0;
        });
        return command;
    }

    // Standard output (a UTF-8 StreamWriter when piped) takes the bytes as they are; any other writer (a terminal, a
    // test's StringWriter) takes them as text.
    private static void WriteUtf8(TextWriter output, ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return;
        }

        if (output is StreamWriter { Encoding.CodePage: 65001 } stream)
        {
            stream.Flush();
            stream.BaseStream.Write(utf8);
        }
        else
        {
            output.Write(Encoding.UTF8.GetString(utf8));
        }
    }

    private static void WriteTables(CliConsole console, string doc, DateOnly? published, ExtractionResult result)
    {
        var ansi = console.Ansi;
        if (result.Note is not null)
        {
            ansi.Write(new Rule($"[bold]{Markup.Escape(doc)}[/] published {published?.ToString("yyyy-MM-dd") ?? "unknown"}: {Markup.Escape(result.Note)}").LeftJustified());
            return;
        }

        ansi.Write(new Rule($"[bold]{Markup.Escape(doc)}[/] published {published?.ToString("yyyy-MM-dd") ?? "unknown"}: {Plural.Of(result.Incidents.Length, "incident")}, {Plural.Of(result.Statements.Length, "statement")}, {Plural.Of(result.PersonFates.Length, "named person")}").LeftJustified());
        if (result.Incidents.Length > 0)
        {
            var incidents = new Table().Border(TableBorder.Simple)
                .AddColumn("type").AddColumn("date").AddColumn("place").AddColumn("killed").AddColumn("injured").AddColumn("arrested").AddColumn("actors → victims").AddColumn("evidence");
            foreach (var i in result.Incidents)
            {
                var date = i.Date is null ? "—" : i.DateEnd is { } end ? $"{i.Date}…{end}" : i.Date.ToString()!;
                var place = i.Location is null ? "—" : i.Location.Admin1 is { } admin1 && admin1 != i.Location.Name ? $"{i.Location.Name}, {admin1}" : i.Location.Name;
                incidents.AddRow(
                    ExtractionJson.TypeName(i.Type),
                    date,
                    Markup.Escape(place),
                    Range(i.Killed),
                    Range(i.Injured),
                    Range(i.Arrested),
                    Markup.Escape($"{string.Join(", ", i.Actors)} → {string.Join(", ", i.Victims)}"),
                    Markup.Escape($"[{i.Evidence.Start}..{i.Evidence.End}] {CellText.Clip(i.Evidence.Of(result.Text), 70)}"));
            }

            ansi.Write(incidents);
        }

        if (result.Statements.Length > 0)
        {
            var statements = new Table().Border(TableBorder.Simple)
                .AddColumn("speaker").AddColumn("role").AddColumn("date").AddColumn("where said").AddColumn("quote");
            foreach (var s in result.Statements)
            {
                statements.AddRow(
                    Markup.Escape(s.Speaker),
                    Markup.Escape(s.SpeakerRole ?? "—"),
                    s.Date?.ToString() ?? "—",
                    Markup.Escape(s.Outlet ?? "—"),
                    Markup.Escape($"[{s.Evidence.Start}..{s.Evidence.End}] {CellText.Clip(s.Quote, 70)}"));
            }

            ansi.Write(statements);
        }

        if (result.PersonFates.Length > 0)
        {
            var persons = new Table().Border(TableBorder.Simple)
                .AddColumn("person").AddColumn("age").AddColumn("gender").AddColumn("fate").AddColumn("date").AddColumn("place").AddColumn("incident").AddColumn("evidence");
            foreach (var p in result.PersonFates)
            {
                persons.AddRow(
                    Markup.Escape(p.Name),
                    p.Age?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—",
                    p.Gender is { } g ? ExtractionJson.GenderName(g) : "—",
                    ExtractionJson.FateName(p.Fate),
                    p.Date?.ToString() ?? "—",
                    Markup.Escape(p.Location?.Name ?? "—"),
                    p.Incident is { } i ? $"#{i + 1}" : "—",
                    Markup.Escape($"[{p.Evidence.Start}..{p.Evidence.End}] {CellText.Clip(p.Evidence.Of(result.Text), 70)}"));
            }

            ansi.Write(persons);
        }
    }

    private static string Range(Vigil.Core.Extraction.Figures.FigureRange? range) =>
        range?.ToString() ?? string.Empty;
}
