using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>An English and a Persian report of one event: one incident with each source's figure, one speaker with both spellings.</summary>
public abstract class CrossLanguageTests : IncidentStoreTest
{
    // Invented reports of one killing in Shiraz on 17 November 2019 (۲۶ آبان ۱۳۹۸), with one police spokesman quoted in each.
    private const string English =
        "---\ntitle: Shiraz killings\noutlet: Radio Zamaneh\npublished: 2019-11-19\n---\n" +
        "Security forces killed 12 protesters in Shiraz on November 17, 2019, witnesses said.\n\n" +
        "Police spokesman Mohammed Rahimi said on Monday: \"Order has been restored in the city.\"\n";

    private const string Persian =
        "---\ntitle: کشتار شیراز\noutlet: صدای آمریکا\npublished: 2019-11-20\nlanguage: fa\n---\n" +
        "ماموران امنیتی روز ۲۶ آبان ۱۳۹۸ در شیراز به سوی معترضان تیراندازی کردند و دست کم ۱۵ نفر کشته شدند.\n\n" +
        "محمد رحیمی، سخنگوی پلیس، روز دوشنبه گفت: «نظم به شهر بازگشته است.»\n";

    [StoreFact]
    public async Task An_English_and_a_Persian_report_of_one_killing_are_one_incident_with_each_sources_figure()
    {
        await IngestExtractingAsync(WriteReports(("en.txt", English), ("fa.txt", Persian)));

        var incident = await IncidentOfTypeAsync("killing");
        Assert.Equal(("2019-11-17", "Shiraz", "Fars", 2, 2), (incident.Date, incident.Place, incident.Admin1, incident.MentionCount, incident.SourceCount));
        Assert.Equal((12, (int?)null), (incident.KilledMin, incident.KilledMax));
        Assert.Equal(
            [("Radio Zamaneh", 12, (int?)12), ("صدای آمریکا", 15, null)],
            ConflictingFiguresTests.Claims(incident.FiguresJson).OrderBy(c => c.Min).Select(c => (c.Source, c.Min, c.Max)));
    }

    [StoreFact]
    public async Task A_speaker_written_in_both_scripts_and_two_spellings_is_one_speaker_listing_the_variants()
    {
        await IngestExtractingAsync(WriteReports(("en.txt", English)));
        await IngestExtractingAsync(WriteReports(("fa.txt", Persian)));

        await using var db = OpenDb();
        var speaker = await db.Speakers.AsNoTracking().SingleAsync();
        Assert.Equal("mohammed rahimi", speaker.Key);
        Assert.Equal(["Mohammed Rahimi", "محمد رحیمی"], speaker.Variants.Split("; ").Order(StringComparer.Ordinal));
        Assert.Equal(2, await db.StatementMentions.CountAsync(m => m.SpeakerKey == speaker.Key));
    }
}
