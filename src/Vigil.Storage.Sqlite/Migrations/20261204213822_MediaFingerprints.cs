using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MediaFingerprints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evidence_fingerprints",
                columns: table => new
                {
                    EvidenceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsVideo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Frames = table.Column<byte[]>(type: "BLOB", nullable: true),
                    FrameCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FactsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Thumbnail = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evidence_fingerprints", x => x.EvidenceId);
                });

            migrationBuilder.CreateTable(
                name: "incident_media",
                columns: table => new
                {
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvidenceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_media", x => new { x.IncidentId, x.EvidenceId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_incident_media_EvidenceId",
                table: "incident_media",
                column: "EvidenceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evidence_fingerprints");

            migrationBuilder.DropTable(
                name: "incident_media");
        }
    }
}
