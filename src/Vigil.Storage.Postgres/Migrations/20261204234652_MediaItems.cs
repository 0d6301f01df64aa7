using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class MediaItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "media_item_files",
                columns: table => new
                {
                    evidence_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    media_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    matched_evidence_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    distance = table.Column<int>(type: "integer", nullable: true),
                    frames_json = table.Column<string>(type: "text", nullable: true),
                    keys = table.Column<byte[]>(type: "bytea", nullable: false),
                    joined_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_media_item_files", x => x.evidence_id);
                });

            migrationBuilder.CreateTable(
                name: "media_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_media_items", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_media_item_files_joined_at",
                table: "media_item_files",
                column: "joined_at");

            migrationBuilder.CreateIndex(
                name: "ix_media_item_files_media_item_id",
                table: "media_item_files",
                column: "media_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_media_items_file_count",
                table: "media_items",
                column: "file_count");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "media_item_files");

            migrationBuilder.DropTable(
                name: "media_items");
        }
    }
}
