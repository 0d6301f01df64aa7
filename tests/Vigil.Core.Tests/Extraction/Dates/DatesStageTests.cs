using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

public sealed class DatesStageTests
{
    private static readonly DateOnly Monday20191125 = new(2019, 11, 25);

    private static List<(string Text, string Start, string? End, bool Relative)> Find(string text, DateOnly? published, DatesOptions? options = null)
    {
        var context = new ExtractionContext(text, published);
        new DatesStage(options).Run(context);
        return context.Dates.Select(d => (d.Span.Of(text), d.Start.ToString(), d.End?.ToString(), d.IsRelative)).ToList();
    }

    private static (string Text, string Start, string? End, bool Relative) Single(string text, DateOnly? published, DatesOptions? options = null) =>
        Assert.Single(Find(text, published, options));

    [Fact]
    public void A_report_after_a_longer_one_on_the_same_thread_finds_what_it_finds_alone()
    {
        // The parsers of one thread share a token buffer: the second report must not see the first one's tokens
        // (the first fills more of the buffer, with a year and a comma where the second has none).
        var longer = string.Join(" ", Enumerable.Repeat("On November 17, 2019, 300 people, in 1398, marched.", 40));
        const string shorter = "Protests began on 17 Nov in Shiraz, and again on Friday.";
        List<(string, string, string?, bool)>? alone = null;
        List<(string, string, string?, bool)>? afterLonger = null;
        var longerDates = 0;
        var fresh = new Thread(() => alone = Find(shorter, Monday20191125));
        fresh.Start();
        fresh.Join();
        var reused = new Thread(() =>
        {
            longerDates = Find(longer, null).Count(d => d.Start == "2019-11-17");
            afterLonger = Find(shorter, Monday20191125);
        });
        reused.Start();
        reused.Join();

        Assert.Equal(40, longerDates);
        Assert.Equal([("on 17 Nov", "2019-11-17", null, true), ("on Friday", "2019-11-22", null, true)], alone);
        Assert.Equal(alone, afterLonger);
    }

    [Theory]
    [InlineData("Protests began on November 17, 2019 in Shiraz.", "on November 17, 2019", "2019-11-17")]
    [InlineData("Protests began on 17 Nov. 2019 in Shiraz.", "on 17 Nov. 2019", "2019-11-17")]
    [InlineData("Protests began Nov 17 2019 in Shiraz.", "Nov 17 2019", "2019-11-17")]
    [InlineData("The file is dated 2019-11-17.", "2019-11-17", "2019-11-17")]
    [InlineData("The verdict of 17/11/2019 was upheld.", "17/11/2019", "2019-11-17")]
    [InlineData("The verdict of 11/17/2019 was upheld.", "11/17/2019", "2019-11-17")]
    [InlineData("Khamenei admitted on January 11, 2018 that it was organised.", "on January 11, 2018", "2018-01-11")]
    [InlineData("Iran, Nov. 22, 2018 - Members of Resistance Units met.", "Nov. 22, 2018", "2018-11-22")]
    [InlineData("Thursday, January 14, 2021\nHome", "Thursday, January 14, 2021", "2021-01-14")]
    [InlineData("He was arrested on the 3rd of March 2020.", "on the 3rd of March 2020", "2020-03-03")]
    [InlineData("It happened in July 2018.", "in July 2018", "2018-07")]
    [InlineData("the nationwide Iran protests in November 2019 has terrified the regime", "in November 2019", "2019-11")]
    [InlineData("It was signed in 2015.", "in 2015", "2015")]
    [InlineData("He has been jailed since 2017.", "since 2017", "2017")]
    [InlineData("victims of the 1988 massacre", "1988", "1988")]
    [InlineData("more than 30,000 political prisoners in the summer of 1988 were killed", "in the summer of 1988", "1988")]
    [InlineData("In early 2018, when similar protests started", "In early 2018", "2018")]
    [InlineData("prices rose in late 2019 again", "in late 2019", "2019")]
    [InlineData("by mid-2020 the plan failed", "mid-2020", "2020")]
    public void Reads_absolute_dates_with_their_span(string text, string span, string date)
    {
        Assert.Equal((span, date, (string?)null, false), Single(text, Monday20191125));
    }

