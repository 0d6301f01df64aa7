using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Persons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "person_mentions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name_key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    age = table.Column<int>(type: "integer", nullable: true),
                    gender = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    fate = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_from = table.Column<DateOnly>(type: "date", nullable: true),
                    date_to = table.Column<DateOnly>(type: "date", nullable: true),
                    place = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    admin1 = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    evidence_start = table.Column<int>(type: "integer", nullable: false),
                    evidence_end = table.Column<int>(type: "integer", nullable: false),
                    mention_id = table.Column<Guid>(type: "uuid", nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    link_reason = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    pinned = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_mentions", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_mentions_mentions_mention_id",
                        column: x => x.mention_id,
                        principalTable: "mentions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_person_mentions_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name_local = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    variants = table.Column<string>(type: "text", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    age_min = table.Column<int>(type: "integer", nullable: true),
                    age_max = table.Column<int>(type: "integer", nullable: true),
                    gender = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    fates = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    fates_json = table.Column<string>(type: "text", nullable: false),
                    ages_json = table.Column<string>(type: "text", nullable: false),
                    date_from = table.Column<DateOnly>(type: "date", nullable: true),
                    date_to = table.Column<DateOnly>(type: "date", nullable: true),
                    admin1 = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    sources = table.Column<string>(type: "text", nullable: false),
                    mention_count = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    publishable = table.Column<bool>(type: "boolean", nullable: false),
                    overrides_json = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_persons", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_person_mentions_mention_id",
                table: "person_mentions",
                column: "mention_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_mentions_name_key",
                table: "person_mentions",
                column: "name_key");

            migrationBuilder.CreateIndex(
                name: "ix_person_mentions_person_id",
                table: "person_mentions",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_mentions_report_id_ordinal",
                table: "person_mentions",
                columns: new[] { "report_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_persons_admin1",
                table: "persons",
                column: "admin1");

            migrationBuilder.CreateIndex(
                name: "ix_persons_date_from",
                table: "persons",
                column: "date_from");

            migrationBuilder.CreateIndex(
                name: "ix_persons_key",
                table: "persons",
                column: "key");

            migrationBuilder.CreateIndex(
                name: "ix_persons_status_publishable",
                table: "persons",
                columns: new[] { "status", "publishable" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_mentions");

            migrationBuilder.DropTable(
                name: "persons");
        }
    }
}
