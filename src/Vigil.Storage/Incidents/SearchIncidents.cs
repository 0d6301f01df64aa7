using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;

namespace Vigil.Storage.Incidents;

/// <summary>
/// Full-text search over incidents: one text per incident, the titles and bodies of every report it has a mention in,
/// so a search reads the matching incidents straight from one index instead of reading each matching report, then its
/// mentions, then their incidents (at a million incidents a broad search spent 13 s on those per-report steps, 0.3 s in
/// the full-text index). An incident matches when every searched-for word is in one of its reports' texts.
/// <para>
/// <c>incident_search</c> holds a row per incident with a mention (its id, effective start date and status, so results
/// come out newest first from that narrow table alone, an incident an editor re-dated in its new place); SQLite keeps the words in the FTS5 table <c>incidents_fts</c>
/// (contentless, its rowid the row's <c>text_key</c>: the incidents a report alone tells share that report's text), PostgreSQL in a <c>tsvector</c> column with a GIN index.
/// </para>
/// <para>
/// Indexed once per transaction, not once per written row: database triggers on mentions and reports only queue the
/// incidents whose words may have changed (a report joining or leaving, an edited report) in <c>incident_search_pending</c>,
/// and <see cref="IncidentSearchOnCommit"/> runs the flush just before every commit, which makes each queued incident's
/// text again from its reports in one set-based statement and empties the queue. A clustering round that moves thousands
/// of mentions indexes each incident it touched once; the earlier per-row triggers indexed a report's body again for
/// every incident it reached, inside each row's write. A status or date change is still copied at once by a trigger (one
/// narrow row). Words are folded as the reports' index folds them (<see cref="SearchReports"/>); on PostgreSQL they are
/// read from each report's stored words (<c>reports.search_vector</c>, <see cref="SearchReports.PostgresCreate"/>), made once
/// when the report was written, never from its text again. Created and filled by
/// each provider's <c>IncidentSearch</c> migration, turned into the queue by <c>IncidentSearchAtCommit</c>, from the SQL
/// below; keep those <c>migrationBuilder.Sql</c> lines if the migrations are regenerated.
/// </para>
/// </summary>
public sealed class SearchIncidents(VigilDbContext db)
{
    private static long s_flushTicks;

    /// <summary>
    /// Wall time this process has spent in the flush before commits (<see cref="IncidentSearchOnCommit"/>), every store and
    /// thread together: <c>vigil bench ingest</c> prints it beside the commits that include it.
    /// </summary>
    public static TimeSpan FlushTime => TimeSpan.FromTicks(Interlocked.Read(ref s_flushTicks));

    internal static void AddFlushTime(TimeSpan elapsed) => Interlocked.Add(ref s_flushTicks, elapsed.Ticks);

    // The incidents (a one-column sub-select named id) whose row and text are made again from their mentions.
    // An incident told by one report shares that report's text with every other such incident of the report: one row of
    // incident_search_texts keyed by the report (and one incidents_fts row, its rowid the text's key), made the first time an
    // incident needs it and dropped when no incident points at it any more; an incident told by several reports has a text of
    // its own (report_id NULL), made again whenever it is queued. A news report tells ~4 incidents, nearly all told by it alone
    // (38,478 of 40,725 on 10,000 generated reports): one text per incident tokenised each report ~4 times into FTS5, the
    // largest part of the flush (docs/scaling.md, session 27). What a search finds is the same: an incident's text is still the
    // titles and bodies of its reports.
    // Each report is folded once into a keyed temporary table, however many of the texts it is in; a MATERIALIZED CTE has no
    // key, and reading it in the per-incident sub-select made the flush quadratic (20 s instead of 5 for 2,000 reports).
    // The fold is SearchReports.SqliteFold's replace() chain where the SQL is stored in the schema or run by a migration,
    // and the registered vigil_fold (the same folding in one pass) in the flush, which only Vigil's connections run.
    // New texts' keys follow the largest key in use, so none is the key of a text deleted in the same flush.
    private static string SqliteRefresh(string ids, Func<string, string> fold) => $$"""
        CREATE TEMP TABLE IF NOT EXISTS incident_search_old (key INTEGER PRIMARY KEY);
        CREATE TEMP TABLE IF NOT EXISTS incident_search_one (incident_id TEXT NOT NULL PRIMARY KEY, report_id TEXT NOT NULL, reports INTEGER NOT NULL);
        CREATE TEMP TABLE IF NOT EXISTS incident_search_new (key INTEGER PRIMARY KEY, report_id TEXT NULL, incident_id TEXT NULL);
        CREATE INDEX IF NOT EXISTS temp.ix_incident_search_new_incident ON incident_search_new (incident_id);
        CREATE TEMP TABLE IF NOT EXISTS incident_search_folded (id TEXT NOT NULL PRIMARY KEY, text TEXT NOT NULL);
        -- An edited report's shared text goes; its incidents are queued with it and take a new one below.
        UPDATE incident_search SET text_key = NULL
          WHERE text_key IN (SELECT t.key FROM incident_search_texts t WHERE t.report_id IN (SELECT report_id FROM incident_search_edited));
        DELETE FROM incidents_fts WHERE rowid IN (SELECT t.key FROM incident_search_texts t WHERE t.report_id IN (SELECT report_id FROM incident_search_edited));
        DELETE FROM incident_search_texts WHERE report_id IN (SELECT report_id FROM incident_search_edited);
        INSERT OR IGNORE INTO temp.incident_search_old (key) SELECT text_key FROM incident_search WHERE incident_id IN ({{ids}}) AND text_key IS NOT NULL;
        UPDATE incident_search SET text_key = NULL WHERE incident_id IN ({{ids}}) AND text_key IS NOT NULL;
        DELETE FROM incident_search WHERE incident_id IN ({{ids}}) AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m."IncidentId" = incident_search.incident_id);
        INSERT INTO incident_search (incident_id, date_from, status)
          SELECT x.id, {{SqliteEffectiveFrom("i")}}, coalesce(i."Status", '') FROM ({{ids}}) x LEFT JOIN incidents i ON i."Id" = x.id
          WHERE x.id IS NOT NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m."IncidentId" = x.id)
            AND NOT EXISTS (SELECT 1 FROM incident_search s WHERE s.incident_id = x.id);
        INSERT INTO temp.incident_search_one (incident_id, report_id, reports)
          SELECT m."IncidentId", min(m."ReportId"), count(DISTINCT m."ReportId") FROM mentions m WHERE m."IncidentId" IN ({{ids}}) GROUP BY m."IncidentId";
        INSERT INTO temp.incident_search_new (key, report_id, incident_id)
          SELECT (SELECT coalesce(max(key), 0) FROM incident_search_texts) + row_number() OVER (ORDER BY x.report_id, x.incident_id), x.report_id, x.incident_id
          FROM (SELECT DISTINCT o.report_id AS report_id, NULL AS incident_id FROM temp.incident_search_one o
                WHERE o.reports = 1 AND NOT EXISTS (SELECT 1 FROM incident_search_texts t WHERE t.report_id = o.report_id)
                UNION ALL SELECT NULL, o.incident_id FROM temp.incident_search_one o WHERE o.reports > 1) x;
        INSERT INTO incident_search_texts (key, report_id) SELECT key, report_id FROM temp.incident_search_new;
        INSERT INTO temp.incident_search_folded (id, text)
          SELECT r."Id", {{fold("coalesce(r.\"Title\", '') || ' ' || r.\"Body\"")}}
          FROM reports r WHERE r."Id" IN (SELECT n.report_id FROM temp.incident_search_new n WHERE n.report_id IS NOT NULL
                                          UNION SELECT m."ReportId" FROM mentions m WHERE m."IncidentId" IN (SELECT n.incident_id FROM temp.incident_search_new n WHERE n.incident_id IS NOT NULL));
        INSERT INTO incidents_fts (rowid, text)
          SELECT n.key, CASE WHEN n.report_id IS NOT NULL THEN (SELECT f.text FROM temp.incident_search_folded f WHERE f.id = n.report_id)
                             ELSE (SELECT group_concat(f.text, ' ') FROM temp.incident_search_folded f WHERE f.id IN (SELECT m."ReportId" FROM mentions m WHERE m."IncidentId" = n.incident_id)) END
          FROM temp.incident_search_new n;
        UPDATE incident_search SET text_key = coalesce(
            (SELECT n.key FROM temp.incident_search_new n WHERE n.incident_id = incident_search.incident_id),
            (SELECT t.key FROM temp.incident_search_one o JOIN incident_search_texts t ON t.report_id = o.report_id WHERE o.incident_id = incident_search.incident_id AND o.reports = 1))
          WHERE incident_id IN (SELECT incident_id FROM temp.incident_search_one);
        DELETE FROM temp.incident_search_old WHERE EXISTS (SELECT 1 FROM incident_search s WHERE s.text_key = incident_search_old.key);
        DELETE FROM incidents_fts WHERE rowid IN (SELECT key FROM temp.incident_search_old);
        DELETE FROM incident_search_texts WHERE key IN (SELECT key FROM temp.incident_search_old);
        DELETE FROM incident_search_edited;
        DELETE FROM temp.incident_search_old;
        DELETE FROM temp.incident_search_one;
        DELETE FROM temp.incident_search_new;
        DELETE FROM temp.incident_search_folded;
        """;

