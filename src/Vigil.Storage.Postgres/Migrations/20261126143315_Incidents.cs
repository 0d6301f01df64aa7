using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "statement_id",
                table: "statement_mentions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "affiliation",
                table: "sources",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "reliability",
                table: "sources",
                type: "character varying(1)",
                maxLength: 1,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "credibility",
                table: "mentions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "incident_id",
                table: "mentions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "merge_reason",
                table: "mentions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "pinned",
                table: "mentions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
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
                    killed_best = table.Column<int>(type: "integer", nullable: true),
                    injured_min = table.Column<int>(type: "integer", nullable: true),
                    injured_max = table.Column<int>(type: "integer", nullable: true),
                    injured_best = table.Column<int>(type: "integer", nullable: true),
                    arrested_min = table.Column<int>(type: "integer", nullable: true),
                    arrested_max = table.Column<int>(type: "integer", nullable: true),
                    arrested_best = table.Column<int>(type: "integer", nullable: true),
                    figures_json = table.Column<string>(type: "text", nullable: false),
                    mention_count = table.Column<int>(type: "integer", nullable: false),
                    source_count = table.Column<int>(type: "integer", nullable: false),
                    corroboration = table.Column<int>(type: "integer", nullable: false),
                    sources = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    overrides_json = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mention_blocks",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    mention_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mention_blocks", x => new { x.key, x.mention_id });
                    table.ForeignKey(
                        name: "fk_mention_blocks_mentions_mention_id",
                        column: x => x.mention_id,
                        principalTable: "mentions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "speakers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    variants = table.Column<string>(type: "text", nullable: false),
                    roles_json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_speakers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "statements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    speaker_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    date_from = table.Column<DateOnly>(type: "date", nullable: true),
                    quote = table.Column<string>(type: "text", nullable: false),
                    outlet = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    mention_count = table.Column<int>(type: "integer", nullable: false),
                    sources = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statements", x => x.id);
                    table.ForeignKey(
                        name: "fk_statements_speakers_speaker_id",
                        column: x => x.speaker_id,
                        principalTable: "speakers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_statement_mentions_statement_id",
                table: "statement_mentions",
                column: "statement_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentions_incident_id",
                table: "mentions",
                column: "incident_id");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_admin1_date_from",
                table: "incidents",
                columns: new[] { "admin1", "date_from" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_date_from",
                table: "incidents",
                column: "date_from");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_status_date_from",
                table: "incidents",
                columns: new[] { "status", "date_from" });

            migrationBuilder.CreateIndex(
                name: "ix_incidents_type_date_from",
                table: "incidents",
                columns: new[] { "type", "date_from" });

            migrationBuilder.CreateIndex(
                name: "ix_mention_blocks_mention_id",
                table: "mention_blocks",
                column: "mention_id");

            migrationBuilder.CreateIndex(
                name: "ix_speakers_key",
                table: "speakers",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statements_speaker_id_date_from",
                table: "statements",
                columns: new[] { "speaker_id", "date_from" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incidents");

            migrationBuilder.DropTable(
                name: "mention_blocks");

            migrationBuilder.DropTable(
                name: "statements");

            migrationBuilder.DropTable(
                name: "speakers");

            migrationBuilder.DropIndex(
                name: "ix_statement_mentions_statement_id",
                table: "statement_mentions");

            migrationBuilder.DropIndex(
                name: "ix_mentions_incident_id",
                table: "mentions");

            migrationBuilder.DropColumn(
                name: "statement_id",
                table: "statement_mentions");

            migrationBuilder.DropColumn(
                name: "affiliation",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "reliability",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "credibility",
                table: "mentions");

            migrationBuilder.DropColumn(
                name: "incident_id",
                table: "mentions");

            migrationBuilder.DropColumn(
                name: "merge_reason",
                table: "mentions");

            migrationBuilder.DropColumn(
                name: "pinned",
                table: "mentions");
        }
    }
}
