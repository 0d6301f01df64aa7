using System.Diagnostics;
using System.Text.Json;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Output;

namespace Vigil.Core.Tests.Extraction.Languages;

/// <summary>The fa pack end to end, on invented Persian sentences.</summary>
public class PersianExtractionTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void Codes_an_arrest_with_its_count_Solar_date_and_place_from_a_Persian_sentence()
    {
        var result = Pipeline.Run("ماموران امنیتی روز شنبه ۲۵ آبان ۱۳۹۸ دست کم ۳۰ نفر را در شهر شیراز بازداشت کردند.", new DateOnly(2019, 11, 20), null);

        Assert.Equal("fa", result.Language);
        Assert.Null(result.Note);
        var arrest = Assert.Single(result.Incidents, i => i.Type == IncidentType.Arrest);
        Assert.Equal("2019-11-16", arrest.Date?.ToString());
        Assert.Equal("Shiraz", arrest.Location?.Name);
        Assert.Equal("شیراز", arrest.Location?.LocalName);
        Assert.Equal(30, arrest.Arrested?.Min);
        Assert.Null(arrest.Arrested?.Max);
    }

    [Fact]
    public void The_contract_keeps_the_English_place_name_and_adds_the_local_one()
    {
        var body = "دیروز صدها نفر در مشهد تجمع کردند.";
        var result = Pipeline.Run(body, new DateOnly(2019, 11, 17), "fa");

        using var json = JsonDocument.Parse(ExtractionJson.ToJsonLine("r1", result));
        var incident = json.RootElement.GetProperty("incidents")[0];
        Assert.Equal("protest", incident.GetProperty("type").GetString());
        Assert.Equal("2019-11-16", incident.GetProperty("date").GetString());
        Assert.Equal("Mashhad", incident.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("مشهد", incident.GetProperty("location").GetProperty("name_local").GetString());
    }

    [Theory]
    [InlineData("۱۲ نفر در اهواز بازداشت شدند.")]
    [InlineData("١٢ نفر در اهواز بازداشت شدند.")]
    [InlineData("12 نفر در اهواز بازداشت شدند.")]
    public void Counts_read_every_digit_script(string body)
    {
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 1), "fa");
        var arrest = Assert.Single(result.Incidents);
        Assert.Equal(12, arrest.Arrested?.Min);
        Assert.Equal("Ahvaz", arrest.Location?.Name);
    }

    [Fact]
    public void Spans_index_the_original_body_with_its_Arabic_letters_ZWNJs_and_kashidas()
    {
        var body = "در كرمانشاه دهها نفر بازداشت\u200Cشدند و چند نفر زخمـی شدند.";
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 1), "fa");

        Assert.Same(body, result.Text);
        var arrest = Assert.Single(result.Incidents, i => i.Type == IncidentType.Arrest);
        Assert.Equal("Kermanshah", arrest.Location?.Name);
        Assert.Equal(24, arrest.Arrested?.Min);
        Assert.Contains(result.Incidents, i => i.Type == IncidentType.Injury);
    }

    [Theory]
    [InlineData("معترضان بازداشت نشدند.")]
    [InlineData("کارگران فردا در تهران تجمع خواهند کرد.")]
    [InlineData("ممکن است معلمان در تبریز اعتصاب کنند.")]
    public void A_negated_future_or_hypothetical_verb_codes_no_incident(string body)
    {
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 1), "fa");
        Assert.Empty(result.Incidents);
    }

    [Fact]
    public void A_speaker_known_by_office_before_the_clause_final_verb_makes_a_statement()
    {
        var body = "سخنگوی قوه قضاییه روز سه شنبه اعلام کرد که ۱۲ نفر در زاهدان بازداشت شدند.";
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 5), "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("سخنگوی قوه قضاییه", statement.Speaker);
        Assert.Equal("2022-10-04", statement.Date?.ToString());
    }

    [Fact]
    public void A_quotation_reads_as_the_report_wrote_it_and_a_Friday_prayer_leader_is_no_date()
    {
        var body = "امام جمعه زاهدان گفت: «مردم ۲ بار حق اعتراض دارند.»";
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 20), "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("امام جمعه زاهدان", statement.Speaker);
        // The quotation's words, with the Persian digit as written (the stages read a folded copy).
        Assert.Equal("مردم ۲ بار حق اعتراض دارند.", statement.Quote);
        Assert.Empty(result.Dates);
    }

    [Fact]
    public void A_named_speaker_with_an_apposition_is_the_speaker_and_the_apposition_the_role()
    {
        var body = "رضا احمدی، فرماندار سنندج، از بازداشت ۴۰ نفر خبر داد.";
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 5), "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("رضا احمدی", statement.Speaker);
        Assert.Equal("فرماندار سنندج", statement.SpeakerRole);
    }

    [Fact]
    public void According_to_an_outlet_names_the_outlet_as_the_source()
    {
        var body = "به گزارش ایسنا، دو نفر در اراک کشته شدند.";
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 5), "fa");

        Assert.Equal("ایسنا", Assert.Single(result.Statements).Speaker);
        Assert.Contains(result.Incidents, i => i.Type == IncidentType.Killing && i.Killed?.Min == 2);
    }

    [Fact]
    public void A_day_and_Solar_month_without_a_year_resolve_against_the_publication_date()
    {
        var result = Pipeline.Run("روز ۲۴ آبان در کرج اعتصاب کردند.", new DateOnly(2019, 11, 20), "fa");
        Assert.Equal("2019-11-15", Assert.Single(result.Incidents).Date?.ToString());
    }

    [Theory]
    [InlineData("هذا نص عربي عن الاحتجاجات في بغداد.", "ar")]
    [InlineData("یہ ایک اردو جملہ ہے جس میں احتجاج کا ذکر ہے۔", "ur")]
    public void Arabic_and_Urdu_text_gets_the_no_pack_note(string body, string language)
    {
        var result = Pipeline.Run(body, null, null);
        Assert.Equal(language, result.Language);
        Assert.Equal($"no extraction for language {language}", result.Note);
    }

    [Fact]
    public void Mixed_script_text_and_Persian_digits_inside_Latin_words_do_not_break_extraction()
    {
        var body = string.Concat(Enumerable.Repeat("گزارش abc۱۲۳ IRNA: «۴ نفر» در Tehran و تهران بازداشت شدند؛ ‌‌ ـــ ؟ ", 2000));
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 1), "fa");
        Assert.Equal(body.Length, result.Text.Length);
        Assert.NotEmpty(result.Incidents);
    }

    [Fact]
    public void A_Persian_list_of_cities_after_a_colon_gives_one_protest_per_city()
    {
        var result = Pipeline.Run("روز جمعه در شهرهای زیر تجمع اعتراضی برگزار شد:\nشیراز، تبریز، رشت، سنندج", new DateOnly(2022, 10, 1), "fa");

        var cities = result.Incidents.Where(i => i.Type == IncidentType.Protest && i.Location?.Name != "Iran").Select(i => i.Location?.Name).ToHashSet();

        Assert.Equal(["Rasht", "Sanandaj", "Shiraz", "Tabriz"], cities.Order());
    }
}