    /// <summary>
    /// The incidents a moved mention changes the words of: the one its report left (when no other mention of the report stays
    /// there) and the one its report joined (when no other mention of the report was there already).
    /// </summary>
    private const string SqliteMovedIds = """
        SELECT old."IncidentId" AS id WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m."ReportId" = old."ReportId" AND m."IncidentId" = old."IncidentId")
        UNION SELECT new."IncidentId" WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m."ReportId" = new."ReportId" AND m."IncidentId" = new."IncidentId" AND m."Id" <> new."Id")
        """;

    // Every SQLite trigger the search has had (the per-row ones of the first design and the queueing ones), dropped
    // before the queue's are made and when the search is dropped.
    private const string SqliteDropTriggers = """
        DROP TRIGGER IF EXISTS incident_search_mention_insert;
        DROP TRIGGER IF EXISTS incident_search_mention_update;
        DROP TRIGGER IF EXISTS incident_search_mention_delete;
        DROP TRIGGER IF EXISTS incident_search_report_update;
        DROP TRIGGER IF EXISTS incident_search_incident_insert;
        DROP TRIGGER IF EXISTS incident_search_incident_update;
        """;

    /// <summary>
    /// The SQLite tables, the triggers that queue changed incidents in <c>incident_search_pending</c>, and the index the
    /// queueing asks (no filling: <see cref="SqliteCreate"/> fills). Every trigger is dropped and made again, so this also
    /// turns a store indexed by the earlier per-row triggers (which re-indexed an incident at once, inside each row's write)
    /// into one indexed at commit.
    /// </summary>
    public static string SqliteQueue => $$"""
        CREATE TABLE IF NOT EXISTS incident_search (key INTEGER PRIMARY KEY, incident_id TEXT NOT NULL UNIQUE, date_from TEXT NULL, status TEXT NOT NULL, text_key INTEGER NULL);
        -- A search reads a matching text's incidents from this index alone (their date, status and id beside the key): through the
        -- table, a search cost 1.6 times main's, where each match was one probe of the table's key (docs/scaling.md, session 27).
        CREATE INDEX IF NOT EXISTS ix_incident_search_text ON incident_search (text_key, date_from, status, incident_id);
        -- The texts in incidents_fts (its rowid the key): a report's own, shared by the incidents it alone tells, or (report_id
        -- NULL) the text of an incident told by several reports.
        CREATE TABLE IF NOT EXISTS incident_search_texts (key INTEGER PRIMARY KEY, report_id TEXT NULL UNIQUE);
        -- Reports whose title or body changed since the last flush: their shared texts are made again.
        CREATE TABLE IF NOT EXISTS incident_search_edited (report_id TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
        CREATE VIRTUAL TABLE IF NOT EXISTS incidents_fts USING fts5(text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE IF NOT EXISTS incident_search_pending (incident_id TEXT NOT NULL PRIMARY KEY) WITHOUT ROWID;
        {{SqliteDropTriggers}}
        CREATE TRIGGER incident_search_mention_insert AFTER INSERT ON mentions
          WHEN new."IncidentId" IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m."ReportId" = new."ReportId" AND m."IncidentId" = new."IncidentId" AND m."Id" <> new."Id") BEGIN
          INSERT OR IGNORE INTO incident_search_pending (incident_id) VALUES (new."IncidentId");
        END;
        -- Only an incident a report joins or leaves has new words: a second mention of the same report moving in (a clustering
        -- round assigns every mention) leaves the text as it is.
        CREATE TRIGGER incident_search_mention_update AFTER UPDATE OF "IncidentId", "ReportId" ON mentions
          WHEN old."IncidentId" IS NOT new."IncidentId" OR old."ReportId" IS NOT new."ReportId" BEGIN
          INSERT OR IGNORE INTO incident_search_pending (incident_id) SELECT id FROM ({{SqliteMovedIds}}) WHERE id IS NOT NULL;
        END;
        CREATE TRIGGER incident_search_mention_delete AFTER DELETE ON mentions
          WHEN old."IncidentId" IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m."ReportId" = old."ReportId" AND m."IncidentId" = old."IncidentId") BEGIN
          INSERT OR IGNORE INTO incident_search_pending (incident_id) VALUES (old."IncidentId");
        END;
        CREATE TRIGGER incident_search_report_update AFTER UPDATE OF "Title", "Body" ON reports BEGIN
          INSERT OR IGNORE INTO incident_search_edited (report_id) VALUES (new."Id");
          INSERT OR IGNORE INTO incident_search_pending (incident_id)
            SELECT DISTINCT m."IncidentId" FROM mentions m WHERE m."ReportId" = new."Id" AND m."IncidentId" IS NOT NULL;
        END;
        -- A status or start date is copied at once (one narrow row, no words): the effective start date, so an editor's date
        -- is stored in the same statement as the edit, and a machine date that changes under it leaves it as it is.
        CREATE TRIGGER incident_search_incident_insert AFTER INSERT ON incidents BEGIN
          UPDATE incident_search SET date_from = {{SqliteEffectiveFrom("new")}}, status = new."Status" WHERE incident_id = new."Id";
        END;
        CREATE TRIGGER incident_search_incident_update AFTER UPDATE OF "DateFrom", "Status", "Date", "OverridesJson" ON incidents BEGIN
          UPDATE incident_search SET date_from = {{SqliteEffectiveFrom("new")}}, status = new."Status" WHERE incident_id = new."Id";
        END;
        CREATE INDEX IF NOT EXISTS ix_mentions_incident_report ON mentions ("IncidentId", "ReportId");
        """;

