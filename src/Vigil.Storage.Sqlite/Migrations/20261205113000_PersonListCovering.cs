using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Database;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <summary>
    /// The persons list's filters and order read from covering indexes instead of the persons' rows (ListPersons): a row
    /// holds its fates and ages by source and its variants (kilobytes), so a count or a page that passes over thousands
    /// of rows read thousands of wide rows (a fate or children count took 17 ms alone at 63,000 persons; from these
    /// indexes 0.5-5 ms). One index per order the list walks: every person (latest fate first), one review status, and
    /// what viewers see (confirmed and publishable); and one over the edited persons, which the filters match in memory. Hand-written (SQLite only: PostgreSQL keeps wide values out of line,
    /// and its B-tree entries are limited in size); no change to the EF model.
    /// </summary>
    [DbContext(typeof(VigilDbContext))]
    [Migration("20261205113000_PersonListCovering")]
    public partial class PersonListCovering : Migration
    {
        private const string Filtered = "\"OverridesJson\", \"Fates\", \"AgeMin\", \"AgeMax\", \"Gender\", \"Admin1\", \"DateFrom\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($"CREATE INDEX \"IX_persons_List\" ON \"persons\" (\"DateTo\" DESC, \"Id\", \"Status\", \"Publishable\", {Filtered});");
            migrationBuilder.Sql($"CREATE INDEX \"IX_persons_List_Status\" ON \"persons\" (\"Status\", \"DateTo\" DESC, \"Id\", \"Publishable\", {Filtered});");
            migrationBuilder.Sql($"CREATE INDEX \"IX_persons_List_Public\" ON \"persons\" (\"Status\", \"Publishable\", \"DateTo\" DESC, \"Id\", {Filtered});");

            // The few persons an editor gave a value, with every column the filters match them by in memory
            // (PersonFilter.ApplyAsync reads them for each filtered list).
            migrationBuilder.Sql($"CREATE INDEX \"IX_persons_Edited\" ON \"persons\" (\"Id\", \"Status\", \"Publishable\", \"DateTo\", {Filtered}, \"Sources\", \"SearchText\") WHERE \"OverridesJson\" <> '{{}}';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_List\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_List_Status\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_List_Public\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_persons_Edited\";");
        }
    }
}
