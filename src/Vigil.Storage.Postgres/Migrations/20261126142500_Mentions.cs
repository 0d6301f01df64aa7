using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_end = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_from = table.Column<DateOnly>(type: "date", nullable: true),
                    date_to = table.Column<DateOnly>(type: "date", nullable: true),
                    place = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    admin1 = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    geo_precision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    actors = table.Column<string>(type: "text", nullable: false),
                    victims = table.Column<string>(type: "text", nullable: false),
                    killed_min = table.Column<int>(type: "integer", nullable: true),
                    killed_max = table.Column<int>(type: "integer", nullable: true),
                    injured_min = table.Column<int>(type: "integer", nullable: true),
                    injured_max = table.Column<int>(type: "integer", nullable: true),
                    arrested_min = table.Column<int>(type: "integer", nullable: true),
                    arrested_max = table.Column<int>(type: "integer", nullable: true),
                    evidence_start = table.Column<int>(type: "integer", nullable: false),
                    evidence_end = table.Column<int>(type: "integer", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_mentions_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statement_mentions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    speaker = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    speaker_role = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    outlet = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    quote = table.Column<string>(type: "text", nullable: false),
                    evidence_start = table.Column<int>(type: "integer", nullable: false),
                    evidence_end = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statement_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_statement_mentions_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_mentions_admin1",
                table: "mentions",
                column: "admin1");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_report_id_ordinal",
                table: "mentions",
                columns: new[] { "report_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_mentions_type_date_from",
                table: "mentions",
                columns: new[] { "type", "date_from" });

            migrationBuilder.CreateIndex(
                name: "ix_statement_mentions_report_id_ordinal",
                table: "statement_mentions",
                columns: new[] { "report_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statement_mentions_speaker",
                table: "statement_mentions",
                column: "speaker");
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