    /// <summary>Creates the SQLite tables and triggers and fills them from the stored mentions.</summary>
    public static string SqliteCreate => $$"""
        {{SqliteQueue}}
        {{SqliteMerges(16)}}
        {{SqliteRefresh("SELECT DISTINCT \"IncidentId\" AS id FROM mentions WHERE \"IncidentId\" IS NOT NULL", SearchReports.SqliteFold)}}
        """;

    /// <summary>
    /// How many of <c>incidents_fts</c>' segments of one size FTS5 lets gather before merging them (<c>automerge</c>, FTS5's default 4):
    /// with 16 a text's entries are copied by merges about half as often; the texts of 10,000 generated reports indexed in a run's
    /// 25 flushes took 0.98 instead of 1.14 s of CPU and wrote 49 instead of 95 MB, measured apart, and broad searches cost the same.
    /// What a search finds is the same (docs/scaling.md, session 29; <see cref="SearchReports.SqliteMerges"/>).
    /// </summary>
    internal static string SqliteMerges(int segments) => $"INSERT INTO incidents_fts (incidents_fts, rank) VALUES ('automerge', {segments});";

    /// <summary>
    /// Indexes the incidents queued since the last commit, each from its reports' texts once, and empties the queue: run by
    /// <see cref="IncidentSearchOnCommit"/> inside every transaction just before it commits, so a committed write is searchable.
    /// </summary>
    public static string SqliteFlush => $$"""
        {{SqliteRefresh("SELECT incident_id AS id FROM incident_search_pending", text => $"{SearchReports.FoldFunction}({text})")}}
        DELETE FROM incident_search_pending;
        """;

    /// <summary>
    /// The effective start date of the incidents row <paramref name="row"/> as SQLite SQL (a trigger's <c>new</c>, a query's alias):
    /// what <see cref="EditedIncident.DateFrom"/> makes of it. With an editor's <c>date</c> or <c>date_end</c>, the first day of the
    /// editor's date (else the machine's) as <see cref="Vigil.Core.Extraction.Dates.PartialDate.Parse"/> reads it (YYYY, YYYY-MM,
    /// YYYY-MM-DD; anything else none); without, the machine start date. Plain SQL, so that a trigger runs it in any connection.
    /// </summary>
    private static string SqliteEffectiveFrom(string row) => $$"""
        (CASE WHEN {{row}}."OverridesJson" IS NULL OR {{row}}."OverridesJson" = '{}'
                OR (json_type({{row}}."OverridesJson", '$.date') IS NULL AND json_type({{row}}."OverridesJson", '$.date_end') IS NULL)
              THEN {{row}}."DateFrom"
              ELSE (SELECT CASE
                      WHEN t GLOB '[0-9][0-9][0-9][0-9]' AND t <> '0000' THEN t || '-01-01'
                      WHEN t GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]' AND substr(t, 1, 4) <> '0000' AND substr(t, 6, 2) BETWEEN '01' AND '12' THEN t || '-01'
                      WHEN t GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND substr(t, 1, 4) <> '0000' AND date(t) = t THEN t
                    END
                    FROM (SELECT CASE WHEN json_type({{row}}."OverridesJson", '$.date') IS NOT NULL THEN json_extract({{row}}."OverridesJson", '$.date') ELSE {{row}}."Date" END AS t))
         END)
        """;

    /// <summary>
    /// Stores the effective start date of every edited incident in <c>incident_search</c> (SQLite; migration <c>IncidentSearchEffectiveDate</c>):
    /// the others' is their machine date, which the table holds already.
    /// </summary>
    public static string SqliteStoreEffectiveDates => $$"""
        UPDATE incident_search SET date_from = (SELECT {{SqliteEffectiveFrom("i")}} FROM incidents i WHERE i."Id" = incident_search.incident_id)
        WHERE incident_id IN (SELECT "Id" FROM incidents WHERE "OverridesJson" <> '{}');
        """;

    /// <summary>Whether the SQLite store has the queue (a store not yet migrated has nothing to flush).</summary>
    public const string SqliteHasQueue = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'incident_search_pending'";

    /// <summary>Drops what <see cref="SqliteCreate"/> made.</summary>
    public const string SqliteDrop = $"""
        {SqliteDropTriggers}
        DROP INDEX IF EXISTS ix_mentions_incident_report;
        DROP TABLE IF EXISTS incident_search_pending;
        DROP TABLE IF EXISTS incident_search_edited;
        DROP TABLE IF EXISTS incidents_fts;
        DROP TABLE IF EXISTS incident_search_texts;
        DROP TABLE IF EXISTS incident_search;
        """;

