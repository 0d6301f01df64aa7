using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportSubmitter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ALTER TABLE … ADD COLUMN with the reference inline: EF's AddForeignKey rebuilds the table on SQLite,
            // which drops the triggers that keep the search index (reports_fts) and copies every report.
            migrationBuilder.Sql("""
                ALTER TABLE reports ADD COLUMN "SubmitterId" TEXT NULL REFERENCES users ("Id") ON DELETE SET NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_reports_SubmitterId",
                table: "reports",
                column: "SubmitterId");

            // Reports submitted on the web before this column existed: their submitter is the account named by
            // the "report.stored" audit entry's actor ("web:NAME"), as the submissions page used to decide.
            migrationBuilder.Sql("""
                UPDATE reports SET "SubmitterId" = (SELECT u."Id" FROM audit_log a JOIN users u ON a."Actor" = 'web:' || u."Name" WHERE a."Action" = 'report.stored' AND a."SubjectType" = 'report' AND a."SubjectId" = reports."Id" ORDER BY a."Sequence" LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reports_SubmitterId",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "SubmitterId",
                table: "reports");

            // Dropping the column rebuilds the table, which drops the search index's triggers: make them again.
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.SqliteDrop);
            migrationBuilder.Sql(Vigil.Storage.Reports.SearchReports.SqliteCreate);
        }
    }
}
