using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchFoldsPersian : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: the GIN index over Persian text folded at index time (ی/ک, digits, no ZWNJ or kashida).
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.PostgresDrop);
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.PostgresCreate);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Back to the unfolded index of the Initial migration.
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.PostgresDrop);
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS ix_reports_fts ON reports USING GIN (to_tsvector('simple'::regconfig, left(coalesce(title, '') || ' ' || body, 262144)));");
        }
    }
}
