using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
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
                    EvidenceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MediaItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MatchedEvidenceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Distance = table.Column<int>(type: "INTEGER", nullable: true),
                    FramesJson = table.Column<string>(type: "TEXT", nullable: true),
                    Keys = table.Column<byte[]>(type: "BLOB", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_media_item_files", x => x.EvidenceId);
                });

            migrationBuilder.CreateTable(
                name: "media_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_media_items", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_media_item_files_JoinedAt",
                table: "media_item_files",
                column: "JoinedAt");

            migrationBuilder.CreateIndex(
                name: "IX_media_item_files_MediaItemId",
                table: "media_item_files",
                column: "MediaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_media_items_FileCount",
                table: "media_items",
                column: "FileCount");
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
