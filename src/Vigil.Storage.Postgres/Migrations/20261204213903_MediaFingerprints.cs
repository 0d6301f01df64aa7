using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
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
                    evidence_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    is_video = table.Column<bool>(type: "boolean", nullable: false),
                    frames = table.Column<byte[]>(type: "bytea", nullable: true),
                    frame_count = table.Column<int>(type: "integer", nullable: false),
                    facts_json = table.Column<string>(type: "text", nullable: false),
                    thumbnail = table.Column<byte[]>(type: "bytea", nullable: true),
                    error = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    computed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_fingerprints", x => x.evidence_id);
                });

            migrationBuilder.CreateTable(
                name: "incident_media",
                columns: table => new
                {
                    incident_id = table.Column<Guid>(type: "uuid", nullable: false),
                    evidence_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    linked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    linked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incident_media", x => new { x.incident_id, x.evidence_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_incident_media_evidence_id",
                table: "incident_media",
                column: "evidence_id");
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
