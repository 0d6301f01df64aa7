using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Waves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsWave",
                table: "incidents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "PartOfId",
                table: "incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PartOfPinned",
                table: "incidents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PartOfReason",
                table: "incidents",
                type: "TEXT",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_PartOfId",
                table: "incidents",
                column: "PartOfId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_PartOfId",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "IsWave",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "PartOfId",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "PartOfPinned",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "PartOfReason",
                table: "incidents");
        }
    }
}
