using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Vigil.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Waves : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_wave",
                table: "incidents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "part_of_id",
                table: "incidents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "part_of_pinned",
                table: "incidents",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "part_of_reason",
                table: "incidents",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_incidents_part_of_id",
                table: "incidents",
                column: "part_of_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_incidents_part_of_id",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "is_wave",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "part_of_id",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "part_of_pinned",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "part_of_reason",
                table: "incidents");
        }
    }
}