    [Theory]
    [InlineData("Police killed 2019 people, the group said.")]
    [InlineData("Over 1,500 people were killed.")]
    [InlineData("Prices rose by 3.5 percent and 2018 points on the index.")]
    [InlineData("At 10:30 the crowd left; 12 days later and 30% more.")]
    [InlineData("The 13th government and the G20 and COVID-19 and 728 x 90.")]
    [InlineData("May God help us. March organisers said they may march.")]
    [InlineData("The verdict of 05/06/2019 was upheld.")]
    [InlineData("Jan Smith spoke.")]
    public void Does_not_take_counts_or_other_numbers_for_dates(string text)
    {
        Assert.Empty(Find(text, Monday20191125));
    }

    [Theory]
    [InlineData("Protesters gathered on Thursday.", "on Thursday", "2019-11-21")]
    [InlineData("Protesters gathered on Monday.", "on Monday", "2019-11-25")]
    [InlineData("Protesters gathered last Monday.", "last Monday", "2019-11-18")]
    [InlineData("Protesters gathered on Sunday night.", "on Sunday", "2019-11-24")]
    [InlineData("He was released today.", "today", "2019-11-25")]
    [InlineData("He was released yesterday.", "yesterday", "2019-11-24")]
    [InlineData("Clashes continued last night.", "last night", "2019-11-24")]
    [InlineData("He was arrested two days ago.", "two days ago", "2019-11-23")]
    [InlineData("He was arrested 10 days ago.", "10 days ago", "2019-11-15")]
    [InlineData("Khamenei addressed the crowd on November 17.", "on November 17", "2019-11-17")]
    [InlineData("Khamenei addressed the crowd on 17 November.", "on 17 November", "2019-11-17")]
    [InlineData("Strikes spread in July.", "in July", "2019-07")]
    [InlineData("Strikes spread in December.", "in December", "2018-12")]
    [InlineData("Strikes spread in mid-November.", "in mid-November", "2019-11")]
    [InlineData("Strikes spread in early December.", "in early December", "2018-12")]
    [InlineData("Strikes spread last month.", "last month", "2019-10")]
    [InlineData("Strikes spread earlier this month.", "earlier this month", "2019-11")]
    [InlineData("Strikes spread last year.", "last year", "2018")]
    [InlineData("Strikes spread this year.", "this year", "2019")]
    [InlineData("Strikes spread three months ago.", "three months ago", "2019-08")]
    [InlineData("Strikes spread a year ago.", "a year ago", "2018")]
    [InlineData("Strikes spread last November.", "last November", "2018-11")]
    [InlineData("Strikes spread last March.", "last March", "2019-03")]
    public void Resolves_partial_and_relative_dates_against_publication(string text, string span, string date)
    {
        Assert.Equal((span, date, (string?)null, true), Single(text, Monday20191125));
    }

    [Fact]
    public void Resolves_a_weekday_to_the_same_day_when_published_on_it()
    {
        Assert.Equal(("on Thursday", "2019-11-21", (string?)null, true), Single("Protesters gathered on Thursday.", new DateOnly(2019, 11, 21)));
    }

    [Fact]
    public void Resolves_a_month_and_day_to_the_previous_year_when_it_would_be_after_publication()
    {
        Assert.Equal(("December 28", "2018-12-28", (string?)null, true), Single("Protests began December 28 in Mashhad.", new DateOnly(2019, 2, 1)));
    }

