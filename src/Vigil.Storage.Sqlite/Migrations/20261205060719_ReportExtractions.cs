using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
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
                    ReportId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PipelineVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SpansJson = table.Column<string>(type: "TEXT", nullable: false),
                    ExtractedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_extractions", x => x.ReportId);
                    table.ForeignKey(
                        name: "FK_report_extractions_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_extractions_PipelineVersion",
                table: "report_extractions",
                column: "PipelineVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_extractions");
        }
    }
}
