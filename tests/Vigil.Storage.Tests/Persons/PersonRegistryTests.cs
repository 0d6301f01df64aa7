using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;
using Vigil.Storage.Tests.Database;
using Vigil.Storage.Tests.Incidents;

namespace Vigil.Storage.Tests.Persons;

/// <summary>Person mentions stored at ingest and linked into the person registry, on each database.</summary>
public abstract class PersonRegistryTests : IncidentStoreTest
{
    private const string Hrana = """
        ---
        title: "Zahedan: teenagers among the dead"
        outlet: "HRANA"
        published: 2022-11-20
        language: en
        ---
        Security forces shot dead Mohammadreza Rahimian, 16, in Zahedan on 30 September 2022. He was a student.

        Ali Karimi was arrested in Tehran on 20 October 2022.
        """;

    private const string Amnesty = """
        ---
        title: "Names of the victims of Bloody Friday"
        outlet: "Amnesty International"
        published: 2022-12-01
        language: en
        ---
        Muhammad Reza Rahimian, 17, was killed by security forces in Zahedan on 30 September 2022.

        Ali Karimi was arrested in Rasht on 5 December 2022.
        """;

    [StoreFact]
    public async Task Person_mentions_are_stored_with_their_report_and_incident_mention()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana)));

        await using var db = OpenDb();
        var rows = await db.PersonMentions.AsNoTracking().OrderBy(m => m.Ordinal).ToListAsync();
        Assert.Equal(
            [("Mohammadreza Rahimian", 16, "killed", "2022-09-30", "Zahedan", "mhmdrzrhmn"), ("Ali Karimi", (int?)null, "arrested", "2022-10-20", "Tehran", "lkrm")],
            rows.Select(r => (r.Name, r.Age, r.Fate, r.Date, r.Place, r.NameKey)));
        var killing = await db.Mentions.AsNoTracking().SingleAsync(m => m.Id == rows[0].MentionId);
        Assert.Equal(rows[0].ReportId, killing.ReportId);
        Assert.Equal("killing", killing.Type);
        Assert.Equal(["persons.extracted"], await AuditActionsAsync("person_mentions", rows[0].ReportId));
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Verify_names_the_one_report_whose_person_mention_was_edited_behind_vigils_back()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));
        await AssertVerifiesAsync();
        await using var db = OpenDb();
        var edited = await db.PersonMentions.AsNoTracking().SingleAsync(m => m.Name == "Muhammad Reza Rahimian");
        await db.PersonMentions.Where(m => m.Id == edited.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.Age, 18));

        var result = await VerifyAsync();

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith($"person_mentions {Vigil.Storage.Incidents.IncidentIds.ShortForm(edited.ReportId)}: changed since audit entry ", problem, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task One_person_from_two_reports_keeps_each_sources_age_and_namesakes_in_other_cities_stay_apart()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));

        await using var db = OpenDb();
        var persons = await db.Persons.AsNoTracking().OrderBy(p => p.Name).ToListAsync();
        Assert.Equal(["Ali Karimi", "Ali Karimi", "Muhammad Reza Rahimian"], persons.Select(p => p.Name));
        var rahimian = persons[2];
        Assert.Equal((16, 17, 2), (rahimian.AgeMin, rahimian.AgeMax, rahimian.MentionCount));
        Assert.Equal("[{\"age\":16,\"sources\":[\"HRANA\"]},{\"age\":17,\"sources\":[\"Amnesty International\"]}]", rahimian.AgesJson);
        Assert.Equal("Amnesty International; HRANA", rahimian.Sources);
        Assert.Equal("Mohammadreza Rahimian; Muhammad Reza Rahimian", rahimian.Variants);
        Assert.Equal("killed", rahimian.Fates);
        Assert.StartsWith("[{\"fate\":\"killed\",\"date\":\"2022-09-30\",\"place\":\"Zahedan\",\"admin1\":\"Sistan and Baluchestan\",\"sources\":[\"Amnesty International\",\"HRANA\"],\"reports\":[", rahimian.FatesJson, StringComparison.Ordinal);
        var reasons = await db.PersonMentions.AsNoTracking().Where(m => m.PersonId == rahimian.Id).OrderBy(m => m.LinkReason).Select(m => m.LinkReason).ToListAsync();
        Assert.Equal(["first mention", "same name skeleton 'mhmdrzrhmn'; same incident; same place Zahedan; ages 16 and 17 within 1 year; same date 2022-09-30"], reasons);
        Assert.Equal(["person.linked"], await AuditActionsAsync("person", rahimian.Id.ToString()));
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Reports_in_separate_runs_and_a_recluster_give_the_same_persons_with_the_same_ids()
    {
        var paths = WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty));
        await IngestExtractingAsync(paths[0]);
        await IngestExtractingAsync(paths[1]);
        var first = await PersonsAsync();

        await ReclusterAsync();

        Assert.Equal(3, first.Count);
        Assert.Equal(first, await PersonsAsync());
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task A_relink_rewrites_only_what_changed_and_finds_a_person_by_the_spelling_a_later_report_added()
    {
        var paths = WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty));
        await IngestExtractingAsync(paths[0]);
        Assert.Empty(await SearchAsync("Muhamm"));

        await IngestExtractingAsync(paths[1]);
        var rahimian = Assert.Single(await SearchAsync("Muhamm"));
        Assert.Equal(["person.linked", "person.relinked"], await AuditActionsAsync("person", rahimian.Id.ToString()));
        var (links, terms) = await LinksAndTermsAsync();

        await ReclusterAsync();

        await using var db = OpenDb();
        var after = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == rahimian.Id);
        Assert.Equal((rahimian.UpdatedAt, rahimian.MentionCount, "Mohammadreza Rahimian; Muhammad Reza Rahimian"), (after.UpdatedAt, after.MentionCount, after.Variants));
        Assert.Equal(["person.linked", "person.relinked"], await AuditActionsAsync("person", rahimian.Id.ToString()));
        Assert.Equal((links, terms), await LinksAndTermsAsync());
        await AssertVerifiesAsync();
    }

    private async Task<List<Person>> SearchAsync(string name)
    {
        await using var db = OpenDb();
        return await (await new ListPersons(db).QueryAsync(new PersonFilter { Search = name })).ToListAsync();
    }

    private async Task<(string Links, string Terms)> LinksAndTermsAsync()
    {
        await using var db = OpenDb();
        var links = await db.PersonMentions.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Id + " " + m.PersonId + " " + m.LinkReason).ToListAsync();
        var terms = await db.PersonSearchTerms.AsNoTracking().Select(t => t.PersonId + " " + t.Term).ToListAsync();
        return (string.Join("\n", links), string.Join("\n", terms.Order(StringComparer.Ordinal)));
    }

    [StoreFact]
    public async Task A_person_row_edited_behind_Vigils_back_fails_verify()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana)));
        await using (var db = OpenDb())
        {
            var person = await db.Persons.FirstAsync();
            person.Publishable = true;
            await db.SaveChangesAsync();
        }

        var result = await VerifyAsync();

        Assert.Contains(result.Problems, p => p.StartsWith("person ", StringComparison.Ordinal) && p.Contains("changed since audit entry", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task Confirm_edit_merge_and_split_are_audited_pinned_and_survive_a_recluster()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));
        var karimis = await IdsNamedAsync("Ali Karimi");
        var (tehran, rasht) = (karimis[0], karimis[1]);
        await using var db = OpenDb();
        var review = new ReviewPerson(db, Clock);

        Assert.Null(await review.SetStatusAsync(tehran, "confirmed", Actor));
        Assert.Null(await review.SetFieldAsync(tehran, "age", "34", Actor));
        Assert.Equal("age: not a whole number of years between 0 and 120", await review.SetFieldAsync(tehran, "age", "thirty", Actor));
        Assert.Null(await new MergePersons(db, Clock).RunAsync(tehran, rasht, Actor));
        await ReclusterAsync();

        var merged = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == tehran);
        Assert.Equal(("confirmed", 2, "arrested", "{\"age\":\"34\"}"), (merged.Status, merged.MentionCount, merged.Fates, merged.OverridesJson));
        Assert.False(await db.Persons.AnyAsync(p => p.Id == rasht));
        Assert.Equal(["person.linked", "person.confirmed", "person.edited", "person.merged"], await AuditActionsAsync("person", tehran.ToString()));
        Assert.Equal(["person.linked", "person.deleted"], await AuditActionsAsync("person", rasht.ToString()));

        var moving = await db.PersonMentions.AsNoTracking().Where(m => m.PersonId == tehran && m.Place == "Rasht").Select(m => m.Id).SingleAsync();
        var (split, problem) = await new SplitPerson(db, Clock).RunAsync(tehran, [moving], Actor);
        Assert.Null(problem);
        await ReclusterAsync();
        var created = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == split);
        Assert.Equal((1, "unreviewed"), (created.MentionCount, created.Status));
        Assert.Equal("split by an editor from person " + tehran, await db.PersonMentions.AsNoTracking().Where(m => m.Id == moving).Select(m => m.LinkReason).SingleAsync());
        Assert.Equal("choose some, but not all, of the person's mentions to split off", (await new SplitPerson(db, Clock).RunAsync(tehran, [], Actor)).Problem);
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Readers_see_only_confirmed_publishable_persons_and_every_signed_in_read_is_audited()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana)));
        var id = (await IdsNamedAsync("Mohammadreza Rahimian")).Single();
        await using var db = OpenDb();
        var read = new ReadPerson(db, Clock);

        Assert.Null(await read.RunAsync(id, IncidentAudience.Reader, "web:viewer"));
        await new ReviewPerson(db, Clock).SetStatusAsync(id, "confirmed", Actor);
        Assert.Null(await read.RunAsync(id, IncidentAudience.Reader, "web:viewer"));
        await new ReviewPerson(db, Clock).SetPublishableAsync(id, true, Actor);
        var shown = await read.RunAsync(id, IncidentAudience.Reader, "web:viewer");
        var editor = await read.RunAsync(id, IncidentAudience.Editor, "web:editor", withReads: true);

        Assert.NotNull(shown);
        Assert.Null(shown.Mentions.Single().FileName);
        Assert.Equal("shot dead Mohammadreza Rahimian", shown.Mentions.Single().Evidence);
        Assert.Single(shown.Incidents);
        Assert.Equal("hrana.txt", editor!.Mentions.Single().FileName);
        var reads = editor.History.Where(e => e.Action == PersonPayload.ReadAction).Select(e => e.Actor).ToList();
        Assert.Equal(["web:viewer", "web:editor"], reads);
        Assert.Equal(1, await new PersonFilter { Audience = IncidentAudience.Reader }.Apply(db.Persons).CountAsync());
        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Linking_the_same_mentions_gives_the_same_persons_whatever_ids_they_got_and_order_they_are_read_in()
    {
        // One name in three reports, all in Tehran on one day: aged 22, aged 30, no age. The ageless mention joins whichever
        // person it meets first, so the order the linker takes them in decides the persons. Ids are made at ingest (in the
        // order reports happened to be extracted) and rows come back in the order they were written, so each round writes
        // the same mentions under other ids, in another order.
        await using var db = OpenDb();
        var reports = new[] { "3f0a", "9c41", "b7d2" }.Select(r => new Vigil.Storage.Reports.Report
        {
            Id = r + new string('0', 60), FileName = r + ".txt", Format = "text", Body = "Mahsa Amini was arrested.", WordCount = 4, ByteLength = 25, IngestedAt = StoredAt,
        }).ToList();
        db.Reports.AddRange(reports);
        await db.SaveChangesAsync();
        int?[] ages = [22, 30, null];
        int[][] orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var order in orders)
        {
            await db.Persons.ExecuteDeleteAsync();
            await db.PersonMentions.ExecuteDeleteAsync();
            foreach (var i in order)
            {
                db.PersonMentions.Add(new PersonMention
                {
                    Id = new Guid(order[i] + 1, 0, 0, new byte[8]), ReportId = reports[i].Id, Ordinal = 0, Name = "Mahsa Amini", NameKey = Vigil.Core.Persons.PersonName.Of("Mahsa Amini").Key,
                    Age = ages[i], Gender = "female", Fate = "arrested", Date = "2022-09-13", DateFrom = new DateOnly(2022, 9, 13), DateTo = new DateOnly(2022, 9, 13),
                    Place = "Tehran", Admin1 = "Tehran", Country = "IR", EvidenceStart = 0, EvidenceEnd = 11,
                });
                await db.SaveChangesAsync();
            }

            db.ChangeTracker.Clear();
            await new LinkPersons(db, Clock).RebuildAsync(new Vigil.Storage.Audit.AuditLog(db, Clock), Actor);
            var linked = await db.PersonMentions.AsNoTracking().Select(m => new { m.PersonId, m.ReportId }).ToListAsync();
            shapes.Add(string.Join("|", linked.GroupBy(m => m.PersonId).Select(g => string.Join(",", g.Select(m => m.ReportId[..4]).Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal)));
        }

        // In the reports' order: aged 22, aged 30 (the ages contradict: a second person), then the ageless one fits both: neither.
        Assert.Equal(["3f0a|9c41|b7d2"], shapes);
    }

    [StoreFact]
    public async Task Filters_find_children_by_fate_province_and_any_spelling_or_script()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));
        await using var db = OpenDb();
        async Task<List<string>> Names(PersonFilter f) => [.. (await (await new ListPersons(db).QueryAsync(f)).Select(p => p.Name).ToListAsync()).Order(StringComparer.Ordinal)];

        Assert.Equal(["Muhammad Reza Rahimian"], await Names(new PersonFilter { AgeMax = PersonFilter.ChildAgeMax }));
        Assert.Equal(["Ali Karimi", "Ali Karimi"], await Names(new PersonFilter { Fate = "arrested" }));
        Assert.Equal(["Ali Karimi"], await Names(new PersonFilter { Admin1 = "gilan" }));
        Assert.Equal(["Ali Karimi"], await Names(new PersonFilter { From = new DateOnly(2022, 12, 1) }));
        Assert.Equal(["Muhammad Reza Rahimian"], await Names(new PersonFilter { Search = "محمدرضا رحیمیان" }));
        Assert.Equal(["Muhammad Reza Rahimian"], await Names(new PersonFilter { Search = "Mohammed Rida Rahimian" }));
        Assert.Equal(["Muhammad Reza Rahimian"], await Names(new PersonFilter { Search = "rahimian" }));
        Assert.Equal(["Muhammad Reza Rahimian"], await Names(new PersonFilter { Source = "amnesty", Fate = "killed" }));
        Assert.Empty(await Names(new PersonFilter { Gender = "female" }));
    }

    [StoreFact]
    public async Task A_relink_gives_the_callers_transaction_back_with_its_own_plan_setting()
    {
        // On PostgreSQL the relink plans its statements for their parameters (plan_cache_mode) and puts the caller's back.
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));
        await using var db = OpenDb();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var postgres = db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL plan_cache_mode = force_generic_plan");
        }

        var linker = new LinkPersons(db, Clock);
        await linker.RebuildAsync(new Vigil.Storage.Audit.AuditLog(db, Clock), Actor);

        Assert.Equal(3, await db.Persons.CountAsync());
        if (postgres)
        {
            Assert.Equal("force_generic_plan", await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync());
        }
    }

    [StoreFact]
    public async Task A_fate_the_extraction_writes_and_any_other_text_filter_alike_with_and_without_a_name_search()
    {
        // A known fate is written into the SQL as a constant, any other text is a parameter: the same matching either way.
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));
        await using var db = OpenDb();
        async Task<List<string>> Names(PersonFilter f) => [.. (await (await new ListPersons(db).QueryAsync(f)).Select(p => p.Name).ToListAsync()).Order(StringComparer.Ordinal)];

        Assert.Equal(["Ali Karimi", "Ali Karimi"], await Names(new PersonFilter { Fate = " Arrested " }));
        Assert.Equal(["Ali Karimi", "Ali Karimi"], await Names(new PersonFilter { Fate = "arrest" }));
        Assert.Equal(["Muhammad Reza Rahimian"], await Names(new PersonFilter { Fate = "killed", Search = "rahimian" }));
        Assert.Equal(["Muhammad Reza Rahimian"], await Names(new PersonFilter { Fate = "kill", Search = "rahimian" }));
        Assert.Empty(await Names(new PersonFilter { Fate = "arrested", Search = "rahimian" }));
        Assert.Empty(await Names(new PersonFilter { Fate = "executed" }));
        Assert.Empty(await Names(new PersonFilter { Fate = "'; --" }));
        var sql = (await new ListPersons(db).QueryAsync(new PersonFilter { Fate = "arrested", Search = "karimi" })).ToQueryString();
        Assert.Contains("'%arrested%'", sql, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Search_finds_the_start_of_a_word_a_spelling_variant_or_the_other_script_and_never_mixes_two_names()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));
        await using var db = OpenDb();
        using var index = new PersonListIndex(); // the web app's: the terms in memory, read again when the audit head moves
        async Task<List<string>> Found(string search)
        {
            List<string> byQuery = [.. (await (await new ListPersons(db).QueryAsync(new PersonFilter { Search = search })).Select(p => p.Name).ToListAsync()).Order(StringComparer.Ordinal)];
            var page = await new ListPersons(db, index: index).RunAsync(new PersonFilter { Search = search }, 1, 50);
            Assert.Equal(byQuery, page.Rows.Select(p => p.Name).Order(StringComparer.Ordinal)); // the same persons from memory
            return byQuery;
        }

        Assert.Equal(["Muhammad Reza Rahimian"], await Found("Rahim"));
        Assert.Equal(["Muhammad Reza Rahimian"], await Found("  MOHAMMADREZA  "));
        Assert.Equal(["Ali Karimi", "Ali Karimi"], await Found("Karimy"));
        Assert.Equal(["Ali Karimi", "Ali Karimi"], await Found("علی کریمی"));
        Assert.Empty(await Found("Ali Rahimian")); // each word must find the same person

        // Words in any order: the same persons whichever word comes first or drives the search.
        Assert.Equal(["Ali Karimi", "Ali Karimi"], await Found("Karimi Ali"));
        Assert.Equal(["Ali Karimi", "Ali Karimi"], await Found("Aly Kar"));
        Assert.Equal(["Muhammad Reza Rahimian"], await Found("rahimian mohammed reza"));
        Assert.Empty(await Found("Rahimian Ali"));
        Assert.Empty(await Found("Karimi Reza"));
        Assert.Empty(await Found("~ - ~"));

        // The search index holds the machine's name words and skeletons; a merge leaves the merged-away person none.
        var rahimian = (await IdsNamedAsync("Muhammad Reza Rahimian")).Single();
        var terms = await db.PersonSearchTerms.AsNoTracking().Where(t => t.PersonId == rahimian).Select(t => t.Term).ToListAsync();
        Assert.Contains("rahimian", terms);
        Assert.Contains("~rhmn", terms);
        var karimis = await IdsNamedAsync("Ali Karimi");
        Assert.Null(await new MergePersons(db, Clock).RunAsync(karimis[0], karimis[1], Actor));
        Assert.False(await db.PersonSearchTerms.AnyAsync(t => t.PersonId == karimis[1]));
        Assert.Equal(["Ali Karimi"], await Found("karimi")); // the merge moved the audit head: the index was read again
    }

    [StoreFact]
    public async Task The_list_index_follows_reviews_reads_and_merges_from_the_audit_entries_without_reading_everything_again()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));
        await using var db = OpenDb();
        using var index = new PersonListIndex();
        var inMemory = new ListPersons(db, index: index);
        async Task<List<string>> Found(PersonFilter filter)
        {
            List<string> names = [.. (await inMemory.RunAsync(filter, 1, 50)).Rows.Select(p => p.Name).Order(StringComparer.Ordinal)];
            Assert.Equal([.. (await new ListPersons(db).RunAsync(filter, 1, 50)).Rows.Select(p => p.Name).Order(StringComparer.Ordinal)], names); // as the database finds them
            return names;
        }

        var karimi = new PersonFilter { Search = "karimi" };
        Assert.Equal(["Ali Karimi", "Ali Karimi"], await Found(karimi));
        Assert.Equal(1, index.FullReadings);
        var karimis = await IdsNamedAsync("Ali Karimi");

        await new ReadPerson(db, Clock).RecordReadAsync([karimis[0]], "cli:alice", "page"); // an audit entry that changes nothing
        Assert.Equal(["Ali Karimi", "Ali Karimi"], await Found(karimi));
        await using (var review = OpenDb())
        {
            Assert.Null(await new ReviewPerson(review, Clock).SetStatusAsync(karimis[0], IncidentStatus.Confirmed, Actor));
        }

        Assert.Equal(["Ali Karimi"], await Found(karimi with { Status = IncidentStatus.Confirmed }));
        Assert.Equal(["Ali Karimi"], await Found(new PersonFilter { Status = IncidentStatus.Confirmed })); // a list without a name, too
        Assert.Empty(await Found(karimi with { Audience = IncidentAudience.Reader })); // confirmed, not yet publishable
        await using (var review = OpenDb())
        {
            Assert.Null(await new ReviewPerson(review, Clock).SetStatusAsync(karimis[1], IncidentStatus.Rejected, Actor));
        }

        Assert.Equal(["Ali Karimi"], await Found(karimi)); // a rejected person is left out of the list
        Assert.Equal(["Ali Karimi"], await Found(karimi with { Status = IncidentStatus.Rejected }));
        Assert.Equal(["Ali Karimi"], await Found(new PersonFilter { Fate = "arrested" }));
        Assert.Equal(["Ali Karimi", "Muhammad Reza Rahimian"], await Found(new PersonFilter()));
        await using (var merge = OpenDb())
        {
            Assert.Null(await new MergePersons(merge, Clock).RunAsync(karimis[0], karimis[1], Actor));
        }

        Assert.Equal(["Ali Karimi"], await Found(karimi));
        Assert.Empty(await Found(karimi with { Status = IncidentStatus.Rejected })); // the merged-away person is gone
        Assert.Equal(["Muhammad Reza Rahimian"], await Found(new PersonFilter { Search = "Mohammed Rida Rahimian" }));

        // An editor's value: the person is listed by it, from the entry that names them; a page view after it changes nothing.
        var rahimian = (await IdsNamedAsync("Muhammad Reza Rahimian")).Single();
        Assert.Empty(await Found(new PersonFilter { Fate = "executed" }));
        await using (var edit = OpenDb())
        {
            Assert.Null(await new ReviewPerson(edit, Clock).SetFieldAsync(rahimian, "fate", "executed", Actor));
        }

        Assert.Equal(["Muhammad Reza Rahimian"], await Found(new PersonFilter { Fate = "executed" }));
        await new ReadPerson(db, Clock).RecordReadAsync([rahimian], "cli:alice", "page");
        Assert.Equal(["Muhammad Reza Rahimian"], await Found(new PersonFilter { Fate = "executed", Search = "rahimian" }));
        Assert.Empty(await Found(new PersonFilter { Fate = "killed", Search = "rahimian" })); // the editor's fate, not the machine's
        Assert.Equal(1, index.FullReadings); // each change applied from the entries that name the person
    }

    [StoreFact]
    public async Task The_list_counts_only_ten_pages_past_the_page_it_shows_and_says_more()
    {
        await using (var fill = OpenDb())
        {
            for (var i = 0; i < 25; i++)
            {
                fill.Persons.Add(new Person { Id = Guid.CreateVersion7(), Key = "k" + i, Name = "Person " + i, DateFrom = new DateOnly(2022, 1, 1).AddDays(i), DateTo = new DateOnly(2022, 1, 1).AddDays(i) });
            }

            await fill.SaveChangesAsync();
        }

        await using var db = OpenDb();
        var list = new ListPersons(db);

        var first = await list.RunAsync(new PersonFilter(), 1, 2);
        Assert.Equal((20, true), (first.Total, first.More));
        Assert.Equal(["Person 24", "Person 23"], first.Rows.Select(p => p.Name));
        var third = await list.RunAsync(new PersonFilter(), 3, 2);
        Assert.Equal((24, true), (third.Total, third.More));
        var last = await list.RunAsync(new PersonFilter(), 13, 2);
        Assert.Equal((25, false), (last.Total, last.More));
        Assert.Equal(["Person 0"], last.Rows.Select(p => p.Name));
        var past = await list.RunAsync(new PersonFilter(), 14, 2); // a hand-edited page= past the end: no rows, the whole count
        Assert.Equal((25, false, 0), (past.Total, past.More, past.Rows.Count));
        var confirmedPast = await list.RunAsync(new PersonFilter { Status = IncidentStatus.Unreviewed }, 30, 2);
        Assert.Equal((25, false, 0), (confirmedPast.Total, confirmedPast.More, confirmedPast.Rows.Count));
        Assert.Equal(500, ListPersons.CountedTo(0, 50));
        Assert.Equal(ListPersons.CountLimit, ListPersons.CountedTo(9_950, 50));
    }

    [StoreFact]
    public async Task A_page_of_a_filter_on_edited_fields_merges_the_edited_persons_in_the_databases_order_and_count()
    {
        // 40 persons, some without a date (PostgreSQL sorts them first, SQLite last), ties on a date, one in four edited.
        var ids = new List<Guid>();
        await using (var fill = OpenDb())
        {
            for (var i = 0; i < 40; i++)
            {
                var id = Guid.CreateVersion7();
                ids.Add(id);
                DateOnly? day = i % 7 == 0 ? null : new DateOnly(2022, 9, 1).AddDays(i % 5);
                fill.Persons.Add(new Person
                {
                    Id = id, Key = "k" + i, Name = "Person " + i, AgeMin = 10 + i, AgeMax = 10 + i, Fates = i % 2 == 0 ? "arrested" : "killed",
                    Admin1 = i % 3 == 0 ? "Tehran" : "Kurdistan", DateFrom = day, DateTo = day, Status = i % 9 == 0 ? IncidentStatus.Rejected : i % 5 == 2 ? IncidentStatus.Confirmed : IncidentStatus.Unreviewed,
                    OverridesJson = (i % 4) switch { 1 => """{"age":"16"}""", 3 => """{"admin1":"Tehran","fate":"executed"}""", _ => "{}" },
                    Publishable = i % 3 == 1, SearchText = i % 2 == 0 ? "person even" : "person",
                    Gender = (i % 3) switch { 0 => "female", 1 => "male", _ => null }, Sources = i % 4 == 0 ? "HRANA; Amnesty International" : "Hengaw",
                });
                fill.PersonSearchTerms.Add(new PersonSearchTerm { PersonId = id, Term = "person" });
                if (i % 2 == 0)
                {
                    fill.PersonSearchTerms.Add(new PersonSearchTerm { PersonId = id, Term = "even" });
                }
            }

            await fill.SaveChangesAsync();
        }

        await using var db = OpenDb();
        var cached = new EditedPersons();
        PersonFilter[] filters =
        [
            new() { AgeMax = PersonFilter.ChildAgeMax }, new() { Fate = "executed" }, new() { Fate = "killed" }, new() { Admin1 = "tehran" },
            new() { Admin1 = "tehran", From = new DateOnly(2022, 9, 3) }, new() { AgeMin = 30, Status = IncidentStatus.Rejected },
            // name searches, which the web app finds (and with the status and audience alone, lists) in memory
            new() { Search = "pers" }, new() { Search = "even person" }, new() { Search = "person", Status = IncidentStatus.Rejected },
            new() { Search = "person", Audience = IncidentAudience.Reader }, new() { Search = "person", Status = IncidentStatus.Confirmed }, new() { Search = "even", Fate = "arrested" },
            // every other field, which the web app lists in memory too: the walk in the list's order must stop and count as the database does
            new(), new() { Status = IncidentStatus.Confirmed }, new() { Audience = IncidentAudience.Reader }, new() { Source = "amnesty" },
            new() { Gender = "male" }, new() { AgeMin = 25 }, new() { To = new DateOnly(2022, 9, 3) }, new() { Fate = "kill" },
            new() { Fate = "arrested", Admin1 = " KURDISTAN ", AgeMax = 40 }, new() { Source = "hengaw", Gender = "female", Status = IncidentStatus.Unreviewed },
            new() { Fate = "killed", Search = "pers", From = new DateOnly(2022, 9, 2) },
        ];
        using var index = new PersonListIndex();
        foreach (var filter in filters)
        {
            var whole = await (await new ListPersons(db).QueryAsync(filter)).OrderByDescending(p => p.DateTo).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync();
            Assert.NotEmpty(whole);
            foreach (var list in new[] { new ListPersons(db), new ListPersons(db, cached), new ListPersons(db, index: index) })
            {
                var pages = new List<Guid>();
                for (var page = 1; page <= 8; page++)
                {
                    var (rows, total, more) = await list.RunAsync(filter, page, 3);
                    Assert.Equal((Math.Min(whole.Count, ListPersons.CountedTo((page - 1) * 3, 3)), whole.Count > ListPersons.CountedTo((page - 1) * 3, 3)), (total, more));
                    pages.AddRange(rows.Select(p => p.Id));
                }

                Assert.Equal(whole.Take(24), pages);
            }
        }

        // An audited edit moves the audit head: the cached edited persons are read again.
        var before = (await new ListPersons(db, cached).RunAsync(new PersonFilter { Fate = "executed" }, 1, 50)).Rows.Count;
        await using (var edit = OpenDb())
        {
            Assert.Null(await new ReviewPerson(edit, Clock).SetFieldAsync(ids[2], "fate", "executed", Actor));
        }

        Assert.Equal(before + 1, (await new ListPersons(db, cached).RunAsync(new PersonFilter { Fate = "executed" }, 1, 50)).Rows.Count);
    }

    [StoreFact]
    public async Task A_page_read_with_its_count_in_one_query_or_deep_in_two_lists_the_whole_querys_persons_and_count()
    {
        // 130 persons: children and adults, killed and arrested, some without a province or a date, some edited, some rejected.
        await using (var fill = OpenDb())
        {
            for (var i = 0; i < 130; i++)
            {
                DateOnly? day = i % 11 == 0 ? null : new DateOnly(2021, 6, 1).AddDays(i % 37);
                fill.Persons.Add(new Person
                {
                    Id = Guid.CreateVersion7(), Key = "k" + i, Name = "Person " + i, AgeMin = i % 3 == 0 ? 12 + (i % 6) : 20 + (i % 30), AgeMax = i % 3 == 0 ? 17 : 20 + (i % 30),
                    Fates = i % 2 == 0 ? "arrested; killed" : "arrested", Admin1 = (i % 4) switch { 0 => "Kurdistan", 1 => "Tehran", 2 => null, _ => "kurdistan" },
                    DateFrom = day, DateTo = day, Status = i % 10 == 0 ? IncidentStatus.Rejected : IncidentStatus.Unreviewed,
                    OverridesJson = i % 13 == 5 ? """{"age":"15"}""" : "{}", FatesJson = """[{"fate":"arrested"}]""",
                });
            }

            await fill.SaveChangesAsync();
        }

        await using var db = OpenDb();
        PersonFilter[] filters =
        [
            new(), new() { AgeMax = PersonFilter.ChildAgeMax }, new() { AgeMax = PersonFilter.ChildAgeMax, Fate = "killed" }, new() { AgeMax = 20 },
            new() { Admin1 = "Kurdistan", From = new DateOnly(2021, 6, 10) }, new() { Status = IncidentStatus.Rejected, AgeMax = PersonFilter.ChildAgeMax },
        ];
        foreach (var filter in filters)
        {
            var whole = await (await new ListPersons(db).QueryAsync(filter)).OrderByDescending(p => p.DateTo).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync();
            Assert.NotEmpty(whole);
            // Without a name search every page is a capped count, then the page (size 101 counts to 1,010 from page 1 on,
            // past ListPersons.HeadLimit, where a search too takes two queries; a search's one-query head is checked by the
            // search tests through the same RunAsync).
            foreach (var (page, size) in new[] { (1, 101), (2, 101), (1, 7), (3, 7), (40, 7) })
            {
                var skip = (page - 1) * size;
                Assert.Equal(ListPersons.CountedTo(skip, size) + 1 > ListPersons.HeadLimit, size == 101);
                var (rows, total, more) = await new ListPersons(db, new EditedPersons()).RunAsync(filter, page, size);
                Assert.Equal(whole.Skip(skip).Take(size), rows.Select(p => p.Id));
                Assert.Equal((Math.Min(whole.Count, ListPersons.CountedTo(skip, size)), whole.Count > ListPersons.CountedTo(skip, size)), (total, more));
            }
        }

        // A page's rows carry what a list shows as stored, not the fates and ages by source (only a person's page reads those).
        foreach (var row in (await new ListPersons(db).RunAsync(new PersonFilter(), 1, 7)).Rows)
        {
            var stored = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == row.Id);
            Assert.Equal((stored.Name, stored.Fates, stored.AgeMin, stored.AgeMax, stored.Admin1, stored.DateTo, stored.Status, stored.OverridesJson), (row.Name, row.Fates, row.AgeMin, row.AgeMax, row.Admin1, row.DateTo, row.Status, row.OverridesJson));
            Assert.Equal(("""[{"fate":"arrested"}]""", "[]"), (stored.FatesJson, row.FatesJson));
        }
    }

    [StoreFact]
    public async Task Filters_read_an_editors_age_fate_province_and_date_where_set_and_the_machine_values_elsewhere()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));
        var rasht = (await IdsNamedAsync("Ali Karimi")).Count == 2 ? await RashtKarimiAsync() : throw new InvalidOperationException("two Ali Karimi expected");
        await using (var edit = OpenDb())
        {
            var review = new ReviewPerson(edit, Clock);
            Assert.Null(await review.SetFieldAsync(rasht, "age", "17", Actor));
            Assert.Null(await review.SetFieldAsync(rasht, "fate", "arrested; executed", Actor));
            Assert.Null(await review.SetFieldAsync(rasht, "admin1", "Tehran", Actor));
            Assert.Null(await review.SetFieldAsync(rasht, "date", "2023-01", Actor));
            Assert.Equal("fate: not one or more of killed, injured, arrested, executed, sentenced, disappeared, released, other (separated by ;)", await review.SetFieldAsync(rasht, "fate", "shot", Actor));
        }

        await using var db = OpenDb();
        var list = new ListPersons(db);
        async Task<List<(string, bool)>> Listed(PersonFilter f) =>
            [.. (await (await list.QueryAsync(f)).Select(p => new { p.Name, p.Id }).ToListAsync()).Select(p => (p.Name, p.Id == rasht)).Order()];

        Assert.Equal([("Ali Karimi", true), ("Muhammad Reza Rahimian", false)], await Listed(new PersonFilter { AgeMax = PersonFilter.ChildAgeMax }));
        Assert.Equal([("Ali Karimi", true)], await Listed(new PersonFilter { Fate = "executed" }));
        Assert.Equal([("Ali Karimi", false), ("Ali Karimi", true)], await Listed(new PersonFilter { Admin1 = "tehran" }));
        Assert.Empty(await Listed(new PersonFilter { Admin1 = "gilan" })); // the machine's province of the edited person no longer counts
        Assert.Equal([("Ali Karimi", true)], await Listed(new PersonFilter { From = new DateOnly(2023, 1, 1) }));
        Assert.Equal([("Ali Karimi", false), ("Ali Karimi", true)], await Listed(new PersonFilter { Fate = "arrested", Search = "karimi" }));
        Assert.Equal([("Ali Karimi", false), ("Ali Karimi", true), ("Muhammad Reza Rahimian", false)], await Listed(new PersonFilter()));
        using var index = new PersonListIndex();
        var filters = new[] { "karimi", "Rahimian", "علی", "  " }.SelectMany(search => new[]
        {
            new PersonFilter { Search = search },
            new PersonFilter { Search = search, Status = "unreviewed" },
            new PersonFilter { Search = search, Status = "rejected" },
            new PersonFilter { Search = search, Audience = IncidentAudience.Reader },
            new PersonFilter { Search = search, Fate = "arrested" },
        });
        foreach (var filter in filters)
        {
            var whole = await (await list.QueryAsync(filter)).OrderByDescending(p => p.DateTo).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync();
            var page = await new ListPersons(db, new EditedPersons()).RunAsync(filter, 1, 10);
            Assert.Equal(whole, page.Rows.Select(p => p.Id)); // a search page (SQLite: through the covering index by id) lists what the query does
            Assert.Equal(whole.Count, page.Total);
            var fromMemory = await new ListPersons(db, index: index).RunAsync(filter, 1, 10);
            Assert.Equal(whole, fromMemory.Rows.Select(p => p.Id)); // and so does the web app's, found (and listed) in memory
            Assert.Equal(whole.Count, fromMemory.Total);
        }

        var (rows, total, more) = await list.RunAsync(new PersonFilter { Admin1 = "tehran" }, 1, 1);
        Assert.Equal((2, false), (total, more));
        Assert.Equal(rasht, rows[0].Id); // ordered by the machine date column (Rasht, December 2022)
        var edited = await db.Persons.AsNoTracking().SingleAsync(p => p.Id == rasht);
        Assert.Equal(("Gilan", "arrested"), (edited.Admin1, edited.Fates)); // the machine's values are kept beside
    }

    [StoreFact]
    public async Task Export_writes_one_row_per_person_with_ages_fates_sources_and_incidents_and_audits_the_read()
    {
        await IngestExtractingAsync(WriteReports(("hrana.txt", Hrana), ("amnesty.txt", Amnesty)));
        await using var db = OpenDb();
        using var buffer = new MemoryStream();

        var written = await new PersonExport(db, Clock).WriteAsync("csv", new PersonFilter { Fate = "killed" }, buffer, "cli:alice");

        Assert.Equal(1, written);
        var row = Assert.Single(CsvRows(System.Text.Encoding.UTF8.GetString(buffer.ToArray())));
        Assert.Equal("Muhammad Reza Rahimian", row["name"]);
        Assert.Equal("Mohammadreza Rahimian", row["other_names"]);
        Assert.Equal("16-17", row["age"]);
        Assert.Equal("killed 2022-09-30 Zahedan", row["fates"]);
        Assert.Equal("Amnesty International; HRANA", row["sources"]);
        Assert.Equal(36, row["incident_ids"].Length);
        var id = row["person_id"];
        Assert.Equal(["person.linked", PersonPayload.ReadAction], await AuditActionsAsync("person", id));

        using var json = new MemoryStream();
        await new PersonExport(db, Clock).WriteAsync("json", new PersonFilter { Fate = "killed" }, json, reader: null);
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToArray());
        var person = doc.RootElement.EnumerateArray().Single();
        Assert.Equal("16-17", person.GetProperty("age").GetString());
        Assert.Equal("Zahedan", person.GetProperty("fates")[0].GetProperty("place").GetString());
        await AssertVerifiesAsync();
    }

    private async Task<Guid> RashtKarimiAsync()
    {
        await using var db = OpenDb();
        return await db.Persons.AsNoTracking().Where(p => p.Name == "Ali Karimi" && p.Admin1 == "Gilan").Select(p => p.Id).SingleAsync();
    }

    private async Task<List<Guid>> IdsNamedAsync(string name)
    {
        await using var db = OpenDb();
        return [.. (await db.Persons.AsNoTracking().Where(p => p.Variants.Contains(name)).OrderBy(p => p.DateFrom).Select(p => p.Id).ToListAsync())];
    }

    private async Task<List<(Guid Id, string Name, int Mentions)>> PersonsAsync()
    {
        await using var db = OpenDb();
        return [.. (await db.Persons.AsNoTracking().Select(p => new { p.Id, p.Name, p.MentionCount }).ToListAsync()).Select(p => (p.Id, p.Name, p.MentionCount)).OrderBy(p => p.Id)];
    }
}