    [Fact]
    public void Resolves_forward_after_a_future_cue()
    {
        Assert.Equal(("on Thursday", "2019-11-28", (string?)null, true), Single("The union will strike on Thursday.", Monday20191125));
        Assert.Equal(("in January", "2020-01", (string?)null, true), Single("Elections will be held in January.", Monday20191125));
        Assert.Equal(("next Monday", "2019-12-02", (string?)null, true), Single("They meet next Monday.", Monday20191125));
        Assert.Equal(("tomorrow", "2019-11-26", (string?)null, true), Single("They meet tomorrow.", Monday20191125));
    }

    [Fact]
    public void Gives_last_week_as_the_monday_to_sunday_range()
    {
        Assert.Equal(("last week", "2019-11-18", "2019-11-24", true), Single("Strikes spread last week.", Monday20191125));
        Assert.Equal(("three weeks ago", "2019-11-04", "2019-11-10", true), Single("Strikes spread three weeks ago.", Monday20191125));
        Assert.Equal(("earlier this week", "2019-11-25", null, true), Single("Strikes spread earlier this week.", Monday20191125));
        Assert.Equal(("this week", "2019-11-25", "2019-11-27", true), Single("Strikes spread this week.", new DateOnly(2019, 11, 27)));
    }

    [Theory]
    [InlineData("Protests raged from 15 to 18 November 2019.", "from 15 to 18 November 2019", "2019-11-15", "2019-11-18", false)]
    [InlineData("Protests raged November 15-18, 2019 across Iran.", "November 15-18, 2019", "2019-11-15", "2019-11-18", false)]
    [InlineData("Protests raged 15–18 November.", "15–18 November", "2019-11-15", "2019-11-18", true)]
    [InlineData("Prices doubled between 2017 and 2019.", "between 2017 and 2019", "2017", "2019", false)]
    [InlineData("Unrest lasted from November 2019 to January 2020.", "from November 2019 to January 2020", "2019-11", "2020-01", false)]
    [InlineData("Unrest lasted from November to January 2020.", "from November to January 2020", "2019-11", "2020-01", false)]
    [InlineData("In 2018 or 2019, the enemy will plan a sedition.", "In 2018 or 2019", "2018", "2019", false)]
    [InlineData("the uprising of the 2017-2018 winter", "2017-2018", "2017", "2018", false)]
    [InlineData("Strikes ran from December 28 to January 3.", "from December 28 to January 3", "2018-12-28", "2019-01-03", true)]
    public void Reads_ranges(string text, string span, string start, string end, bool relative)
    {
        Assert.Equal((span, start, end, relative), Single(text, new DateOnly(2019, 11, 25)));
    }

    [Fact]
    public void Reads_a_month_pair_as_a_range_ending_at_or_before_publication()
    {
        Assert.Equal(("since the Dec/Jan", "2017-12", "2018-01", true), Single("the uprising continuing since the Dec/Jan revolt", new DateOnly(2018, 11, 22)));
    }

    [Fact]
    public void Reads_each_year_of_a_list()
    {
        var found = Find("the situation has changed since 2015 and 2016 when the deal was signed", null);
        Assert.Equal([("since 2015", "2015", null, false), ("2016", "2016", null, false)], found);
    }

    [Fact]
    public void Reads_several_dates_in_text_order()
    {
        const string text = "Protests began on Friday, November 15. By Sunday, 100 cities had joined; on November 17, 2019 Khamenei spoke.\nTwo days ago, prisoners were freed.";
        var found = Find(text, Monday20191125);
        Assert.Equal(
            [
                ("on Friday, November 15", "2019-11-15", null, true),
                ("Sunday", "2019-11-24", null, true),
                ("on November 17, 2019", "2019-11-17", null, false),
                ("Two days ago", "2019-11-23", null, true),
            ],
            found);
    }

