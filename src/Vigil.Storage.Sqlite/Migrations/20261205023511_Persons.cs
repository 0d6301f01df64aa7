using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Age = table.Column<int>(type: "INTEGER", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Fate = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Date = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    DateFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Admin1 = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    EvidenceStart = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceEnd = table.Column<int>(type: "INTEGER", nullable: false),
                    MentionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LinkReason = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    Pinned = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_mentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_person_mentions_mentions_MentionId",
                        column: x => x.MentionId,
                        principalTable: "mentions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_person_mentions_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NameLocal = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Variants = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    AgeMin = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeMax = table.Column<int>(type: "INTEGER", nullable: true),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Fates = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FatesJson = table.Column<string>(type: "TEXT", nullable: false),
                    AgesJson = table.Column<string>(type: "TEXT", nullable: false),
                    DateFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DateTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Admin1 = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    MentionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Publishable = table.Column<bool>(type: "INTEGER", nullable: false),
                    OverridesJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_persons", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_person_mentions_MentionId",
                table: "person_mentions",
                column: "MentionId");

            migrationBuilder.CreateIndex(
                name: "IX_person_mentions_NameKey",
                table: "person_mentions",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_person_mentions_PersonId",
                table: "person_mentions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_person_mentions_ReportId_Ordinal",
                table: "person_mentions",
                columns: new[] { "ReportId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_persons_Admin1",
                table: "persons",
                column: "Admin1");

            migrationBuilder.CreateIndex(
                name: "IX_persons_DateFrom",
                table: "persons",
                column: "DateFrom");

            migrationBuilder.CreateIndex(
                name: "IX_persons_Key",
                table: "persons",
                column: "Key");

            migrationBuilder.CreateIndex(
                name: "IX_persons_Status_Publishable",
                table: "persons",
                columns: new[] { "Status", "Publishable" });
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