    /// <summary>
    /// The PostgreSQL table, the queue <c>incident_search_pending</c>, the functions that index and flush, and the triggers
    /// that queue changed incidents (no filling: <see cref="PostgresCreate"/> fills). The earlier triggers, which indexed each
    /// statement's incidents inside the statement, are dropped, so this also turns a store indexed by them into one indexed
    /// at commit.
    /// </summary>
    public static string PostgresQueue => $$"""
        -- The reports' stored words, which the functions below read (an earlier migration runs this before the one that adds them).
        {{SearchReports.PostgresColumn}}
        CREATE TABLE IF NOT EXISTS incident_search (incident_id uuid PRIMARY KEY, date_from date NULL, status varchar(16) NOT NULL, vector tsvector NOT NULL);
        -- A queued incident with a report: that report joined it (its words are added); without: its words are made again.
        CREATE TABLE IF NOT EXISTS incident_search_pending (incident_id uuid NOT NULL, report_id text NULL);
        -- Two texts' words together; a text past tsvector's 1 MB limit keeps the words it has (a wave told by thousands
        -- of reports is still found by the words of its first ones) rather than failing the write that added a report.
        CREATE OR REPLACE FUNCTION vigil_tsvector_add(a tsvector, b tsvector) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE AS $f$
        BEGIN
          RETURN a || b;
        EXCEPTION WHEN program_limit_exceeded THEN
          RETURN a;
        END $f$;
        CREATE OR REPLACE AGGREGATE vigil_tsvector_agg(tsvector) (SFUNC = vigil_tsvector_add, STYPE = tsvector, INITCOND = '');
        {{PostgresEffectiveFrom}}
        CREATE OR REPLACE FUNCTION vigil_incident_search_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $f$
          DELETE FROM incident_search s WHERE s.incident_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = s.incident_id);
          INSERT INTO incident_search (incident_id, date_from, status, vector)
            SELECT x.id, vigil_effective_from(i.date_from, i.date, i.overrides_json), coalesce(i.status, ''),
                   (SELECT vigil_tsvector_agg(r.search_vector) FROM reports r WHERE r.id IN (SELECT m.report_id FROM mentions m WHERE m.incident_id = x.id))
            FROM (SELECT DISTINCT unnest(ids) AS id) x LEFT JOIN incidents i ON i.id = x.id
            WHERE x.id IS NOT NULL AND EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = x.id)
          ON CONFLICT (incident_id) DO UPDATE SET vector = excluded.vector, date_from = excluded.date_from, status = excluded.status;
        $f$;
        -- Indexes every queued incident once and empties the queue; run just before each commit. An incident reports only
        -- joined gets those reports' words added (a wave told by thousands of reports is not made again each round); one a
        -- report left or whose report was edited is made again from its reports.
        CREATE OR REPLACE FUNCTION vigil_incident_search_flush() RETURNS void LANGUAGE plpgsql AS $f$
        {{PostgresFlushBody}}
        $f$;
        -- Per statement, with the statement's rows as transition tables: a batch of rows queues its incidents in one insert.
        -- A report joining an incident is queued with the incident only when none of its mentions was there before the statement.
        CREATE OR REPLACE FUNCTION vigil_incident_search_queue_added() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          INSERT INTO incident_search_pending (incident_id, report_id)
            SELECT DISTINCT a.incident_id, a.report_id FROM added a
            WHERE a.incident_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.report_id = a.report_id AND m.incident_id = a.incident_id
                                AND NOT EXISTS (SELECT 1 FROM added b WHERE b.id = m.id));
          RETURN NULL;
        END $f$;
        CREATE OR REPLACE FUNCTION vigil_incident_search_queue_removed() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          INSERT INTO incident_search_pending (incident_id)
            SELECT DISTINCT o.incident_id FROM removed o
            WHERE o.incident_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.report_id = o.report_id AND m.incident_id = o.incident_id);
          RETURN NULL;
        END $f$;
        -- A mention moved to another incident or report: the incident its report left is made again, the one it joined gets its words.
        -- Each (incident, report) a moved mention left or joined is looked up in ix_mentions_incident_report, once (OFFSET 0 keeps
        -- the NOT EXISTS a lookup per row): as anti-joins over the whole table they were planned as hashes of every stored mention,
        -- a cost that grew with the store on every update of a clustering round (docs/scaling.md, session 24).
        CREATE OR REPLACE FUNCTION vigil_incident_search_queue_moved() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          INSERT INTO incident_search_pending (incident_id, report_id)
            WITH moved AS MATERIALIZED (
                   SELECT o.incident_id AS left_incident, o.report_id AS left_report, a.incident_id, a.report_id, a.id
                   FROM removed o JOIN added a ON a.id = o.id
                   WHERE o.incident_id IS DISTINCT FROM a.incident_id OR o.report_id <> a.report_id)
            SELECT DISTINCT l.incident_id, NULL
            FROM (SELECT DISTINCT left_incident AS incident_id, left_report AS report_id FROM moved WHERE left_incident IS NOT NULL) l
            WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = l.incident_id AND m.report_id = l.report_id OFFSET 0)
            UNION ALL
            SELECT j.incident_id, j.report_id
            FROM (SELECT incident_id, report_id, array_agg(id) AS ids FROM moved WHERE incident_id IS NOT NULL GROUP BY incident_id, report_id) j
            WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = j.incident_id AND m.report_id = j.report_id
                                AND m.id <> ALL(j.ids) OFFSET 0);
          RETURN NULL;
        END $f$;
        CREATE OR REPLACE FUNCTION vigil_incident_search_queue_report() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          INSERT INTO incident_search_pending (incident_id)
            SELECT DISTINCT m.incident_id FROM mentions m WHERE m.report_id = NEW.id AND m.incident_id IS NOT NULL;
          RETURN NULL;
        END $f$;
        -- A status or start date is copied at once (one narrow row, no words): the effective start date, so an editor's date
        -- is stored in the same statement as the edit, and a machine date that changes under it leaves it as it is.
        CREATE OR REPLACE FUNCTION vigil_incident_search_incident() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          UPDATE incident_search SET date_from = vigil_effective_from(NEW.date_from, NEW.date, NEW.overrides_json), status = NEW.status WHERE incident_id = NEW.id;
          RETURN NULL;
        END $f$;
        DROP TRIGGER IF EXISTS incident_search_added ON mentions;
        CREATE TRIGGER incident_search_added AFTER INSERT ON mentions REFERENCING NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION vigil_incident_search_queue_added();
        DROP TRIGGER IF EXISTS incident_search_removed ON mentions;
        CREATE TRIGGER incident_search_removed AFTER DELETE ON mentions REFERENCING OLD TABLE AS removed
          FOR EACH STATEMENT EXECUTE FUNCTION vigil_incident_search_queue_removed();
        DROP TRIGGER IF EXISTS incident_search_moved ON mentions;
        CREATE TRIGGER incident_search_moved AFTER UPDATE ON mentions REFERENCING OLD TABLE AS removed NEW TABLE AS added
          FOR EACH STATEMENT EXECUTE FUNCTION vigil_incident_search_queue_moved();
        DROP TRIGGER IF EXISTS incident_search_report ON reports;
        CREATE TRIGGER incident_search_report AFTER UPDATE OF title, body ON reports
          FOR EACH ROW EXECUTE FUNCTION vigil_incident_search_queue_report();
        DROP TRIGGER IF EXISTS incident_search_incident ON incidents;
        CREATE TRIGGER incident_search_incident AFTER INSERT OR UPDATE OF date_from, status, date, overrides_json ON incidents
          FOR EACH ROW EXECUTE FUNCTION vigil_incident_search_incident();
        DROP FUNCTION IF EXISTS vigil_incident_search_added();
        DROP FUNCTION IF EXISTS vigil_incident_search_removed();
        DROP FUNCTION IF EXISTS vigil_incident_search_moved();
        DROP FUNCTION IF EXISTS vigil_incident_search_report();
        CREATE INDEX IF NOT EXISTS ix_mentions_incident_report ON mentions (incident_id, report_id);
        """;

    /// <summary>
    /// <c>vigil_effective_from(machine_from, machine_date, overrides)</c>: an incident's effective start date, what
    /// <see cref="EditedIncident.DateFrom"/> makes of its row. With an editor's <c>date</c> or <c>date_end</c>, the first day of the
    /// editor's date (else the machine's) as <see cref="Vigil.Core.Extraction.Dates.PartialDate.Parse"/> reads it (<c>vigil_first_day</c>:
    /// YYYY, YYYY-MM, YYYY-MM-DD; anything else none); without, the machine start date. The JSON is parsed only for an edited incident.
    /// </summary>
    private const string PostgresEffectiveFrom = """
        CREATE OR REPLACE FUNCTION vigil_first_day(t text) RETURNS date LANGUAGE sql IMMUTABLE STRICT AS $f$
          SELECT CASE
            WHEN t !~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$' OR left(t, 4) = '0000' THEN NULL
            WHEN length(t) = 4 THEN make_date(left(t, 4)::int, 1, 1)
            WHEN substr(t, 6, 2)::int NOT BETWEEN 1 AND 12 THEN NULL
            WHEN length(t) = 7 THEN make_date(left(t, 4)::int, substr(t, 6, 2)::int, 1)
            WHEN substr(t, 9, 2)::int BETWEEN 1 AND extract(day FROM make_date(left(t, 4)::int, substr(t, 6, 2)::int, 1) + interval '1 month' - interval '1 day')::int
              THEN make_date(left(t, 4)::int, substr(t, 6, 2)::int, substr(t, 9, 2)::int)
          END
        $f$;
        CREATE OR REPLACE FUNCTION vigil_effective_from(machine_from date, machine_date text, overrides text) RETURNS date LANGUAGE sql IMMUTABLE AS $f$
          SELECT CASE
            WHEN overrides IS NULL OR overrides = '{}' OR NOT (overrides::jsonb ?| ARRAY['date', 'date_end']) THEN machine_from
            ELSE vigil_first_day(CASE WHEN overrides::jsonb ? 'date' THEN overrides::jsonb ->> 'date' ELSE machine_date END)
          END
        $f$;
        """;

