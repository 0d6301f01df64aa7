using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReportExtractions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_extractions",
                columns: table => new
                {
                    report_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pipeline_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    spans_json = table.Column<string>(type: "text", nullable: false),
                    extracted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_extractions", x => x.report_id);
                    table.ForeignKey(
                        name: "fk_report_extractions_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_extractions_pipeline_version",
                table: "report_extractions",
                column: "pipeline_version");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_extractions");
        }
    }
}
