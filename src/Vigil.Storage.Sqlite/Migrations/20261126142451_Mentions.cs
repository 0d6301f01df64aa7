using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Mentions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DateEnd = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DateFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Admin1 = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    GeoPrecision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Actors = table.Column<string>(type: "TEXT", nullable: false),
                    Victims = table.Column<string>(type: "TEXT", nullable: false),
                    KilledMin = table.Column<int>(type: "INTEGER", nullable: true),
                    KilledMax = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredMin = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredMax = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedMin = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedMax = table.Column<int>(type: "INTEGER", nullable: true),
                    EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_mentions_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statement_mentions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Speaker = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SpeakerRole = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Quote = table.Column<string>(type: "TEXT", nullable: false),
                    EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statement_mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_statement_mentions_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_mentions_Admin1",
                table: "mentions",
                column: "Admin1");

            migrationBuilder.CreateIndex(
                name: "IX_mentions_ReportId_Ordinal",
                table: "mentions",
                columns: new[] { "ReportId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_mentions_Type_DateFrom",
                table: "mentions",
                columns: new[] { "Type", "DateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_statement_mentions_ReportId_Ordinal",
                table: "statement_mentions",
                columns: new[] { "ReportId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_statement_mentions_Speaker",
                table: "statement_mentions",
                column: "Speaker");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mentions");

            migrationBuilder.DropTable(
                name: "statement_mentions");
        }
    }
}