    /// <summary>
    /// Stores the effective start date of every edited incident in <c>incident_search</c> (PostgreSQL; migration
    /// <c>IncidentSearchEffectiveDate</c>): the others' is their machine date, which the table holds already. Reads the edited
    /// incidents from their partial index and writes only the rows whose date changes (~3,300 at a million incidents). Each written
    /// row's words go to the GIN index's pending list, which every search then reads whole until a vacuum merges it (at a million,
    /// 196 pages): it is merged at once.
    /// </summary>
    public const string PostgresStoreEffectiveDates = """
        UPDATE incident_search s SET date_from = e.effective
        FROM (SELECT i.id, vigil_effective_from(i.date_from, i.date, i.overrides_json) AS effective FROM incidents i WHERE i.overrides_json <> '{}') e
        WHERE s.incident_id = e.id AND s.date_from IS DISTINCT FROM e.effective;
        SELECT gin_clean_pending_list(to_regclass('ix_incident_search_vector')) WHERE to_regclass('ix_incident_search_vector') IS NOT NULL;
        """;

    /// <summary>
    /// Creates the PostgreSQL table, the queue, its functions and triggers, and fills the table from the stored mentions
    /// (one statement: at a million incidents it reads every report once), then builds the GIN index.
    /// </summary>
    public static string PostgresCreate => $$"""
        {{PostgresQueue}}
        {{PostgresFill}}
        {{PostgresIndex}}
        """;

    /// <summary>
    /// Indexes the queued incidents (<see cref="IncidentSearchOnCommit"/> runs it just before each commit). Sent as an
    /// anonymous block rather than a call of the stored <c>vigil_incident_search_flush()</c>, so that every store runs the
    /// current body without a migration (a store keeps the function its migration made; it marks that the queue exists).
    /// </summary>
    public static string PostgresFlush => $"DO $f$ {PostgresFlushBody} $f$";

    /// <summary>
    /// The flush: an incident reports only joined gets those reports' words added (a wave told by thousands of reports is not
    /// made again each round); one a report left or whose report was edited is made again from its reports. Each joining
    /// report's stored words are read once (<c>MATERIALIZED</c>), however many incidents it joined (a news report tells ~3.7).
    /// </summary>
    private static string PostgresFlushBody => $$"""
        DECLARE
          remade uuid[];
          joined uuid[];
          joining text[];
        BEGIN
          WITH taken AS (DELETE FROM incident_search_pending RETURNING incident_id, report_id)
          SELECT coalesce(array_agg(DISTINCT incident_id) FILTER (WHERE report_id IS NULL), '{}'),
                 coalesce(array_agg(incident_id) FILTER (WHERE report_id IS NOT NULL), '{}'),
                 coalesce(array_agg(report_id) FILTER (WHERE report_id IS NOT NULL), '{}')
            INTO remade, joined, joining FROM taken;
          IF cardinality(joined) > 0 THEN
            INSERT INTO incident_search AS s (incident_id, date_from, status, vector)
              {{ReportWordsByIncident("""
                SELECT x.report_id, array_agg(DISTINCT x.incident_id) AS incidents
                FROM unnest(joined, joining) AS x(incident_id, report_id)
                WHERE x.incident_id <> ALL(remade)
                  AND EXISTS (SELECT 1 FROM mentions m WHERE m.incident_id = x.incident_id AND m.report_id = x.report_id)
                GROUP BY x.report_id
                """)}}
            ON CONFLICT (incident_id) DO UPDATE SET vector = vigil_tsvector_add(s.vector, excluded.vector);
          END IF;
          IF cardinality(remade) > 0 THEN
            PERFORM vigil_incident_search_refresh(remade);
          END IF;
        END
        """;

    /// <summary>Whether the PostgreSQL store has the queue (a store not yet migrated has nothing to flush).</summary>
    public const string PostgresHasQueue = "SELECT count(*) FROM pg_proc WHERE proname = 'vigil_incident_search_flush'";

    /// <summary>
    /// The GIN index over the incidents' words and the date index (built after <see cref="PostgresFill"/>: one sort instead of a
    /// random insert per row).
    /// </summary>
    public const string PostgresIndex = $"CREATE INDEX IF NOT EXISTS ix_incident_search_vector ON incident_search USING GIN (vector); {PostgresDateIndex}";

    /// <summary>
    /// The stored (effective) start date (then id) of each row: a search read in date windows (<see cref="NewestAsync(string, string?, string?, SearchWindow?, int, CancellationToken)"/>)
    /// ANDs the words' bitmap with the window's range from it, so only the window's matches are read from the table, not all of
    /// them (a broad search at a million incidents matches ~40,000, ~3 rows to a page). Migration <c>IncidentSearchDate</c>.
    /// </summary>
    public const string PostgresDateIndex = "CREATE INDEX IF NOT EXISTS ix_incident_search_date ON incident_search (date_from, incident_id);";

    /// <summary>
    /// Fills <c>incident_search</c> from every stored mention in one pass (the migration's backfill, and the benchmark's bulk
    /// loader, which writes rows with triggers off). Faster without the GIN index, which is built after it.
    /// </summary>
    public static string PostgresFill => $$"""
        INSERT INTO incident_search (incident_id, date_from, status, vector)
          {{ReportWordsByIncident("""SELECT report_id, array_agg(DISTINCT incident_id) AS incidents FROM mentions WHERE incident_id IS NOT NULL GROUP BY report_id""")}}
        ON CONFLICT (incident_id) DO NOTHING;
        """;

    /// <summary>
    /// Each incident's row from its reports' words: <paramref name="reportIncidents"/> gives rows of (<c>report_id</c>,
    /// <c>incidents</c>: the ids of the incidents it tells), each report once. Each report's stored words are read once
    /// (<c>MATERIALIZED</c>: a news report tells ~3.7 incidents), and only ever once, from the front: the words of a round
    /// are larger than <c>work_mem</c>, and a materialised set on the inner side of a nested loop is read again from its
    /// temporary file for every outer row. So nothing is joined to a set: a report's words and an incident's row are each
    /// looked up by key for the row that needs them (<c>LATERAL … OFFSET 0</c>, which the planner cannot turn into a join
    /// whose other side it materialises), whatever the planner thinks of the tables' sizes. Before, the pairs were joined
    /// to the reports' words, then the incidents joined to the result; when the statistics misjudged a side (after a bulk
    /// load before any analyse; the mentions analysed while all of them were pending) that side was re-read for every row:
    /// a 10,000-report recluster took 8 minutes instead of 30 s, all of it in <c>BufFileRead</c> under
    /// <c>tuplestore_gettupleslot</c>, and the incidents read 640 times over in a test's fill.
    /// </summary>
    private static string ReportWordsByIncident(string reportIncidents) => $$"""
        WITH w AS MATERIALIZED (
               SELECT g.incidents, r.search_vector AS vector
               FROM ({{reportIncidents}}) g
               CROSS JOIN LATERAL (SELECT r.search_vector FROM reports r WHERE r.id = g.report_id OFFSET 0) r)
        SELECT a.incident_id, i.date_from, coalesce(i.status, ''), a.vector
        FROM (SELECT u.incident_id, vigil_tsvector_agg(w.vector) AS vector
              FROM w CROSS JOIN LATERAL unnest(w.incidents) AS u(incident_id) GROUP BY u.incident_id) a
        LEFT JOIN LATERAL (SELECT vigil_effective_from(i.date_from, i.date, i.overrides_json) AS date_from, i.status
                           FROM incidents i WHERE i.id = a.incident_id OFFSET 0) i ON true
        """;

