using System.Text.Json;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Languages;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Extraction.Segmentation;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Languages;

public class LanguagePackTests
{
    [Fact]
    public void Every_pack_loads_every_stage_lexicon()
    {
        Assert.Contains("en", LanguagePack.Available);
        Assert.True(AbbreviationTable.For(LanguagePack.English).Count > 0);
        foreach (var code in LanguagePack.Available)
        {
            Assert.True(LanguagePack.TryGet(code, out var pack));
            Assert.NotNull(AbbreviationTable.For(pack)); // Persian has no period abbreviations: an empty table
            Assert.True(DateLexicon.For(pack).Count > 0, code);
            Assert.True(Gazetteer.For(pack).EntryCount > 0, code);
            Assert.NotNull(PlacesLexicon.For(pack));
            Assert.NotNull(FigureLexicon.For(pack));
            Assert.NotNull(ActorLexicon.For(pack));
            Assert.NotEmpty(StatementLexicon.For(pack).Verbs);
            Assert.NotNull(IncidentLexicon.For(pack));
        }
    }

    [Fact]
    public void English_pack_reads_its_flags_and_word_classes()
    {
        var english = LanguagePack.English;
        Assert.Equal("English", english.Name);
        Assert.True(english.CapitalisedNames);
        Assert.Equal(DayOfWeek.Monday, english.FirstDayOfWeek);
        Assert.Contains("saying", (IReadOnlySet<string>)StatementLexicon.For(english).Classes["participles"]);
        Assert.Equal(["according", "to"], StatementLexicon.For(english).According);
        Assert.True(IncidentLexicon.For(english).HabitWords.Contains("routinely"));
    }

    [Fact]
    public void Persian_is_a_pack_that_folds_its_script_and_reads_no_capitals()
    {
        Assert.Contains("fa", LanguagePack.Available);
        Assert.True(LanguagePack.TryGet("fa", out var persian));
        Assert.False(persian.CapitalisedNames);
        Assert.True(persian.FoldsArabicScript);
        Assert.Equal(DayOfWeek.Saturday, persian.FirstDayOfWeek);
        Assert.False(LanguagePack.TryGet("ku", out _));
        Assert.False(LanguagePack.TryGet(null, out _));
    }

    [Fact]
    public void Lexicon_file_splits_fields_and_skips_comments_and_blank_lines()
    {
        var entries = LexiconFile.Parse(new StringReader("# comment\n\n  called | for \nsaid\n"));
        Assert.Equal(2, entries.Count);
        Assert.Equal(["called", "for"], entries[0]);
        Assert.Equal(["said"], entries[1]);
    }

    [Theory]
    [InlineData("Protesters gathered in the square on Monday.", "en")]
    [InlineData("معترضان روز دوشنبه در میدان گرد آمدند.", "fa")]
    [InlineData("تجمع المحتجون في الساحة يوم الاثنين.", "ar")]
    [InlineData("Протестующие собрались на площади.", "ru")]
    [InlineData("1234 5678 ---", null)]
    [InlineData("", null)]
    public void Script_tells_the_language_of_a_report_that_does_not_say(string text, string? expected)
    {
        Assert.Equal(expected, ScriptLanguage.Detect(text));
    }

    [Fact]
    public void A_report_in_a_language_without_a_pack_gets_a_note_instead_of_mentions()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var result = pipeline.Run("Протестующие убили 3 полицейских в Тегеране 5 мая 2023 года.", new DateOnly(2023, 5, 6), null);
        Assert.Equal("ru", result.Language);
        Assert.Equal("no extraction for language ru", result.Note);
        Assert.Empty(result.Incidents);
        Assert.Empty(result.Dates);

        using var json = JsonDocument.Parse(ExtractionJson.ToJsonLine("r1", result));
        Assert.Equal("no extraction for language ru", json.RootElement.GetProperty("note").GetString());
        Assert.Equal("ru", json.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void Front_matter_language_overrides_the_script_and_region_subtags_are_dropped()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var english = pipeline.Run("Police arrested 12 students in Tehran on 5 May 2023.", null, "en-GB");
        Assert.Null(english.Note);
        Assert.Equal("en", english.Language);
        Assert.Single(english.Incidents);

        var kurdish = pipeline.Run("Police arrested 12 students in Tehran on 5 May 2023.", null, "ku");
        Assert.Equal("no extraction for language ku", kurdish.Note);
        Assert.Empty(kurdish.Incidents);
    }
}
