using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Incidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SpeakerKey",
                table: "statement_mentions",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StatementId",
                table: "statement_mentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Affiliation",
                table: "sources",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reliability",
                table: "sources",
                type: "TEXT",
                maxLength: 1,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Credibility",
                table: "mentions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "IncidentId",
                table: "mentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MergeReason",
                table: "mentions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Pinned",
                table: "mentions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    KilledBest = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredMin = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredMax = table.Column<int>(type: "INTEGER", nullable: true),
                    InjuredBest = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedMin = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedMax = table.Column<int>(type: "INTEGER", nullable: true),
                    ArrestedBest = table.Column<int>(type: "INTEGER", nullable: true),
                    FiguresJson = table.Column<string>(type: "TEXT", nullable: false),
                    MentionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Corroboration = table.Column<int>(type: "INTEGER", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OverridesJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mention_blocks",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    MentionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mention_blocks", x => new { x.Key, x.MentionId });
                    table.ForeignKey(
                        name: "FK_mention_blocks_mentions_MentionId",
                        column: x => x.MentionId,
                        principalTable: "mentions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "speakers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Variants = table.Column<string>(type: "TEXT", nullable: false),
                    RolesJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speakers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "statements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpeakerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DateFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Quote = table.Column<string>(type: "TEXT", nullable: false),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    MentionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_statements_speakers_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "speakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_statement_mentions_SpeakerKey",
                table: "statement_mentions",
                column: "SpeakerKey");

            migrationBuilder.CreateIndex(
                name: "IX_statement_mentions_StatementId",
                table: "statement_mentions",
                column: "StatementId");

            migrationBuilder.CreateIndex(
                name: "IX_mentions_IncidentId",
                table: "mentions",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Admin1_DateFrom",
                table: "incidents",
                columns: new[] { "Admin1", "DateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_DateFrom",
                table: "incidents",
                column: "DateFrom");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Status_DateFrom",
                table: "incidents",
                columns: new[] { "Status", "DateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Type_DateFrom",
                table: "incidents",
                columns: new[] { "Type", "DateFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_mention_blocks_MentionId",
                table: "mention_blocks",
                column: "MentionId");

            migrationBuilder.CreateIndex(
                name: "IX_speakers_Key",
                table: "speakers",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_statements_SpeakerId_DateFrom",
                table: "statements",
                columns: new[] { "SpeakerId", "DateFrom" });
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
                name: "IX_statement_mentions_SpeakerKey",
                table: "statement_mentions");

            migrationBuilder.DropIndex(
                name: "IX_statement_mentions_StatementId",
                table: "statement_mentions");

            migrationBuilder.DropIndex(
                name: "IX_mentions_IncidentId",
                table: "mentions");

            migrationBuilder.DropColumn(
                name: "SpeakerKey",
                table: "statement_mentions");

            migrationBuilder.DropColumn(
                name: "StatementId",
                table: "statement_mentions");

            migrationBuilder.DropColumn(
                name: "Affiliation",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "Reliability",
                table: "sources");

            migrationBuilder.DropColumn(
                name: "Credibility",
                table: "mentions");

            migrationBuilder.DropColumn(
                name: "IncidentId",
                table: "mentions");

            migrationBuilder.DropColumn(
                name: "MergeReason",
                table: "mentions");

            migrationBuilder.DropColumn(
                name: "Pinned",
                table: "mentions");
        }
    }
}