    /// <summary>Drops what <see cref="PostgresCreate"/> made.</summary>
    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS incident_search_added ON mentions;
        DROP TRIGGER IF EXISTS incident_search_removed ON mentions;
        DROP TRIGGER IF EXISTS incident_search_moved ON mentions;
        DROP TRIGGER IF EXISTS incident_search_report ON reports;
        DROP TRIGGER IF EXISTS incident_search_incident ON incidents;
        DROP FUNCTION IF EXISTS vigil_incident_search_queue_added();
        DROP FUNCTION IF EXISTS vigil_incident_search_queue_removed();
        DROP FUNCTION IF EXISTS vigil_incident_search_queue_moved();
        DROP FUNCTION IF EXISTS vigil_incident_search_queue_report();
        DROP FUNCTION IF EXISTS vigil_incident_search_incident();
        DROP FUNCTION IF EXISTS vigil_incident_search_flush();
        DROP FUNCTION IF EXISTS vigil_incident_search_refresh(uuid[]);
        DROP AGGREGATE IF EXISTS vigil_tsvector_agg(tsvector);
        DROP FUNCTION IF EXISTS vigil_tsvector_add(tsvector, tsvector);
        DROP FUNCTION IF EXISTS vigil_effective_from(date, text, text);
        DROP FUNCTION IF EXISTS vigil_first_day(text);
        DROP INDEX IF EXISTS ix_mentions_incident_report;
        DROP TABLE IF EXISTS incident_search_pending;
        DROP TABLE IF EXISTS incident_search;
        """;

    /// <summary>
    /// Ids of the incidents matching <paramref name="query"/> (every word in one of the incident's reports), as a query that
    /// composes into a larger one (<c>ids.Contains(i.Id)</c> becomes a sub-select). Search syntax in the input is taken as
    /// words, so no input can fail the query.
    /// </summary>
    public IQueryable<Guid> Ids(string query) => Ids(query, null);

    /// <summary>
    /// As <see cref="Ids(string)"/>, only the incidents in <paramref name="window"/> (when given) by effective start date: on
    /// PostgreSQL the window's date range is ANDed with the words inside the indexes, so a broad search reads its matches a
    /// window at a time.
    /// </summary>
    public IQueryable<Guid> Ids(string query, SearchWindow? window)
    {
        var (where, args) = Match(query);
        var sql = Select("s.incident_id AS \"Value\"", where);
        AppendWindow(sql, window, args);
        return db.Database.SqlQuery<Guid>(FormattableStringFactory.Create(sql.ToString(), [.. args]));
    }

    /// <summary>
    /// The first <paramref name="limit"/> incidents matching <paramref name="query"/> newest first by effective start date (an editor's where set)
    /// (ties by the larger id, undated last), with their dates, read from the search table alone. Only incidents whose
    /// status is <paramref name="status"/> (when given) and not <paramref name="notStatus"/> (when given) are taken.
    /// </summary>
    public Task<List<(Guid Id, DateOnly? DateFrom)>> NewestAsync(string query, string? status, string? notStatus, int limit, CancellationToken cancellationToken = default) =>
        NewestAsync(query, status, notStatus, null, limit, cancellationToken);

    /// <summary>As <see cref="NewestAsync(string, string?, string?, int, CancellationToken)"/>, only the incidents in <paramref name="window"/> (when given).</summary>
    public Task<List<(Guid Id, DateOnly? DateFrom)>> NewestAsync(string query, string? status, string? notStatus, SearchWindow? window, int limit, CancellationToken cancellationToken = default) =>
        NewestAsync(query, status, notStatus, null, window, limit, cancellationToken);

    /// <summary>
    /// As <see cref="NewestAsync(string, string?, string?, SearchWindow?, int, CancellationToken)"/>, only the incidents whose stored
    /// start date and machine end date pass <paramref name="dates"/> (when given), less its excluded ones (the edited incidents whose
    /// effective dates do not pass, <see cref="SearchDates.Of"/>): a search with a date filter read from the search
    /// table, whose date index narrows it (PostgreSQL ANDs the range with the words inside the indexes).
    /// </summary>
    public async Task<List<(Guid Id, DateOnly? DateFrom)>> NewestAsync(string query, string? status, string? notStatus, SearchDates? dates, SearchWindow? window, int limit, CancellationToken cancellationToken = default)
    {
        var (where, args) = Match(query);
        var sql = Select("s.incident_id, s.date_from", where);
        AppendStatus(sql, status, notStatus, args);
        AppendDates(sql, dates, args, exact: true);
        AppendWindow(sql, window, args);

        // Undated last on both (PostgreSQL sorts nulls first in a descending order, SQLite last); a window is dated or undated,
        // so its order is the date index's own.
        sql.Append(window switch
        {
            null => " ORDER BY s.date_from IS NULL, s.date_from DESC, s.incident_id DESC",
            { Undated: true } => " ORDER BY s.incident_id DESC",
            _ => " ORDER BY s.date_from DESC, s.incident_id DESC",
        }).Append(" LIMIT {").Append(args.Count).Append('}');
        args.Add(limit);
        // Read as a command, not through the context's queries: the context compiles a query again for each new SQL text (its
        // shaper too, into code the JIT compiles), and a window's or a date filter's dates are written into the text.
        return await RunAsync(sql.ToString(), args, async command =>
        {
            var rows = new List<(Guid Id, DateOnly? DateFrom)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1)));
            }

            return rows;
        }, cancellationToken);
    }

    /// <summary>
    /// Which of the incidents <paramref name="ids"/> match <paramref name="query"/> (with the status conditions of
    /// <see cref="NewestAsync(string, string?, string?, int, CancellationToken)"/>): the re-dated incidents a search places by
    /// look-up. PostgreSQL ANDs the ids' key index with the words' index, so only the incidents that match both are read (a
    /// semi-join of the incidents with the search read every match of the words: 12–16 ms a search at a million).
    /// </summary>
    public async Task<List<Guid>> MatchingAsync(string query, string? status, string? notStatus, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        var (where, args) = Match(query);
        var sql = Select("s.incident_id AS \"Value\"", where);
        AppendStatus(sql, status, notStatus, args);
        AppendIds(sql, ids, args, not: false);
        return await db.Database.SqlQuery<Guid>(FormattableStringFactory.Create(sql.ToString(), [.. args])).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The first and last stored (effective) start dates of the searchable incidents (two probes of <see cref="PostgresDateIndex"/>), where
    /// a search's date windows start and end; null when no incident is dated.
    /// </summary>
    public async Task<(DateOnly Oldest, DateOnly Newest)?> DatesAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<DatesRow>($"SELECT min(date_from) AS \"Oldest\", max(date_from) AS \"Newest\" FROM incident_search").ToListAsync(cancellationToken);
        return rows is [{ Oldest: { } oldest, Newest: { } newest }] ? (oldest, newest) : null;
    }

    /// <summary>
    /// The longest and shortest machine date spans of the incidents in days (end date less start date; 0 when none is dated): how
    /// far before a date filter's start an incident that reaches it can begin, and whether any ends before it starts
    /// (<see cref="SearchDates"/>). Two probes of the span index (<see cref="PostgresSpanIndex"/>, <see cref="SqliteSpanIndex"/>).
    /// </summary>
    /// <remarks>SQLite answers a min() or a max() from an index only when it is the query's one aggregate: both in one SELECT read every
    /// entry of the index (24 ms of CPU at 300,000 incidents, on every search with a <c>from=</c>), so each is a subquery of its own.</remarks>
    public async Task<(int Longest, int Shortest)> SpansAsync(CancellationToken cancellationToken = default)
    {
        var sql = db.IsPostgres
            ? (FormattableString)$"SELECT max(date_to - date_from) AS \"Longest\", min(date_to - date_from) AS \"Shortest\" FROM incidents"
            : $"SELECT (SELECT CAST(max(julianday(\"DateTo\") - julianday(\"DateFrom\")) AS INTEGER) FROM incidents) AS \"Longest\", (SELECT CAST(min(julianday(\"DateTo\") - julianday(\"DateFrom\")) AS INTEGER) FROM incidents) AS \"Shortest\"";
        var spans = await db.Database.SqlQuery<SpansRow>(sql).ToListAsync(cancellationToken);
        return spans is [{ Longest: { } longest, Shortest: { } shortest }] ? (Math.Max(0, longest), Math.Min(0, shortest)) : (0, 0);
    }

    /// <summary>The index that finds the longest incident span at once (PostgreSQL; migration <c>IncidentSpan</c>).</summary>
    public const string PostgresSpanIndex = "CREATE INDEX IF NOT EXISTS ix_incidents_span ON incidents ((date_to - date_from));";

    /// <summary>The index that finds the longest incident span at once (SQLite; migration <c>IncidentSpan</c>).</summary>
    public const string SqliteSpanIndex = """CREATE INDEX IF NOT EXISTS "IX_incidents_span" ON incidents (julianday("DateTo") - julianday("DateFrom"));""";

    /// <summary>
    /// The dates, row count and spans a search's plan reads (<see cref="SearchStatistics"/>): five index or catalogue probes on
    /// PostgreSQL; on SQLite, which reads every search in one pass (no date windows), the spans alone.
    /// </summary>
    public async Task<SearchStatistics> StatisticsAsync(CancellationToken cancellationToken = default)
    {
        var (longest, shortest) = await SpansAsync(cancellationToken);
        return db.IsPostgres
            ? new SearchStatistics(await DatesAsync(cancellationToken), await RowsAsync(cancellationToken), longest, shortest)
            : new SearchStatistics(null, 0, longest, shortest);
    }

    /// <summary>
    /// The stored start date of the searchable incident <paramref name="offset"/> places after the newest one that starts on or before
    /// <paramref name="onOrBefore"/> (0: that newest one), read back along the date index (<see cref="PostgresDateIndex"/>: on
    /// PostgreSQL an index-only scan of as many entries); null when fewer are dated. Where a date window must start to hold that many
    /// incidents, whatever their spread over the dates.
    /// </summary>
    public async Task<DateOnly?> StartDateAsync(DateOnly onOrBefore, int offset, CancellationToken cancellationToken = default)
    {
        var sql = "SELECT s.date_from FROM incident_search s WHERE s.date_from <= " + DateLiteral(onOrBefore) + " ORDER BY s.date_from DESC LIMIT 1 OFFSET {0}";
        return await RunAsync(sql, [offset], async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0) ? reader.GetFieldValue<DateOnly>(0) : (DateOnly?)null;
        }, cancellationToken);
    }

    /// <summary>PostgreSQL's count of the search table's rows as its statistics hold it (no row read; 0 before they are gathered).</summary>
    public async Task<double> RowsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Database.SqlQuery<double>($"SELECT greatest(reltuples, 0)::float8 AS \"Value\" FROM pg_class WHERE oid = 'incident_search'::regclass").ToListAsync(cancellationToken);
        return rows is [var count] ? count : 0;
    }

    /// <summary>
    /// PostgreSQL's estimate of how many incidents match <paramref name="query"/> (with the status conditions of
    /// <see cref="NewestAsync(string, string?, string?, int, CancellationToken)"/>), from the planner's statistics of the words: no
    /// row is read. A search that matches few is cheapest read in one pass, one that matches many in date windows.
    /// </summary>
    public Task<double> EstimateAsync(string query, string? status, string? notStatus, CancellationToken cancellationToken = default) =>
        EstimateAsync(query, status, notStatus, null, cancellationToken);

    /// <summary>As <see cref="EstimateAsync(string, string?, string?, CancellationToken)"/>, of the matches whose start date lies in the range <paramref name="dates"/> can match.</summary>
    public async Task<double> EstimateAsync(string query, string? status, string? notStatus, SearchDates? dates, CancellationToken cancellationToken = default)
    {
        var (where, args) = Match(query);
        var sql = new StringBuilder("EXPLAIN (FORMAT JSON) SELECT 1 FROM incident_search s WHERE ").Append(where);
        AppendStatus(sql, status, notStatus, args);
        AppendDates(sql, dates, args, exact: false);
        return await RunAsync(sql.ToString(), args, async command => PlanRows((string)(await command.ExecuteScalarAsync(cancellationToken))!), cancellationToken);
    }

    /// <summary>
    /// As <see cref="EstimateAsync(string, string?, string?, SearchDates?, CancellationToken)"/>, made from the estimates of the search's
    /// parts (every row, each word, the other conditions), those <paramref name="known"/> holds taken from it and the others asked for
    /// in one round trip and kept there: the planner multiplies the parts' selectivities, so the product is its estimate (to the
    /// rounding of each part to whole rows). A search whose parts were all seen before asks the database nothing; at a million
    /// incidents the estimate was one of the five statements of every distinct search's page.
    /// </summary>
    public async Task<double> EstimateAsync(string query, string? status, string? notStatus, SearchDates? dates, SearchEstimates? known, CancellationToken cancellationToken = default)
    {
        var words = SearchReports.QueryWords(query);
        if (known is null || words.Count == 0)
        {
            return await EstimateAsync(query, status, notStatus, dates, cancellationToken);
        }

        // The parts: every row, the conditions other than the words, each word with its alternatives. Each part is a condition
        // appended to a command's SQL with its arguments numbered on from those already in it, and is keyed by its SQL and values
        // as appended to an empty command.
        var parts = new List<(string Key, Action<StringBuilder, List<object>> Append)> { ("all", (_, _) => { }) };
        parts.Add(Part("rest:", (sql, args) =>
        {
            sql.Append(" WHERE true");
            AppendStatus(sql, status, notStatus, args);
            AppendDates(sql, dates, args, exact: false);
        }));
        foreach (var word in words)
        {
            parts.Add(Part("word:", (sql, args) =>
            {
                sql.Append(" WHERE s.vector @@ ");
                SearchReports.AppendPostgresQuery(sql, [word], args);
            }));
        }

        var estimates = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (known.TryGet(part.Key, out var rows))
            {
                estimates[part.Key] = rows;
            }
        }

        var missing = parts.Where(p => !estimates.ContainsKey(p.Key)).DistinctBy(p => p.Key).ToList();
        if (missing.Count > 0)
        {
            // One command of one EXPLAIN a missing part.
            var batch = new StringBuilder();
            var batchArgs = new List<object>();
            foreach (var part in missing)
            {
                batch.Append("EXPLAIN (FORMAT JSON) SELECT 1 FROM incident_search s");
                part.Append(batch, batchArgs);
                batch.Append(";\n");
            }

            var rows = await RunAsync(batch.ToString(), batchArgs, async command =>
            {
                var plans = new List<double>();
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                do
                {
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        plans.Add(PlanRows(reader.GetString(0)));
                    }
                }
                while (await reader.NextResultAsync(cancellationToken));
                return plans;
            }, cancellationToken);
            for (var p = 0; p < missing.Count; p++)
            {
                estimates[missing[p].Key] = rows[p];
                known.Add(missing[p].Key, rows[p]);
            }
        }

        var all = Math.Max(1, estimates["all"]);
        var estimate = parts.Skip(2).Aggregate(estimates[parts[1].Key], (product, word) => product * estimates[word.Key] / all);
        return Math.Max(1, Math.Round(estimate));
    }

    // A part of a search's estimate: its key is the prefix, the SQL it appends to an empty command and its arguments' values.
    private static (string Key, Action<StringBuilder, List<object>> Append) Part(string prefix, Action<StringBuilder, List<object>> append)
    {
        var sql = new StringBuilder(prefix);
        var args = new List<object>();
        append(sql, args);
        return (sql.Append('\u001f').AppendJoin('\u001f', args).ToString(), append);
    }

    // The planner's row estimate of EXPLAIN (FORMAT JSON)'s plan.
    private static double PlanRows(string plan)
    {
        using var json = JsonDocument.Parse(plan);
        return json.RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
    }

    // Runs `run` on a command of `sql` (its {n} placeholders the arguments `args`, as FormattableStringFactory takes them) on the
    // context's connection (OpenConnection).
    private async Task<T> RunAsync<T>(string sql, List<object> args, Func<DbCommand, Task<T>> run, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnection.OfAsync(db, cancellationToken);
        await using var command = connection.CreateCommand();
        var text = new StringBuilder(sql);
        for (var n = 0; n < args.Count; n++)
        {
            text.Replace($"{{{n}}}", $"@p{n}");
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"p{n}";
            parameter.Value = args[n];
            command.Parameters.Add(parameter);
        }

        command.CommandText = text.ToString();
        return await run(command);
    }

    private static void AppendStatus(StringBuilder sql, string? status, string? notStatus, List<object> args)
    {
        if (status is not null)
        {
            sql.Append(" AND s.status = {").Append(args.Count).Append('}');
            args.Add(status);
        }

        if (notStatus is not null)
        {
            sql.Append(" AND s.status <> {").Append(args.Count).Append('}');
            args.Add(notStatus);
        }
    }

    // A date filter's conditions on incident_search (s): the start date's range, as literals (see AppendWindow); with `exact`, the
    // end date of an incident that starts before the filter's start (the incidents' row, only for those), and the excluded ids.
    private void AppendDates(StringBuilder sql, SearchDates? dates, List<object> args, bool exact)
    {
        if (dates is null)
        {
            return;
        }

        // `+ 0` hides the column from PostgreSQL's date index (the planner takes a year's range for cheap and ANDs it with the words).
        var column = db.IsPostgres && !dates.Indexed ? "s.date_from + 0" : "s.date_from";
        if (dates.To is { } to)
        {
            sql.Append(" AND ").Append(column).Append(" <= ").Append(DateLiteral(to));
        }

        if (dates is { From: { } from, Earliest: { } earliest })
        {
            sql.Append(" AND ").Append(column).Append(" >= ").Append(DateLiteral(earliest));
            if (exact && (earliest < from || dates.ShortestSpan < 0))
            {
                // A start on or after `from` proves the end reaches it unless some incident ends before it starts.
                sql.Append(" AND (").Append(dates.ShortestSpan < 0 ? "" : "s.date_from >= " + DateLiteral(from) + " OR ").Append(db.IsPostgres
                    ? "EXISTS (SELECT 1 FROM incidents i WHERE i.id = s.incident_id AND i.date_to >= "
                    : "EXISTS (SELECT 1 FROM incidents i WHERE i.\"Id\" = s.incident_id AND i.\"DateTo\" >= ").Append(DateLiteral(from)).Append("))");
            }
        }

        if (exact && dates.Excluded.Count > 0)
        {
            AppendIds(sql, dates.Excluded, args, not: true);
        }
    }

    // The condition that s.incident_id is one of `ids` (or, with `not`, none of them): one array on PostgreSQL, one JSON array on
    // SQLite (which stores the ids as text, upper case as the context writes them). One parameter either way, so the statement's
    // text is the same for any number of ids: with one parameter an id, each search's look-up was a new statement that the
    // context compiled and SQLite prepared again.
    private void AppendIds(StringBuilder sql, IReadOnlyCollection<Guid> ids, List<object> args, bool not)
    {
        if (db.IsPostgres)
        {
            sql.Append(not ? " AND NOT (s.incident_id = ANY({" : " AND (s.incident_id = ANY({").Append(args.Count).Append("}))");
            args.Add(ids.ToArray());
            return;
        }

        sql.Append(not ? " AND s.incident_id NOT IN (SELECT value FROM json_each({" : " AND s.incident_id IN (SELECT value FROM json_each({").Append(args.Count).Append("}))");
        args.Add(JsonSerializer.Serialize(ids.Select(id => id.ToString("D").ToUpperInvariant())));
    }

    // The window's conditions on incident_search (s): one range of the date index (the cursor's date bound on its own too, so
    // the index is entered there).
    private static void AppendWindow(StringBuilder sql, SearchWindow? window, List<object> args)
    {
        if (window is not { } w)
        {
            return;
        }

        if (w.Undated)
        {
            sql.Append(" AND s.date_from IS NULL");
            if (w.After is { } after)
            {
                sql.Append(" AND s.incident_id < {").Append(args.Count).Append('}');
                args.Add(after.Id);
            }

            return;
        }

        // The dates are written into the SQL, not sent as parameters: a prepared statement's generic plan (PostgreSQL's after
        // five runs) cannot know how narrow the range is, and takes every match from the words' index then filters by date.
        sql.Append(" AND s.date_from IS NOT NULL");
        if (w.From is { } from)
        {
            sql.Append(" AND s.date_from >= ").Append(DateLiteral(from));
        }

        if (w.After is { DateFrom: { } date } at)
        {
            sql.Append(" AND s.date_from <= ").Append(DateLiteral(date)).Append(" AND (s.date_from < ").Append(DateLiteral(date))
                .Append(" OR s.incident_id < {").Append(args.Count).Append("})");
            args.Add(at.Id);
        }
    }

    // A date as SQL text: both databases compare it with the stored date (PostgreSQL's date, SQLite's yyyy-MM-dd text).
    private static string DateLiteral(DateOnly date) => "'" + date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "'";

    // SELECT `columns` of the incidents whose words pass `where` (Match): PostgreSQL's words are in incident_search (s), SQLite's in
    // incidents_fts, joined to it by the text's key (ix_incident_search_text: a text a report shares is every incident it alone tells).
    private StringBuilder Select(string columns, string where) => new StringBuilder("SELECT ").Append(columns).Append(db.IsPostgres
        ? " FROM incident_search s WHERE "
        : " FROM incidents_fts JOIN incident_search s ON s.text_key = incidents_fts.rowid WHERE ").Append(where);

    // The match condition on incident_search (s) or incidents_fts, and its arguments.
    private (string Where, List<object> Args) Match(string query)
    {
        var args = new List<object>();
        if (!db.IsPostgres)
        {
            args.Add(SearchReports.SqliteMatch(query));
            return ("incidents_fts MATCH {0}", args);
        }

        var sql = new StringBuilder("s.vector @@ ");
        SearchReports.AppendPostgresQuery(sql, SearchReports.QueryWords(query), args);
        return (sql.ToString(), args);
    }

    private sealed record DatesRow(DateOnly? Oldest, DateOnly? Newest);

    private sealed record SpansRow(int? Longest, int? Shortest);
}
