using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReportSubmitter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "submitter_id",
                table: "reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_reports_submitter_id",
                table: "reports",
                column: "submitter_id");

            migrationBuilder.AddForeignKey(
                name: "fk_reports_users_submitter_id",
                table: "reports",
                column: "submitter_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            // Reports submitted on the web before this column existed: their submitter is the account named by
            // the "report.stored" audit entry's actor ("web:NAME"), as the submissions page used to decide.
            migrationBuilder.Sql("""
                UPDATE reports SET submitter_id = (SELECT u.id FROM audit_log a JOIN users u ON a.actor = 'web:' || u.name WHERE a.action = 'report.stored' AND a.subject_type = 'report' AND a.subject_id = reports.id ORDER BY a.sequence LIMIT 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_reports_users_submitter_id",
                table: "reports");

            migrationBuilder.DropIndex(
                name: "ix_reports_submitter_id",
                table: "reports");

            migrationBuilder.DropColumn(
                name: "submitter_id",
                table: "reports");
        }
    }
}