    [Fact]
    public void Without_publication_date_takes_the_year_from_the_nearest_explicit_year_before()
    {
        const string text = "In 2021 the talks stalled. They held a summit in July. On March 3 the envoy left.";
        Assert.Equal(
            [("In 2021", "2021", null, false), ("in July", "2021-07", null, true), ("On March 3", "2021-03-03", null, true)],
            Find(text, null));
    }

    [Fact]
    public void Without_publication_date_a_year_named_in_passing_does_not_set_the_year()
    {
        const string text = "In 2019 protests spread. It recalled the 1988 massacre. On November 17 Khamenei spoke.";
        Assert.Equal(
            [("In 2019", "2019", null, false), ("1988", "1988", null, false), ("On November 17", "2019-11-17", null, true)],
            Find(text, null));
    }

    [Fact]
    public void Without_publication_date_or_year_drops_partial_and_relative_dates()
    {
        Assert.Empty(Find("They held a summit in July. On Thursday, two days ago, yesterday and last week.", null));
        Assert.Empty(Find("They held a summit in July.", null, new DatesOptions { YearFromContext = false }));
        Assert.Equal([("on June 17, 2018", "2018-06-17", null, false)], Find("These remarks were aired on June 17, 2018.", null));
    }

    [Fact]
    public void Reads_a_numeric_date_with_a_declared_order()
    {
        Assert.Equal(("05/06/2019", "2019-06-05", (string?)null, false), Single("dated 05/06/2019", null, new DatesOptions { DayFirst = true }));
        Assert.Equal(("05/06/2019", "2019-05-06", (string?)null, false), Single("dated 05/06/2019", null, new DatesOptions { DayFirst = false }));
    }

    [Fact]
    public void Skips_impossible_dates()
    {
        Assert.Empty(Find("on February 30, 2019 and 2019-13-01 and 31/31/2019", Monday20191125));
        Assert.Equal(("February 29", "2016-02-29", (string?)null, true), Single("February 29", new DateOnly(2019, 11, 25)));
    }

    [Fact]
    public void Keeps_a_sentence_final_period_out_of_the_span()
    {
        Assert.Equal(("on 3rd January", "2020-01-03", (string?)null, true), Single("He was killed on 3rd January.", new DateOnly(2020, 2, 1)));
    }

    [Fact]
    public void Reads_solar_hijri_dates_with_persian_digits()
    {
        var options = new DatesOptions { Lexicon = DateLexicon.English.With(DateLexicon.Persian) };
        Assert.Equal(("۲۵ آبان ۱۳۹۸", "2019-11-16", (string?)null, false), Single("اعتراضات ۲۵ آبان ۱۳۹۸ آغاز شد", null, options));
        Assert.Equal(("in Aban 1398", "2019-10-23", "2019-11-21", false), Single("the protests in Aban 1398 spread", null, options));
        Assert.Equal(("on 25 Aban", "2019-11-16", (string?)null, true), Single("they rose on 25 Aban", Monday20191125, options));
    }

    [Fact]
    public void Survives_bad_input()
    {
        Assert.Empty(Find("", Monday20191125));
        Assert.Empty(Find("اعتراضات در تهران ادامه دارد", Monday20191125));
        var numbers = string.Join(' ', Enumerable.Range(0, 50_000).Select(i => (i * 37 % 4000).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var found = Find(numbers, Monday20191125);
        Assert.Empty(found);
        var oneLine = string.Concat(Enumerable.Repeat("on November 17, 2019 and in July - / , . ", 20_000));
        Assert.Equal(40_000, Find(oneLine, Monday20191125).Count);
    }

    [Fact]
    public void Reads_the_dates_of_the_sample_reports()
    {
        var (body, published) = Segmentation.SampleBodies.ReadWithDate("seed-02");
        var found = Find(body, published);

        Assert.Contains(("Nov. 22, 2018", "2018-11-22", null, false), found);
        Assert.Contains(("on June 17, 2018", "2018-06-17", null, false), found);
        Assert.Contains(("In 2018 or 2019", "2018", "2019", false), found);
    }
}
