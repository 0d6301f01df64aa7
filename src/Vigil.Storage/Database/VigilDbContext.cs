using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Vigil.Storage.Audit;
using Vigil.Storage.Evidence;
using Vigil.Storage.Incidents;
using Vigil.Storage.Media;
using Vigil.Storage.Mentions;
using Vigil.Storage.Persons;
using Vigil.Storage.Reports;
using Vigil.Storage.Sources;
using Vigil.Storage.Statements;
using Vigil.Storage.Users;

namespace Vigil.Storage.Database;

/// <summary>Vigil's database: the same model on SQLite and PostgreSQL, each with its own migrations project.</summary>
public sealed class VigilDbContext(DbContextOptions<VigilDbContext> options) : DbContext(options)
{
    /// <summary>
    /// Options every provider adds: Vigil's reads without an order before a limit are bounded counts ("are there more
    /// than N?", the pager counting ten pages ahead, the APIs' totals), where the order does not change the answer, so
    /// EF's warning for them is noise in every server's log. (Set on the options, not in OnConfiguring: the web app pools
    /// its contexts, and a pooled context may not change its options.)
    /// </summary>
    internal static DbContextOptionsBuilder<VigilDbContext> Defaults(DbContextOptionsBuilder<VigilDbContext> builder) =>
        builder.ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));

    /// <summary>Ingested documents.</summary>
    public DbSet<Report> Reports => Set<Report>();

    /// <summary>Sources.</summary>
    public DbSet<Source> Sources => Set<Source>();

    /// <summary>Media evidence files.</summary>
    public DbSet<EvidenceFile> Evidence => Set<EvidenceFile>();

    /// <summary>Perceptual fingerprints of evidence files (or why there is none).</summary>
    public DbSet<EvidenceFingerprint> EvidenceFingerprints => Set<EvidenceFingerprint>();

    /// <summary>Media items: evidence files showing the same picture or footage, grouped as they are fingerprinted.</summary>
    public DbSet<StoredMediaItem> MediaItems => Set<StoredMediaItem>();

    /// <summary>Each fingerprinted file's media item and the match that put it there.</summary>
    public DbSet<MediaItemMember> MediaItemMembers => Set<MediaItemMember>();

    /// <summary>Media items an editor attached to incidents.</summary>
    public DbSet<IncidentMedia> IncidentMedia => Set<IncidentMedia>();

    /// <summary>Each report's accounts of incidents, as extracted.</summary>
    public DbSet<Mention> Mentions => Set<Mention>();

    /// <summary>Each report's statements, as extracted.</summary>
    public DbSet<StatementMention> StatementMentions => Set<StatementMention>();

    /// <summary>The clustering blocks of each mention.</summary>
    public DbSet<MentionBlock> MentionBlocks => Set<MentionBlock>();

    /// <summary>Deduplicated real-world incidents.</summary>
    public DbSet<Incident> Incidents => Set<Incident>();

    /// <summary>Speakers of statements.</summary>
    public DbSet<Speaker> Speakers => Set<Speaker>();

    /// <summary>Deduplicated statements (one utterance, quoted by one or more reports).</summary>
    public DbSet<Statement> Statements => Set<Statement>();

    /// <summary>Named persons' fates as each report gives them.</summary>
    public DbSet<PersonMention> PersonMentions => Set<PersonMention>();

    /// <summary>Named persons linked from person mentions.</summary>
    public DbSet<Person> Persons => Set<Person>();

    /// <summary>The words and skeletons each person is found by (the persons search's index).</summary>
    public DbSet<PersonSearchTerm> PersonSearchTerms => Set<PersonSearchTerm>();

    /// <summary>Which pipeline version extracted each report, and the field spans it found there.</summary>
    public DbSet<Extractions.ReportExtraction> ReportExtractions => Set<Extractions.ReportExtraction>();

    /// <summary>The hash-chained audit log.</summary>
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Web app accounts.</summary>
    public DbSet<User> Users => Set<User>();

    /// <summary>API tokens for scripts (secrets hashed).</summary>
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>The web app's data-protection key ring, secrets sealed with the master key.</summary>
    public DbSet<Keys.DataProtectionKey> DataProtectionKeys => Set<Keys.DataProtectionKey>();

    /// <inheritdoc />
    /// <inheritdoc />
    /// <remarks>
    /// Always in a transaction, even for a single statement (EF would otherwise send one alone): the incident search is
    /// indexed just before a commit (<see cref="Incidents.IncidentSearchOnCommit"/>), so a write outside any transaction
    /// would not be searchable until the next one.
    /// </remarks>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc cref="SaveChanges(bool)" />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>Whether this store is PostgreSQL (else SQLite): where the two need different SQL.</summary>
    internal bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(VigilDbContext).Assembly);

        // A prefix search is a range over the index (term >= "rah" and < "rai"), which is a prefix only when the column
        // sorts by code point: SQLite's BINARY does, PostgreSQL's does under collation "C" whatever the database's locale.
        var postgres = IsPostgres;
        if (postgres)
        {
            modelBuilder.Entity<PersonSearchTerm>().Property(t => t.Term).UseCollation("C");
        }

        // The persons an editor gave a value (few): a partial index, its filter in each provider's column names.
        modelBuilder.Entity<Person>().HasIndex(p => p.Id).HasFilter(postgres ? "overrides_json <> '{}'" : "\"OverridesJson\" <> '{}'");
    }
}
