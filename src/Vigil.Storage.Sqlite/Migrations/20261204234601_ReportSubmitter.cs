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
            migrationBuilder.AddColumn<Guid>(
                name: "SubmitterId",
                table: "reports",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_reports_SubmitterId",
                table: "reports",
                column: "SubmitterId");

            migrationBuilder.AddForeignKey(
                name: "FK_reports_users_SubmitterId",
                table: "reports",
                column: "SubmitterId",
                principalTable: "users",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            // Reports submitted on the web before this column existed: their submitter is the account named by
            // the "report.stored" audit entry's actor ("web:NAME"), as the submissions page used to decide.
            migrationBuilder.Sql("""
                UPDATE reports SET "SubmitterId" = (SELECT u."Id" FROM audit_log a JOIN users u ON a."Actor" = 'web:' || u."Name" WHERE a."Action" = 'report.stored' AND a."SubjectType" = 'report' AND a."SubjectId" = reports."Id" ORDER BY a."Sequence" LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_reports_users_SubmitterId",
                table: "reports");

            migrationBuilder.DropIndex(
                name: "IX_reports_SubmitterId",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "SubmitterId",
                table: "reports");
        }
    }
}
